package io.runj.sentry.exec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.runj.oci.Namespace;
import io.runj.oci.NamespaceType;
import io.runj.oci.Process;
import io.runj.oci.Rlimit;
import io.runj.oci.RlimitType;
import io.runj.oci.Spec;
import io.runj.oci.User;
import io.runj.sentry.vfs.MountTable;

/** Builds the {@link GuestProcess} of a validated config.json. */
public final class GuestProcesses {
    /**
     * The namespaces the launcher creates today; pid and user namespaces come with the jail. The
     * cgroup namespace's root is the container's cgroup, which the sentry joined before the stub existed.
     */
    private static final Set<NamespaceType> SUPPORTED = EnumSet.of(
            NamespaceType.MOUNT, NamespaceType.UTS, NamespaceType.IPC, NamespaceType.NETWORK, NamespaceType.CGROUP);

    private GuestProcesses() {
    }

    /** The namespace types the launcher creates; the others a config names are not made. */
    public static Set<NamespaceType> supportedNamespaces() {
        return Set.copyOf(SUPPORTED);
    }

    /** The config's tmpfs, devpts and mqueue mounts, in order. */
    private static List<KernelMount> kernelMounts(Spec spec) {
        List<KernelMount> out = new ArrayList<>();
        if (spec.getMounts() != null) {
            for (io.runj.oci.Mount m : spec.getMounts()) {
                if (KernelMount.TYPES.contains(m.getType())) {
                    out.add(KernelMount.of(m.getDestination(), m.getType(),
                            m.getOptions() == null ? List.of() : m.getOptions()));
                }
            }
        }
        return out;
    }

    /**
     * A process {@code runj exec} starts in the sandbox of {@code container}: its own program,
     * environment, cwd, user, limits and capabilities, the container's root, namespaces and mounts.
     */
    public static GuestProcess forExec(Process p, GuestProcess container) {
        return of(p, container.rootfs(), container.rootBind(), container.readonlyRoot(), container.kernelMounts(),
                container.hostname(), container.namespaces(), container.mounts());
    }

    private static GuestProcess of(Process p, Path rootfs, Path rootBind, boolean readonlyRoot,
            List<KernelMount> kernelMounts, String hostname, long namespaces, MountTable mounts) {
        User user = p.getUser();
        return new GuestProcess(
                rootfs,
                rootBind,
                readonlyRoot,
                kernelMounts,
                List.copyOf(p.getArgs()),
                p.getEnv() == null ? List.of() : List.copyOf(p.getEnv()),
                p.getCwd() == null ? "/" : p.getCwd(),
                user == null || user.getUid() == null ? 0 : user.getUid(),
                user == null || user.getGid() == null ? 0 : user.getGid(),
                user == null || user.getAdditionalGids() == null ? List.of() : List.copyOf(user.getAdditionalGids()),
                user == null || user.getUmask() == null ? null : user.getUmask().intValue(),
                hostname,
                namespaces,
                rlimits(p),
                p.getCapabilities() == null ? null : CapabilitySets.of(p.getCapabilities()),
                Boolean.TRUE.equals(p.getNoNewPrivileges()),
                mounts);
    }

    private static List<long[]> rlimits(Process p) {
        List<long[]> rlimits = new ArrayList<>();
        if (p.getRlimits() != null) {
            for (Rlimit r : p.getRlimits()) {
                rlimits.add(new long[] {RlimitType.of(r.getType()).orElseThrow().resource(), r.getSoft(), r.getHard()});
            }
        }
        return rlimits;
    }

    /** @param bundle the bundle directory, against which a relative root.path is resolved */
    public static GuestProcess fromSpec(Spec spec, Path bundle) {
        Path rootfs = bundle.resolve(spec.getRoot().getPath()).normalize();
        long namespaces = 0;
        if (spec.getLinux() != null && spec.getLinux().getNamespaces() != null) {
            List<Namespace> all = spec.getLinux().getNamespaces();
            for (int i = 0; i < all.size(); i++) {
                Namespace ns = all.get(i);
                NamespaceType type = NamespaceType.of(ns.getType()).orElseThrow();
                if (ns.getPath() != null && !ns.getPath().isEmpty()) {
                    // A new namespace in its place would silently cut the container off a pod's network.
                    throw new SetupException("linux.namespaces[" + i + "].path: joining an existing " + ns.getType()
                            + " namespace is not supported by runj yet", 1);
                }
                if (SUPPORTED.contains(type)) {
                    namespaces |= type.cloneFlag();
                }
            }
        }
        String hostname = (namespaces & NamespaceType.UTS.cloneFlag()) != 0 ? spec.getHostname() : null;
        return of(spec.getProcess(), rootfs, null, Boolean.TRUE.equals(spec.getRoot().getReadonly()),
                kernelMounts(spec), hostname, namespaces, MountTable.fromSpec(spec, rootfs));
    }
}
