package io.runj.sentry.exec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.runj.oci.Namespace;
import io.runj.oci.Process;
import io.runj.oci.Rlimit;
import io.runj.oci.Spec;
import io.runj.oci.User;

/** Builds the {@link GuestProcess} of a validated config.json. */
public final class GuestProcesses {
    private static final Map<String, Long> NAMESPACE_FLAGS = Map.of(
            "mount", 0x00020000L, "uts", 0x04000000L, "ipc", 0x08000000L, "network", 0x40000000L);
    private static final List<String> RLIMITS = List.of("RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA",
            "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_RSS", "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK",
            "RLIMIT_AS", "RLIMIT_LOCKS", "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE",
            "RLIMIT_RTPRIO", "RLIMIT_RTTIME");

    private GuestProcesses() {
    }

    /** @param bundle the bundle directory, against which a relative root.path is resolved */
    public static GuestProcess fromSpec(Spec spec, Path bundle) {
        Process p = spec.getProcess();
        User user = p.getUser();
        Path rootfs = bundle.resolve(spec.getRoot().getPath()).normalize();
        long namespaces = 0;
        if (spec.getLinux() != null && spec.getLinux().getNamespaces() != null) {
            for (Namespace ns : spec.getLinux().getNamespaces()) {
                namespaces |= NAMESPACE_FLAGS.getOrDefault(ns.getType(), 0L);
            }
        }
        String hostname = (namespaces & NAMESPACE_FLAGS.get("uts")) != 0 ? spec.getHostname() : null;
        List<long[]> rlimits = new ArrayList<>();
        if (p.getRlimits() != null) {
            for (Rlimit r : p.getRlimits()) {
                rlimits.add(new long[] {RLIMITS.indexOf(r.getType()), r.getSoft(), r.getHard()});
            }
        }
        return new GuestProcess(
                rootfs,
                null,
                Boolean.TRUE.equals(spec.getRoot().getReadonly()),
                List.of(),
                List.copyOf(p.getArgs()),
                p.getEnv() == null ? List.of() : List.copyOf(p.getEnv()),
                p.getCwd() == null ? "/" : p.getCwd(),
                user == null || user.getUid() == null ? 0 : user.getUid(),
                user == null || user.getGid() == null ? 0 : user.getGid(),
                user == null || user.getAdditionalGids() == null ? List.of() : List.copyOf(user.getAdditionalGids()),
                user == null || user.getUmask() == null ? null : user.getUmask().intValue(),
                hostname,
                namespaces,
                rlimits,
                Boolean.TRUE.equals(p.getNoNewPrivileges()));
    }
}
