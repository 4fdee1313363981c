package io.runj.sentry.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A filesystem the host kernel mounts in the guest's mount namespace (tmpfs, devpts, mqueue): the
 * mounts the sentry's VFS leaves to the host until it has synthetic ones of its own.
 *
 * @param flags MS_* flags
 * @param data  the filesystem's own options, comma-separated
 */
public record KernelMount(String destination, String type, long flags, String data) {
    /** The kernel types mounted this way; proc, sysfs and cgroup are not (they would show the host). */
    static final List<String> TYPES = List.of("tmpfs", "devpts", "mqueue");

    private static final Map<String, Long> FLAGS = Map.of(
            "ro", 1L, "nosuid", 2L, "nodev", 4L, "noexec", 8L, "sync", 16L, "dirsync", 128L,
            "noatime", 1024L, "nodiratime", 2048L, "relatime", 1L << 21, "strictatime", 1L << 24);
    /** Options that only restate a default: neither a flag to set nor data for the filesystem. */
    private static final List<String> DEFAULTS = List.of("rw", "suid", "dev", "exec", "async", "atime", "diratime");

    /** The mount options understood as flags or defaults; any other is passed to the filesystem as data. */
    public static java.util.Set<String> options() {
        java.util.Set<String> all = new java.util.TreeSet<>(FLAGS.keySet());
        all.addAll(DEFAULTS);
        return all;
    }

    /** A config.json mount: its flag options become MS_* flags, the others the data string. */
    public static KernelMount of(String destination, String type, List<String> options) {
        long flags = 0;
        List<String> data = new ArrayList<>();
        for (String o : options) {
            Long f = FLAGS.get(o);
            if (f != null) {
                flags |= f;
            } else if (!DEFAULTS.contains(o)) {
                data.add(o);
            }
        }
        return new KernelMount(destination, type, flags, String.join(",", data));
    }
}
