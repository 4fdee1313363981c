package io.runj.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.runj.platform.NativeException;
import io.runj.platform.Signals;
import io.runj.platform.Spawn;
import io.runj.sentry.control.ControlClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code runj exec-wait}: what {@code runj exec --detach} leaves behind, as runsc leaves a
 * {@code runsc exec} child: a process that waits for the exec'd one and exits with its status,
 * since the exec'd process is the sentry's child and its caller could not wait for it. It gets
 * the exec's open control connection as fd 3, so no exit can be missed, and forwards the signals
 * it gets to the exec'd process.
 */
@Command(name = "exec-wait", hidden = true, description = "Wait for a process started by exec --detach (internal).")
public final class ExecWaitCommand implements Callable<Integer> {
    /** Where the connection is in the waiter. */
    private static final int CONNECTION_FD = 3;

    @Option(names = "--pid", required = true, description = "The exec'd process's host pid.")
    int pid;

    @Parameters(index = "0", paramLabel = "FD", description = "The exec's control connection.")
    int fd;

    @Override
    public Integer call() throws IOException, InterruptedException {
        return await(ControlClient.Exec.resume(fd, pid), null);
    }

    /** Forwards signals to the exec'd process and waits for its status; {@code relay} may be null. */
    static int await(ControlClient.Exec running, TerminalRelay relay) throws IOException, InterruptedException {
        Signals.forwardTo(running.pid(), relay == null);
        try (running) {
            return running.awaitStatus();
        } catch (IOException e) {
            // The sentry died: with it every guest process, killed.
            throw new CliException("the sentry went away before process " + running.pid() + " exited", ExecCommand.FAILED);
        } finally {
            if (relay != null) {
                relay.close();
            }
        }
    }

    /**
     * Spawns the waiter, a JVM like this one, with this process's stdio and the connection, and
     * writes its pid to {@code pidFile}. posix_spawn, not ProcessBuilder: it passes the connection,
     * and the JDK would wait for its child, which must outlive this process.
     */
    static void startWaiter(ControlClient.Exec running, Path pidFile) {
        List<String> argv = new ArrayList<>();
        String java = ProcessHandle.current().info().command().orElseThrow();
        argv.add(java);
        for (String a : ProcessHandle.current().info().arguments().orElseThrow()) {
            argv.add(a);
            if (a.equals(Main.class.getName())) {
                break;
            }
        }
        argv.addAll(List.of("exec-wait", "--pid", Integer.toString(running.pid()), Integer.toString(CONNECTION_FD)));
        int waiter;
        int devNull = -1;
        try {
            // Not the caller's stdio: a shim reads exec's output pipe until EOF, which must come
            // when exec returns, as with runc, not when the process exits.
            devNull = new io.runj.platform.HostFs().openat(io.runj.platform.HostFs.AT_FDCWD, "/dev/null",
                    io.runj.platform.HostFs.O_RDWR | io.runj.platform.HostFs.O_CLOEXEC, 0);
            waiter = Spawn.spawn(new int[] {devNull, devNull, devNull, running.fd()}, java, argv.toArray(String[]::new));
        } catch (NativeException e) {
            running.close();
            throw new CliException("starting the process that waits for " + running.pid() + ": " + e.getMessage());
        } finally {
            if (devNull >= 0) {
                io.runj.platform.HostFs.close(devNull);
            }
        }
        // Only our copy: a shutdown would end the waiter's too.
        io.runj.platform.HostFs.close(running.fd());
        if (pidFile != null) {
            Creation.writePidFile(pidFile, waiter);
        }
    }
}
