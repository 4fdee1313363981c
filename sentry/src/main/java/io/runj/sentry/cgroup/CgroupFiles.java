package io.runj.sentry.cgroup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes cgroup interface files: one value per write, as the kernel expects. */
final class CgroupFiles {
    private CgroupFiles() {
    }

    /** Writes {@code value} to DIR/NAME without truncating or creating it; errors as runc words them. */
    static void write(Path dir, String name, String value) {
        Path file = dir.resolve(name);
        try {
            Files.write(file, value.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            throw new CgroupException("failed to write \"" + value + "\": write " + file + ": "
                    + (e.getReason() == null ? e.getMessage() : e.getReason().toLowerCase()));
        } catch (IOException e) {
            throw new CgroupException("failed to write \"" + value + "\": write " + file + ": " + e.getMessage());
        }
    }

    static boolean exists(Path dir, String name) {
        return Files.exists(dir.resolve(name));
    }

    /** The file's content without its trailing newline. */
    static String read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            throw new CgroupException("open " + file + ": no such file or directory");
        } catch (IOException e) {
            throw new CgroupException("read " + file + ": " + e.getMessage());
        }
    }

    /** A file holding one number; "max" reads as {@code max}. */
    static long readLong(Path dir, String name, long max) {
        String s = read(dir, name);
        if (s.equals("max")) {
            return max;
        }
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new CgroupException("unable to parse " + dir.resolve(name) + ": " + s);
        }
    }

    /** As {@link #readLong}, or 0 when the file is absent (an optional controller feature). */
    static long readOptional(Path dir, String name) {
        return exists(dir, name) ? readLong(dir, name, 0) : 0;
    }

    /** "KEY VALUE" lines (memory.stat, cpu.stat, cpuacct.stat, memory.events) in file order. */
    static Map<String, Long> keyValues(Path dir, String name) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (!exists(dir, name)) {
            return out;
        }
        for (String line : read(dir, name).split("\n")) {
            String[] kv = line.trim().split("\\s+");
            if (kv.length == 2) {
                try {
                    out.put(kv[0], Long.parseUnsignedLong(kv[1]));
                } catch (NumberFormatException e) {
                    // Not a counter (a nested key like "some avg10=..."): not ours to report.
                }
            }
        }
        return out;
    }
}
