package io.runj.sentry.vfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.runj.gofer.MountSpec;
import io.runj.oci.Spec;

/**
 * The sandbox's mounts, built from config.json: the rootfs first, then the config's mounts in
 * order, a later mount hiding an earlier one at the same or an enclosing path, as in Linux. BIND
 * mounts get gofer handles in the order they appear here.
 */
public final class MountTable {
    private final List<Mount> mounts;

    private MountTable(List<Mount> mounts) {
        this.mounts = List.copyOf(mounts);
    }

    /**
     * The mounts of a bundle: the rootfs (read-only if root.readonly) and every bind mount of
     * config.json; the other types are recorded as {@link Mount.Kind#HOST}.
     */
    public static MountTable fromSpec(Spec spec, Path rootfs) {
        Builder b = new Builder(realPath(rootfs), Boolean.TRUE.equals(spec.getRoot().getReadonly()));
        if (spec.getMounts() != null) {
            for (io.runj.oci.Mount m : spec.getMounts()) {
                List<String> opts = m.getOptions() == null ? List.of() : m.getOptions();
                boolean bind = "bind".equals(m.getType()) || opts.contains("bind") || opts.contains("rbind");
                String dest = normalize(m.getDestination());
                if (bind && m.getSource() != null) {
                    b.add(dest, Mount.Kind.BIND, realPath(Path.of(m.getSource())), opts);
                } else {
                    b.add(dest, Mount.Kind.HOST, null, opts);
                }
            }
        }
        return b.build();
    }

    /**
     * The mounts of {@code runj do}: the host's root (read-only unless {@code rw}), with /tmp (the
     * private tmpfs), /dev, /proc and /sys left to the host.
     */
    public static MountTable hostRoot(boolean rw) {
        Builder b = new Builder(Path.of("/"), !rw);
        for (String p : List.of("/dev", "/proc", "/sys", "/tmp")) {
            b.add(p, Mount.Kind.HOST, null, List.of());
        }
        return b.build();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("mount source " + p, e);
        }
    }

    /** Absolute, without empty, "." or ".." components ("/a/./b/../c" is "/a/c"). */
    static String normalize(String path) {
        List<String> out = new ArrayList<>();
        for (String c : path.split("/")) {
            if (c.isEmpty() || c.equals(".")) {
                continue;
            }
            if (c.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(c);
            }
        }
        return "/" + String.join("/", out);
    }

    public List<Mount> mounts() {
        return mounts;
    }

    public Mount root() {
        return mounts.get(0);
    }

    /** What the gofer serves: one spec per BIND mount, in handle order. */
    public List<MountSpec> goferSpecs() {
        List<MountSpec> specs = new ArrayList<>();
        for (Mount m : mounts) {
            if (m.kind() == Mount.Kind.BIND) {
                // The rootfs is an rbind: walks cross the host mounts below it.
                specs.add(new MountSpec(m.source(), m.readOnly(), m.path().equals("/")));
            }
        }
        return specs;
    }

    /** The deepest mount holding canonical guest path {@code comps} (the last one mounted there). */
    Mount covering(List<String> comps) {
        Mount best = root();
        int depth = 0;
        for (Mount m : mounts) {
            List<String> mp = PathWalk.components(m.path());
            if (mp.size() >= depth && mp.size() <= comps.size() && comps.subList(0, mp.size()).equals(mp)) {
                best = m;
                depth = mp.size();
            }
        }
        return best;
    }

    /** The mount whose root is exactly {@code path} (the last one mounted there), or null. */
    Mount mountedAt(String path) {
        for (int i = mounts.size() - 1; i >= 0; i--) {
            if (mounts.get(i).path().equals(path)) {
                return mounts.get(i);
            }
        }
        return null;
    }

    /**
     * The BIND mount whose source holds host path {@code hostPath} (the longest such source), or
     * null: the mount an fd the gofer opened belongs to.
     */
    Mount ofHostPath(String hostPath) {
        if (!hostPath.startsWith("/")) {
            return null;
        }
        Mount best = null;
        for (Mount m : mounts) {
            if (m.kind() == Mount.Kind.BIND && contains(m.source().toString(), hostPath)
                    && (best == null || m.source().toString().length() > best.source().toString().length())) {
                best = m;
            }
        }
        return best;
    }

    /** The guest path of a host path inside one of the BIND mounts' sources, or null. */
    String guestPath(String hostPath) {
        Mount best = ofHostPath(hostPath);
        if (best == null) {
            return null;
        }
        String src = best.source().toString();
        String rest = src.equals("/") ? hostPath : hostPath.substring(src.length());
        return normalize(best.path() + "/" + rest);
    }

    private static boolean contains(String dir, String path) {
        return dir.equals("/") || path.equals(dir) || path.startsWith(dir + "/");
    }

    private static final class Builder {
        private final List<Mount> mounts = new ArrayList<>();
        private int handles;

        Builder(Path rootfs, boolean readOnly) {
            mounts.add(new Mount("/", Mount.Kind.BIND, rootfs, handles++, readOnly, false, false, false));
        }

        void add(String dest, Mount.Kind kind, Path source, List<String> opts) {
            int handle = kind == Mount.Kind.BIND ? handles++ : -1;
            mounts.add(new Mount(dest, kind, source, handle, opts.contains("ro"), opts.contains("nosuid"),
                    opts.contains("nodev"), opts.contains("noexec")));
        }

        MountTable build() {
            return new MountTable(mounts);
        }
    }
}
