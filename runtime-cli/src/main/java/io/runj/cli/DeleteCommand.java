package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.Callable;

import io.runj.oci.State;
import io.runj.platform.Signal;
import io.runj.platform.Signals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj delete ID}: removes a stopped or created container; with --force a running one
 * too. Killing the sentry kills every guest task (they are traced with PTRACE_O_EXITKILL).
 */
@Command(name = "delete", description = "Delete a container and everything it holds.")
public final class DeleteCommand implements Callable<Integer> {
    private static final long GONE_TIMEOUT_NANOS = 10_000_000_000L;

    @ParentCommand
    Main main;

    @Option(names = {"-f", "--force"}, description = "Kill the container first if it is running.")
    boolean force;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Override
    public Integer call() throws InterruptedException, IOException {
        StateDir dir = StateDir.of(main.global.root, id);
        if (!dir.exists()) {
            // As runc: forcing the removal of what is already gone succeeds.
            if (force) {
                return 0;
            }
            throw new CliException("container does not exist");
        }
        try (FileChannel lock = dir.lock()) {
            if (StateFile.read(dir) == null) {
                // A create that died before its sentry recorded anything.
                dir.remove();
                if (force) {
                    return 0;
                }
                throw new CliException("container does not exist");
            }
            Container c = Container.load(main.global.root, id);
            String status = c.status();
            if ((status.equals(State.STATUS_RUNNING) || status.equals(State.STATUS_PAUSED)) && !force) {
                throw new CliException("cannot delete container " + id + " that is not stopped: " + status);
            }
            if (status.equals(State.STATUS_PAUSED)) {
                // Killed while frozen, then thawed: no task runs again (a frozen task dies only once thawed).
                ContainerCgroup.required(dir).killAll();
            }
            if (!status.equals(State.STATUS_STOPPED)) {
                killSentry(c);
            }
            io.runj.oci.Hooks hooks = LifecycleHooks.load(dir);
            dir.remove();
            LifecycleHooks.runWarning(main.global, hooks, LifecycleHooks.Kind.POSTSTOP, c.hookState(State.STATUS_STOPPED));
        }
        return 0;
    }

    /** SIGKILL to the sentry, then wait until it is gone: its guest tasks die with it. */
    private static void killSentry(Container c) throws InterruptedException {
        Signals.tryKill((int) c.sentryPid(), Signal.SIGKILL);
        long deadline = System.nanoTime() + GONE_TIMEOUT_NANOS;
        while (c.sentryAlive()) {
            if (System.nanoTime() > deadline) {
                throw new CliException("the sentry " + c.sentryPid() + " did not exit after SIGKILL");
            }
            Thread.sleep(5);
        }
    }
}
