package io.runj.oci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * runc's sysctl rule: /proc/sys is only partly namespaced, so a sysctl is allowed only when the
 * namespace that isolates it is the container's own; anything else would change the host.
 */
final class SysctlRules {
    private static final Set<String> IPC_SYSCTLS = Set.of(
            "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem",
            "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced");
    private static final Path OWN_NETNS = Path.of("/proc/self/ns/net");

    private SysctlRules() {}

    static void check(Spec spec, Errors errors) {
        if (spec.getLinux() == null) {
            return;
        }
        Namespaces namespaces = Namespaces.of(spec);
        for (Map.Entry<String, String> sysctl : Rules.orEmpty(spec.getLinux().getSysctl()).entrySet()) {
            String path = JsonPath.member("linux.sysctl", sysctl.getKey());
            problem(dotted(sysctl.getKey()), namespaces).ifPresent(message -> errors.add(path, message));
        }
    }

    private static Optional<String> problem(String key, Namespaces namespaces) {
        if (IPC_SYSCTLS.contains(key) || key.startsWith("fs.mqueue.")) {
            return namespaces.has(NamespaceType.IPC) ? Optional.empty() : Optional.of("requires an ipc namespace");
        }
        if (key.startsWith("net.")) {
            return networkProblem(namespaces);
        }
        if (namespaces.has(NamespaceType.UTS)) {
            if (key.equals("kernel.domainname")) {
                return Optional.empty();
            }
            if (key.equals("kernel.hostname")) {
                return Optional.of("conflicts with the hostname field");
            }
        }
        return Optional.of("not in a separate kernel namespace");
    }

    private static Optional<String> networkProblem(Namespaces namespaces) {
        if (!namespaces.has(NamespaceType.NETWORK)) {
            return Optional.of("requires a network namespace");
        }
        Optional<String> joined = namespaces.joinPath(NamespaceType.NETWORK);
        if (joined.isEmpty()) {
            return Optional.empty();
        }
        // Joining the namespace runj itself runs in is the host's network namespace in disguise.
        try {
            return Files.isSameFile(OWN_NETNS, Path.of(joined.get()))
                    ? Optional.of("not allowed in the host network namespace")
                    : Optional.empty();
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
            return Optional.of("cannot check network namespace " + joined.get() + ": " + reason);
        }
    }

    /**
     * sysctl(8) also accepts '/' as the separator, in which case '.' is literal (an interface name
     * such as eno2.100); normalize to dots like runc does.
     */
    static String dotted(String key) {
        int first = indexOfAny(key);
        if (first < 0 || key.charAt(first) == '.') {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            out.append(c == '.' ? '/' : c == '/' ? '.' : c);
        }
        return out.toString();
    }

    private static int indexOfAny(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '.' || key.charAt(i) == '/') {
                return i;
            }
        }
        return -1;
    }
}
