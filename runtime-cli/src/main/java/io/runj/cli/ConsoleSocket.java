package io.runj.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.NativeException;
import io.runj.platform.Pty;
import io.runj.platform.UnixSockets;

/**
 * runc's console socket protocol: the runtime connects to the caller's AF_UNIX stream socket and
 * sends one message, the pty's name as payload and its master as SCM_RIGHTS, then closes.
 * conmon and containerd-shim listen this way; so does {@code runj run} when it relays the terminal.
 */
final class ConsoleSocket implements AutoCloseable {
    private static final int MAX_NAME = 4096;
    /** How long run waits for the sentry's connection, already made when create returns. */
    private static final int ACCEPT_TIMEOUT_MILLIS = 10_000;

    private final Path path;
    private final int listenFd;

    private ConsoleSocket(Path path, int listenFd) {
        this.path = path;
        this.listenFd = listenFd;
    }

    /** The sentry's side: sends {@code pty}'s master to the socket at {@code path}. */
    static void send(Path path, Pty pty) {
        int fd;
        try {
            fd = UnixSockets.connectStream(path.toString());
        } catch (NativeException e) {
            throw new CliException("console socket: " + e.getMessage());
        }
        MessageSocket socket = new MessageSocket(fd, MAX_NAME);
        try {
            byte[] name = pty.name().getBytes(StandardCharsets.UTF_8);
            socket.send(name, name.length, pty.master());
        } catch (NativeException e) {
            throw new CliException("console socket " + path + ": " + e.getMessage());
        } finally {
            socket.close();
        }
    }

    /** Listens on {@code path}, which must not exist yet. */
    static ConsoleSocket listen(Path path) {
        try {
            return new ConsoleSocket(path, UnixSockets.listenStream(path.toString(), 1));
        } catch (NativeException e) {
            throw new CliException("console socket: " + e.getMessage());
        }
    }

    Path path() {
        return path;
    }

    /** Accepts the sentry's connection and returns the pty master it sent (close-on-exec, ours). */
    int receiveMaster() {
        int fd = UnixSockets.accept(listenFd, ACCEPT_TIMEOUT_MILLIS);
        if (fd < 0) {
            throw new CliException("console socket " + path + ": the sentry sent no terminal");
        }
        MessageSocket socket = new MessageSocket(fd, MAX_NAME);
        try {
            int[] fds = socket.receive(new byte[MAX_NAME]).fds();
            if (fds.length != 1) {
                for (int f : fds) {
                    HostFs.close(f);
                }
                throw new CliException("console socket " + path + ": expected one fd, received " + fds.length);
            }
            return fds[0];
        } finally {
            socket.close();
        }
    }

    @Override
    public void close() {
        HostFs.close(listenFd);
        path.toFile().delete();
    }
}
