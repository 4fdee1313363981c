package io.runj.sentry.exec;

import java.nio.file.Path;
import java.util.List;

import io.runj.sentry.vfs.MountTable;

/**
 * Everything needed to start the container's init, already resolved from config.json: the
 * program, its arguments and environment, where it runs and as whom.
 *
 * @param rootfs       the directory that becomes the guest's root
 * @param rootBind     a host directory bind-mounted (recursively) onto rootfs first, or null
 * @param readonlyRoot whether the root mount is made read-only
 * @param kernelMounts filesystems the kernel mounts in the guest's mount namespace, in order
 * @param namespaces   clone flags of the namespaces to unshare (CLONE_NEWNS, CLONE_NEWUTS, ...)
 * @param rlimits      (resource number, soft, hard) triples
 * @param capabilities the guest's capability sets, or null to leave them as inherited
 * @param mounts       the sandbox's mount table, served by the VFS and the gofer
 */
public record GuestProcess(
        Path rootfs,
        Path rootBind,
        boolean readonlyRoot,
        List<KernelMount> kernelMounts,
        List<String> args,
        List<String> env,
        String cwd,
        long uid,
        long gid,
        List<Long> additionalGids,
        Integer umask,
        String hostname,
        long namespaces,
        List<long[]> rlimits,
        CapabilitySets capabilities,
        boolean noNewPrivileges,
        MountTable mounts) {
}
