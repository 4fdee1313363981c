package io.runj.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.NativeException;
import io.runj.platform.UnixSockets;
import io.runj.sentry.exec.InheritedFds;

/**
 * How create's preserved fds reach the sentry, which the JDK starts with stdio only: create
 * listens on {@code fds.sock} in the container's directory before starting the sentry, and the
 * sentry, finding it there, connects first thing and receives them (SCM_RIGHTS), with the number
 * of socket activation fds among them as the payload.
 */
final class FdHandoff implements AutoCloseable {
    private static final String SOCKET = "fds.sock";
    private static final int SLICE_MILLIS = 200;
    private static final long TIMEOUT_NANOS = 60_000_000_000L;

    private final Path path;
    private final int listenFd;
    private final int[] fds;
    private final int listen;

    private FdHandoff(Path path, int listenFd, int[] fds, int listen) {
        this.path = path;
        this.listenFd = listenFd;
        this.fds = fds;
        this.listen = listen;
    }

    /** Create's side, before the sentry starts; null when there is nothing to pass. */
    static FdHandoff offer(StateDir dir, int[] fds, int listen) {
        if (fds.length == 0) {
            return null;
        }
        Path path = dir.path().resolve(SOCKET);
        try {
            return new FdHandoff(path, UnixSockets.listenStream(path.toString(), 1), fds, listen);
        } catch (NativeException e) {
            throw new CliException("passing fds to the sentry: " + e.getMessage());
        }
    }

    /** Waits for {@code sentry} to connect, while it lives, and sends the fds. */
    void deliver(Process sentry) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        int conn = -1;
        while (conn < 0 && sentry.isAlive() && System.nanoTime() < deadline) {
            conn = UnixSockets.accept(listenFd, SLICE_MILLIS);
        }
        if (conn < 0) {
            // The sentry died or hung: the ready socket's wait reports it.
            return;
        }
        MessageSocket socket = new MessageSocket(conn, 64);
        try {
            byte[] payload = Integer.toString(listen).getBytes(StandardCharsets.US_ASCII);
            socket.send(payload, payload.length, fds);
        } catch (NativeException e) {
            throw new CliException("passing fds to the sentry: " + e.getMessage());
        } finally {
            socket.close();
        }
    }

    @Override
    public void close() {
        HostFs.close(listenFd);
        path.toFile().delete();
    }

    /** The sentry's side: the fds create offers, or none when it offers nothing. */
    static InheritedFds receive(StateDir dir) {
        Path path = dir.path().resolve(SOCKET);
        if (!Files.exists(path)) {
            return InheritedFds.NONE;
        }
        MessageSocket socket;
        try {
            socket = new MessageSocket(UnixSockets.connectStream(path.toString()), 64);
        } catch (NativeException e) {
            throw new CliException("receiving the preserved fds: " + e.getMessage());
        }
        try {
            byte[] payload = new byte[64];
            MessageSocket.Received r = socket.receive(payload);
            return new InheritedFds(r.fds(), Integer.parseInt(new String(payload, 0, r.length(), StandardCharsets.US_ASCII)));
        } catch (NativeException | NumberFormatException e) {
            throw new CliException("receiving the preserved fds: " + e.getMessage());
        } finally {
            socket.close();
        }
    }
}
