package io.runj.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import io.runj.platform.FdStreams;
import io.runj.platform.NativeException;
import io.runj.platform.Pty;
import io.runj.platform.TerminalMode;

/**
 * {@code runj run} with process.terminal and no console socket: runj itself is the far end of
 * the guest's pty. The caller's terminal goes raw (restored by {@link #close}) so keys and control
 * characters reach the guest's line discipline unchanged; stdin is copied to the master, the
 * master to stdout, and the caller's window size follows SIGWINCH.
 */
final class TerminalRelay implements AutoCloseable {
    private static final int STDIN = 0;
    /** How long output the guest left in the pty may take to drain once the container has exited. */
    private static final long DRAIN_MILLIS = 5_000;

    private final TerminalMode saved;
    private final Thread output;

    private TerminalRelay(TerminalMode saved, Thread output) {
        this.saved = saved;
        this.output = output;
    }

    /** Starts relaying the pty {@code master}. */
    @SuppressWarnings("restriction")
    static TerminalRelay start(int master) {
        TerminalMode saved = null;
        if (TerminalMode.isTerminal(STDIN)) {
            copyWindowSize(master);
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), sig -> copyWindowSize(master));
            saved = TerminalMode.makeRaw(STDIN);
        }
        Thread input = copier("runj-tty-in", new FileInputStream(FileDescriptor.in), FdStreams.output(master));
        // The input side may block in read(2) forever: it must not keep the JVM alive.
        input.setDaemon(true);
        input.start();
        Thread output = copier("runj-tty-out", FdStreams.input(master), new FileOutputStream(FileDescriptor.out));
        output.start();
        return new TerminalRelay(saved, output);
    }

    /**
     * Waits for the guest's last output (the master reads EIO once no slave is open), then
     * restores the terminal. The master stays open until runj exits: the input thread may still
     * write to it, and a closed fd number could be reused by then.
     */
    @Override
    public void close() throws InterruptedException {
        try {
            output.join(DRAIN_MILLIS);
        } finally {
            if (saved != null) {
                saved.restore();
            }
        }
    }

    /** The caller's window size (stdin's, when a terminal) onto the pty {@code master}. */
    static void copyWindowSize(int master) {
        try {
            int[] size = Pty.windowSize(STDIN);
            Pty.setWindowSize(master, size[0], size[1]);
        } catch (NativeException e) {
            // The caller's terminal or the pty is gone: there is nothing left to resize.
        }
    }

    private static Thread copier(String name, InputStream in, OutputStream out) {
        return new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side closed: the relay in this direction is over.
            }
        }, name);
    }
}
