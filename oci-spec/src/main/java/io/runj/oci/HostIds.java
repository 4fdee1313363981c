package io.runj.oci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Effective user and group of this process, which Java has no API for; read from /proc/self/status. */
final class HostIds {
    private static final Path STATUS = Path.of("/proc/self/status");

    private HostIds() {}

    static long effectiveUid() {
        return effectiveId("Uid:");
    }

    static long effectiveGid() {
        return effectiveId("Gid:");
    }

    /** Lines look like {@code Uid:\t1000\t1000\t1000\t1000}: real, effective, saved, filesystem. */
    private static long effectiveId(String key) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STATUS, e);
        }
        throw new IllegalStateException(STATUS + " has no " + key + " line");
    }
}
