package io.runj.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's start time from /proc/PID/stat: with the pid, it names one process for good, so a
 * recycled pid is never mistaken for our sentry.
 */
final class ProcStat {
    /** starttime is field 22 of stat; the fields after the ")" that ends comm start at field 3. */
    private static final int START_TIME = 22 - 3;

    private ProcStat() {
    }

    /** The start time of a live process (in clock ticks since boot), or -1 when it is gone or a zombie. */
    static long startTime(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return -1;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        if (fields[0].equals("Z") || fields[0].equals("X")) {
            return -1;
        }
        return Long.parseLong(fields[START_TIME]);
    }

    /** Whether {@code pid} is still the live process that started at {@code startTime}. */
    static boolean alive(long pid, long startTime) {
        return pid > 0 && startTime(pid) == startTime;
    }
}
