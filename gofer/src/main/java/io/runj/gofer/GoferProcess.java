package io.runj.gofer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.runj.platform.HostFs;
import io.runj.platform.UnixSockets;

/**
 * Starts a gofer as its own JVM and connects to it. The sentry listens on a socket in a
 * directory only it can use and the gofer connects: ProcessBuilder cannot hand a child an fd
 * beyond 0-2, and a posix_spawned child would be reaped by the tracer's waitpid(-1). The one
 * connection accepted is checked with SO_PEERCRED to come from the started process, and the
 * socket's name is removed at once.
 */
public final class GoferProcess implements AutoCloseable {
    private static final int ACCEPT_POLL_MILLIS = 100;

    private final Process process;
    private final GoferClient client;

    private GoferProcess(Process process, GoferClient client) {
        this.process = process;
        this.client = client;
    }

    /**
     * A JVM command line running {@code mainClass} with {@code args} on this JVM's class path:
     * the serial collector and a small heap, as the gofer keeps little in memory, and the start-up
     * aids of this JVM ({@link StartupAids}).
     */
    public static List<String> jvmCommand(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(List.of("-XX:+UseSerialGC", "-Xms8m", "-Xmx64m", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(StartupAids.flags("runj.gofer.classlist"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Runs {@code launcher} (a command that ends in the gofer's entry point, such as
     * {@code runj gofer}) with {@code --connect socket} and a {@code --mount} per mount, and waits
     * up to {@code timeoutMillis} for it to connect.
     */
    public static GoferProcess start(List<String> launcher, Path socket, List<MountSpec> mounts, long timeoutMillis) {
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(List.of("--connect", socket.toString()));
        for (MountSpec m : mounts) {
            cmd.addAll(List.of("--mount", m.format()));
        }
        int listenFd = UnixSockets.listen(socket.toString(), 1);
        Process p = null;
        try {
            p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
            while (p.isAlive() && System.nanoTime() < deadline) {
                int fd = UnixSockets.accept(listenFd, ACCEPT_POLL_MILLIS);
                if (fd < 0) {
                    continue;
                }
                if (UnixSockets.peer(fd).pid() != p.pid()) {
                    HostFs.close(fd);
                    continue;
                }
                return new GoferProcess(p, new GoferClient(fd));
            }
            throw new IllegalStateException(p.isAlive() ? "the gofer did not connect in " + timeoutMillis + " ms"
                    : "the gofer exited with status " + p.exitValue() + " before connecting");
        } catch (IOException | RuntimeException e) {
            if (p != null) {
                p.destroyForcibly();
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("starting the gofer: " + e.getMessage(), e);
        } finally {
            HostFs.close(listenFd);
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public GoferClient client() {
        return client;
    }

    public Process process() {
        return process;
    }

    /** Closes the connection, which makes the gofer exit, and waits for it briefly before killing it. */
    @Override
    public void close() {
        client.close();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
