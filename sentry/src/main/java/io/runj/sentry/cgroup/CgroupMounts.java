package io.runj.sentry.cgroup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The host's cgroup hierarchies as this process sees them: /proc/self/mountinfo and /proc/self/cgroup. */
final class CgroupMounts {
    /** Where cgroup v2 is mounted on a unified host, and runc's test for one. */
    static final Path UNIFIED = Path.of("/sys/fs/cgroup");

    /** One mounted hierarchy: its mount point, the cgroup at that point, and (v1) its controllers. */
    record Mount(Path point, String root, Set<String> controllers, boolean v2) {
    }

    private CgroupMounts() {
    }

    static List<Mount> read() {
        List<Mount> out = new ArrayList<>();
        for (String line : lines(Path.of("/proc/self/mountinfo"))) {
            int dash = line.indexOf(" - ");
            if (dash < 0) {
                continue;
            }
            String[] left = line.substring(0, dash).split(" ");
            String[] right = line.substring(dash + 3).split(" ");
            if (left.length < 5 || right.length < 3) {
                continue;
            }
            Path point = Path.of(left[4].replace("\\040", " "));
            if (right[0].equals("cgroup2")) {
                out.add(new Mount(point, left[3], Set.of(), true));
            } else if (right[0].equals("cgroup")) {
                out.add(new Mount(point, left[3], Set.of(right[2].split(",")), false));
            }
        }
        return out;
    }

    /** Whether /sys/fs/cgroup itself is cgroup v2 (runc's IsCgroup2UnifiedMode); else v1 or hybrid. */
    static boolean unified(List<Mount> mounts) {
        return mounts.stream().anyMatch(m -> m.v2() && m.point().equals(UNIFIED));
    }

    /** /proc/self/cgroup: each hierarchy's controller list ("cpu,cpuacct", "name=systemd", "" for v2) to our cgroup in it. */
    static Map<String, String> own() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(Path.of("/proc/self/cgroup"))) {
            String[] f = line.split(":", 3);
            if (f.length == 3) {
                out.put(f[1], f[2]);
            }
        }
        return out;
    }

    /** Our cgroup in the hierarchy that holds {@code controller}, or null. */
    static String ownIn(Map<String, String> own, String controller) {
        for (Map.Entry<String, String> e : own.entrySet()) {
            if (Set.of(e.getKey().split(",")).contains(controller)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** {@code cgroup} (as /proc/self/cgroup names it) below a mount of the cgroup {@code root}. */
    static Path under(Path point, String root, String cgroup) {
        String rel = cgroup;
        if (!root.equals("/") && (cgroup.equals(root) || cgroup.startsWith(root + "/"))) {
            rel = cgroup.substring(root.length());
        }
        return join(point, rel);
    }

    /** {@code base} joined with a path that may start with '/'. */
    static Path join(Path base, String path) {
        String rel = path.startsWith("/") ? path.substring(1) : path;
        return rel.isEmpty() ? base : base.resolve(rel).normalize();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new CgroupException("reading " + file + ": " + e.getMessage());
        }
    }
}
