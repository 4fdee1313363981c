package io.runj.sentry.control;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import io.runj.oci.OciJson;
import io.runj.oci.Process;
import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.NativeException;
import io.runj.platform.UnixSockets;
import io.runj.sentry.Sentry;
import io.runj.sentry.exec.SetupException;

/**
 * The sentry's end of the control socket: one request per connection, served on its own thread,
 * never the tracer thread. Requests that need ptrace are handed over by {@link Sentry}. The
 * socket is read with recvmsg, so that {@code exec} can bring the caller's fds (SCM_RIGHTS); an
 * exec connection stays open, on a thread of its own, until the process's exit is reported. The
 * wire format is in {@link ControlClient}.
 */
public final class ControlServer implements AutoCloseable {
    private final Path path;
    private final int listenFd;
    private final Sentry sentry;
    private final Runnable onStart;
    private final Thread thread;
    private volatile boolean closed;
    /** Exec connections waiting for their process's exit: answered before the sentry exits. */
    private final List<Thread> execs = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ControlServer(Path path, int listenFd, Sentry sentry, Runnable onStart) {
        this.path = path;
        this.listenFd = listenFd;
        this.sentry = sentry;
        this.onStart = onStart;
        this.thread = new Thread(this::serve, "runj-control");
        thread.setDaemon(true);
    }

    /**
     * Listens on {@code socket} and serves {@code sentry}.
     *
     * @param onStart runs after a successful start, before the caller hears of it
     */
    public static ControlServer start(Path socket, Sentry sentry, Runnable onStart) throws java.io.IOException {
        Files.deleteIfExists(socket);
        int fd;
        try {
            fd = UnixSockets.listenStream(socket.toString(), 16);
        } catch (NativeException e) {
            throw new java.io.IOException(e.getMessage());
        }
        ControlServer server = new ControlServer(socket, fd, sentry, onStart);
        server.thread.start();
        return server;
    }

    private void serve() {
        while (!closed) {
            int fd;
            try {
                fd = UnixSockets.accept(listenFd, 0);
            } catch (NativeException e) {
                return;
            }
            if (fd < 0 || closed) {
                if (fd >= 0) {
                    HostFs.close(fd);
                }
                continue;
            }
            Wire.Connection c = new Wire.Connection(new MessageSocket(fd, Wire.CHUNK));
            try {
                Wire.Request request = c.readRequest();
                if (request.line().startsWith(ControlClient.EXEC + " ")) {
                    Thread t = new Thread(() -> exec(c, request), "runj-exec");
                    t.setDaemon(true);
                    execs.add(t);
                    t.start();
                    continue;
                }
                request.closeFds();
                c.writeLine(answer(request.line()));
            } catch (NativeException | java.io.IOException e) {
                // A client that went away mid-request; the next one is served as usual.
            }
            c.close();
        }
    }

    private String answer(String request) {
        List<String> words = List.of(request.split(" "));
        try {
            switch (words.get(0)) {
                case ControlClient.START -> {
                    sentry.start();
                    onStart.run();
                    return Wire.OK;
                }
                case ControlClient.KILL -> {
                    sentry.kill(Integer.parseInt(words.get(1)), words.get(2).equals("all"));
                    return Wire.OK;
                }
                case ControlClient.PS -> {
                    return Wire.OK + " " + sentry.pids().stream().map(String::valueOf).collect(Collectors.joining(" "));
                }
                default -> {
                    return Wire.ERROR + " unknown request: " + request;
                }
            }
        } catch (RuntimeException e) {
            return Wire.ERROR + " " + e.getMessage();
        }
    }

    /**
     * {@code exec TERMINAL PROCESS_JSON} with the process's fds: answers {@code ok PID} once it
     * runs, then {@code exit STATUS} when it is gone; or {@code error CODE MESSAGE}.
     */
    private void exec(Wire.Connection c, Wire.Request request) {
        try {
            String[] words = request.line().split(" ", 3);
            Sentry.Launched launched;
            try {
                Process p = OciJson.read(words[2].getBytes(StandardCharsets.UTF_8), Process.class, "process");
                launched = sentry.exec(p, request.fds(), Boolean.parseBoolean(words[1]));
            } catch (SetupException e) {
                c.writeLine(Wire.ERROR + " " + e.exitCode() + " " + e.getMessage());
                return;
            } catch (RuntimeException e) {
                c.writeLine(Wire.ERROR + " 1 " + e.getMessage());
                return;
            } finally {
                request.closeFds();
            }
            c.writeLine(Wire.OK + " " + launched.pid());
            c.writeLine(ControlClient.EXIT + " " + launched.status().get());
        } catch (NativeException | java.io.IOException | ExecutionException e) {
            // The client went away: the process runs on, as a detached one would.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            c.close();
            execs.remove(Thread.currentThread());
        }
    }

    /** Stops listening, letting a request being answered finish first. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        // Wakes the accept: a listening socket's fd cannot be closed under a blocked accept.
        try {
            HostFs.close(UnixSockets.connectStream(path.toString()));
        } catch (NativeException e) {
            // Not listening any more.
        }
        thread.join(2000);
        HostFs.close(listenFd);
        // The guest is gone, so every exec'd process is too: their exits are being written.
        for (Thread t : execs) {
            t.join(2000);
        }
    }
}
