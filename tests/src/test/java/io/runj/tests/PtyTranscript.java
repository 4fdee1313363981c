package io.runj.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.runj.platform.FdStreams;
import io.runj.platform.HostFs;
import io.runj.platform.Pty;

/**
 * A terminal for a client under test (podman run -it, ctr run -t): the client gets the pty's
 * slave as its stdio, and the test types into the master and reads everything written to it.
 */
final class PtyTranscript implements AutoCloseable {
    private final Pty pty;
    private final StringBuilder text = new StringBuilder();
    private final Thread reader;

    PtyTranscript(int rows, int columns) {
        pty = Pty.open();
        Pty.setWindowSize(pty.slave(), rows, columns);
        InputStream in = FdStreams.input(pty.master());
        reader = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0;) {
                    synchronized (text) {
                        text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        text.notifyAll();
                    }
                }
            } catch (IOException e) {
                // The end of the terminal: what was read is the transcript.
            }
        }, "pty-transcript");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command} in {@code dir} with the slave as its stdin, stdout and stderr. */
    Process start(List<String> command, Path dir) throws IOException {
        File terminal = new File(pty.name());
        return new ProcessBuilder(command).directory(dir.toFile()).redirectInput(terminal)
                .redirectOutput(terminal).redirectError(terminal).start();
    }

    /** Types {@code keys} as a user at the terminal would. */
    void type(String keys) throws IOException {
        FdStreams.output(pty.master()).write(keys.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until the transcript contains {@code expected}; fails with the transcript so far. */
    String await(String expected, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (text) {
            while (text.indexOf(expected) < 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("the terminal never showed " + expected + "; it showed:\n" + text);
                }
                text.wait(left);
            }
            return text.toString();
        }
    }

    /**
     * Closes the test's slave and, once every client holding it has gone (the master then
     * reads EIO), the master.
     */
    @Override
    public void close() throws InterruptedException {
        HostFs.close(pty.slave());
        reader.join(10_000);
        HostFs.close(pty.master());
    }
}
