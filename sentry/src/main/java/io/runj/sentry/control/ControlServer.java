package io.runj.sentry.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.runj.sentry.Sentry;

/**
 * The sentry's end of the control socket: one request per connection, served one at a time on
 * its own thread, never the tracer thread. Requests that need ptrace are handed over by
 * {@link Sentry}. The wire format is in {@link ControlClient}.
 */
public final class ControlServer implements AutoCloseable {
    private final ServerSocketChannel channel;
    private final Sentry sentry;
    private final Runnable onStart;
    private final Thread thread;

    private ControlServer(ServerSocketChannel channel, Sentry sentry, Runnable onStart) {
        this.channel = channel;
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
    public static ControlServer start(Path socket, Sentry sentry, Runnable onStart) throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(socket));
        ControlServer server = new ControlServer(channel, sentry, onStart);
        server.thread.start();
        return server;
    }

    private void serve() {
        while (true) {
            try (SocketChannel client = channel.accept()) {
                Wire.writeLine(client, answer(Wire.readLine(client)));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // A client that went away mid-request; the next one is served as usual.
            }
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

    /** Stops listening, letting a request being answered finish first. */
    @Override
    public void close() throws InterruptedException {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a listening socket does not fail in a way we could act on.
        }
        thread.join(2000);
    }
}
