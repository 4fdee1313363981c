package io.runj.gofer;

import java.nio.file.Path;

/**
 * One tree the gofer serves: a host source (directory or file), whether it is read-only, and
 * whether walks may cross into mounts below it (an rbind; the rootfs is one). Written on the
 * command line as {@code ro|rw[,rbind]:PATH}.
 */
public record MountSpec(Path source, boolean readOnly, boolean crossMounts) {

    public static MountSpec parse(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("mount \"" + s + "\": expected ro|rw[,rbind]:PATH");
        }
        boolean ro = false;
        boolean rbind = false;
        boolean modeSeen = false;
        for (String opt : s.substring(0, colon).split(",")) {
            switch (opt) {
                case "ro" -> { ro = true; modeSeen = true; }
                case "rw" -> { ro = false; modeSeen = true; }
                case "rbind" -> rbind = true;
                default -> throw new IllegalArgumentException("mount \"" + s + "\": unknown option " + opt);
            }
        }
        Path source = Path.of(s.substring(colon + 1));
        if (!modeSeen || !source.isAbsolute()) {
            throw new IllegalArgumentException("mount \"" + s + "\": expected ro|rw[,rbind]:/absolute/path");
        }
        return new MountSpec(source, ro, rbind);
    }

    /** The command-line form {@link #parse} reads. */
    public String format() {
        return (readOnly ? "ro" : "rw") + (crossMounts ? ",rbind" : "") + ":" + source;
    }
}
