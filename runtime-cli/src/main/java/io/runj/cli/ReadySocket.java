package io.runj.cli;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a starting sentry tells the create command the outcome of its setup: the CLI listens, the
 * sentry connects once and sends {@code created} or {@code error CODE MESSAGE}. A sentry that
 * dies first closes nothing, so the CLI also stops waiting when the sentry exits.
 */
final class ReadySocket implements AutoCloseable {
    static final String CREATED = "created";
    private static final String ERROR = "error ";

    private final Path path;
    private final ServerSocketChannel channel;

    private ReadySocket(Path path, ServerSocketChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    static ReadySocket listen(Path path) {
        try {
            ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            ch.bind(UnixDomainSocketAddress.of(path));
            return new ReadySocket(path, ch);
        } catch (IOException e) {
            throw new CliException("listening on " + path + ": " + e.getMessage());
        }
    }

    /** Waits for the sentry's report; a setup error becomes a CliException with the sentry's exit code. */
    void await(Process sentry) throws InterruptedException {
        sentry.onExit().thenRun(this::closeQuietly);
        String report;
        try (SocketChannel ch = channel.accept()) {
            report = new String(Channels.newInputStream(ch).readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            int status = sentry.waitFor();
            throw new CliException("the sentry exited with status " + status + " before the container was created");
        }
        if (report.startsWith(ERROR)) {
            String[] parts = report.substring(ERROR.length()).split(" ", 2);
            throw new CliException(parts[1], Integer.parseInt(parts[0]));
        }
        if (!report.equals(CREATED)) {
            throw new CliException("the sentry reported: " + report);
        }
    }

    /** The sentry's side: one report, then the connection closes. */
    static void send(Path path, String report) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(path));
            ByteBuffer b = ByteBuffer.wrap((report.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }
    }

    static String error(int exitCode, String message) {
        return ERROR + exitCode + " " + message;
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing only wakes the waiting accept; nothing to recover.
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(path);
    }
}
