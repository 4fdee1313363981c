package io.runj.sentry.cgroup;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code linux.cgroupsPath} as runc reads it. With the cgroupfs driver: an absolute path is taken
 * from the root of each hierarchy, a relative one from the cgroup runj itself runs in (on cgroup
 * v2, from its parent), and an empty one means the relative path {@code ID}. With
 * {@code --systemd-cgroup} the path is {@code slice:prefix:name} (empty: {@code :runc:ID}) and
 * names the cgroup systemd would make for it: {@code /a.slice/a-b.slice/prefix-name.scope}.
 * runj does not ask systemd for that unit; it makes the directories itself, as the fs driver would.
 */
public final class CgroupsPath {
    private static final String SLICE = ".slice";

    private CgroupsPath() {
    }

    /** The cgroup's path, absolute ("/runj/ID") or relative ("ID"), cleaned as runc's CleanPath does. */
    public static String resolve(String cgroupsPath, boolean systemd, String id) {
        String path = cgroupsPath == null ? "" : cgroupsPath;
        if (!systemd) {
            return path.isEmpty() ? clean(id) : clean(path);
        }
        String parent = "system.slice";
        String prefix = "runc";
        String name = id;
        if (!path.isEmpty()) {
            String[] parts = path.split(":", -1);
            if (parts.length != 3) {
                throw new CgroupException("expected cgroupsPath to be of format \"slice:prefix:name\" for systemd cgroups, got \""
                        + path + "\" instead");
            }
            parent = parts[0].isEmpty() ? parent : parts[0];
            prefix = parts[1];
            name = parts[2];
        }
        String unit = name.endsWith(SLICE) ? name : prefix + "-" + name + ".scope";
        String slice = expandSlice(parent);
        return clean((slice.equals("/") ? "" : slice) + "/" + unit);
    }

    /** systemd's slice nesting: {@code a-b.slice} is {@code /a.slice/a-b.slice}; {@code -.slice} is the root. */
    static String expandSlice(String slice) {
        if (slice.length() < SLICE.length() || !slice.endsWith(SLICE) || slice.contains("/")) {
            throw new CgroupException("invalid slice name: " + slice);
        }
        String base = slice.substring(0, slice.length() - SLICE.length());
        if (base.equals("-")) {
            return "/";
        }
        StringBuilder path = new StringBuilder();
        StringBuilder prefix = new StringBuilder();
        for (String component : base.split("-", -1)) {
            if (component.isEmpty()) {
                throw new CgroupException("invalid slice name: " + slice);
            }
            path.append('/').append(prefix).append(component).append(SLICE);
            prefix.append(component).append('-');
        }
        return path.toString();
    }

    /**
     * runc's CleanPath: a lexically cleaned path in which a relative path cannot climb above its
     * start ("../../x" is "x"), so a config cannot name a cgroup outside the tree it is given.
     */
    static String clean(String path) {
        if (path.isEmpty()) {
            return "";
        }
        boolean absolute = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        String joined = String.join("/", parts);
        return absolute ? "/" + joined : joined;
    }
}
