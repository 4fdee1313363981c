package io.runj.sentry.vfs;

import java.nio.file.Path;

/**
 * One entry of the sandbox's mount table, as /proc/mounts would show it.
 *
 * @param path     where it is mounted in the guest: absolute, normalized ("/" for the root)
 * @param kind     who serves it
 * @param source   the host tree a BIND mount serves (the gofer holds it open); null otherwise
 * @param handle   the gofer's handle on the mount's root (BIND only, else -1)
 */
public record Mount(String path, Kind kind, Path source, int handle, boolean readOnly, boolean nosuid,
        boolean nodev, boolean noexec) {

    public enum Kind {
        /** A host tree served by the gofer: the rootfs and bind mounts. */
        BIND,
        /**
         * Not emulated yet (tmpfs, proc, sysfs, devpts, mqueue, ...): a call whose path reaches it
         * is left to the host kernel, inside the guest's chroot, as before the VFS.
         */
        HOST
    }
}
