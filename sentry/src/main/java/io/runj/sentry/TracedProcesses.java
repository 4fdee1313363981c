package io.runj.sentry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The guest's processes as the host sees them: every process the sentry traces, found by the
 * TracerPid line of /proc/PID/status (the tid of the tracer thread, not the JVM's pid). The tracer's own task table is confined to the tracer
 * thread; this works from any thread and sees exactly the tasks the kernel says we hold.
 */
final class TracedProcesses {
    private static final String TRACER = "TracerPid:";

    private TracedProcesses() {
    }

    /** Host pids of the processes thread {@code tracer} traces, {@code init} first, then in pid order. */
    static List<Integer> of(int tracer, int init) {
        List<Integer> pids = new ArrayList<>();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path dir : proc) {
                int pid = Integer.parseInt(dir.getFileName().toString());
                if (tracerOf(dir) == tracer) {
                    pids.add(pid);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("listing /proc: " + e.getMessage());
        }
        pids.sort((a, b) -> a == init ? -1 : b == init ? 1 : Integer.compare(a, b));
        return pids;
    }

    /** The TracerPid of a process, or -1 when it is gone or unreadable. */
    private static long tracerOf(Path dir) {
        try {
            for (String line : Files.readAllLines(dir.resolve("status"), StandardCharsets.ISO_8859_1)) {
                if (line.startsWith(TRACER)) {
                    return Long.parseLong(line.substring(TRACER.length()).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process exited while we looked.
        }
        return -1;
    }
}
