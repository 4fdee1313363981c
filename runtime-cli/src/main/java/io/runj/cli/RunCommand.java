package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.runj.oci.Spec;
import io.runj.oci.State;
import io.runj.platform.Signals;
import io.runj.sentry.Sentry;
import io.runj.sentry.cgroup.Cgroup;
import io.runj.sentry.exec.InheritedFds;
import io.runj.sentry.control.ControlServer;
import io.runj.sentry.exec.SetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj run ID}: create and start; in the foreground it is the container's sentry itself
 * (unless it relays a terminal), exits with its status and deletes it; with --detach it starts
 * a sentry and returns once the guest runs.
 */
@Command(name = "run", description = "Create and run a container; in the foreground, exit with its status.")
public final class RunCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    CreateOptions options;

    @Option(names = {"-d", "--detach"}, description = "Return once the container runs, leaving it in the background.")
    boolean detach;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id, unique on this host.")
    String id;

    @Override
    public Integer call() throws InterruptedException, IOException {
        ContainerIds.check(id);
        Path dir = Bundles.directory(options.bundle);
        Spec spec = Bundles.load(dir);
        if (!detach && (options.consoleSocket != null || !Bundles.terminal(spec)) && spec.getHooks() == null
                && options.preserveFds == 0 && PreservedFds.listenFds() == 0) {
            return runHere(dir, spec);
        }
        if (detach || options.consoleSocket != null || !Bundles.terminal(spec)) {
            return run(Creation.create(main.global, dir, spec, id, options.consoleSocket, options.pidFile, options.preserveFds), null);
        }
        // runj is the terminal's far end: the sentry sends the master to a socket of our own.
        Path tmp = Files.createTempDirectory("runj-tty-");
        try {
            Creation.Created created;
            int master;
            try (ConsoleSocket console = ConsoleSocket.listen(tmp.resolve("console.sock"))) {
                created = Creation.create(main.global, dir, spec, id, console.path(), options.pidFile, options.preserveFds);
                try {
                    master = console.receiveMaster();
                } catch (CliException e) {
                    created.sentry().destroyForcibly().waitFor();
                    created.dir().remove();
                    throw e;
                }
            }
            return run(created, TerminalRelay.start(master));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A foreground run with no terminal to relay: this JVM is the sentry, as with {@code do}, so
     * the container's pid is runj's own and no second JVM starts. The state directory and the
     * control socket are as a sentry started by create keeps them, so state, kill and ps from
     * another runj work while it runs. Hooks and inherited fds take the sentry-process path: hooks
     * run from the CLI around a separate sentry, and the fds from 3 on are the caller's only
     * until this JVM opens its own there.
     */
    private int runHere(Path dir, Spec spec) throws InterruptedException, IOException {
        Creation.checkConsole(spec, options.consoleSocket);
        StateDir state = StateDir.create(main.global.root, id);
        // Held until the guest runs: a start or delete from another runj waits for the state to settle.
        FileChannel lock = null;
        Cgroup home = ContainerCgroup.home();
        try {
            lock = state.lock();
            Sentry sentry = BootCommand.prepareInCgroup(main.global, state, spec, dir, id, options.consoleSocket,
                    InheritedFds.NONE);
            State created = BootCommand.createdState(id, spec, dir);
            long startTime = ProcStat.startTime(ProcessHandle.current().pid());
            StateFile.write(state, new StateFile.Record(created, startTime));
            if (options.pidFile != null) {
                Creation.writePidFile(options.pidFile, ProcessHandle.current().pid());
            }
            FileChannel held = lock;
            try (ControlServer server = ControlServer.start(state.controlSocket(), sentry, () -> { })) {
                return sentry.startAndFollow(() -> {
                    StateFile.write(state, new StateFile.Record(created.setStatus(State.STATUS_RUNNING), startTime));
                    release(held);
                });
            }
        } catch (SetupException e) {
            throw new CliException(e.getMessage(), e.exitCode());
        } finally {
            ContainerCgroup.leave(state, home);
            if (lock != null) {
                lock.close();
                try (FileChannel removing = state.lock()) {
                    state.remove();
                }
            } else {
                state.remove();
            }
        }
    }

    private static void release(FileChannel lock) {
        try {
            lock.close();
        } catch (IOException e) {
            throw new CliException("releasing the container's lock: " + e.getMessage());
        }
    }

    /** Starts the created container and, in the foreground, waits for it; {@code relay} may be null. */
    private Integer run(Creation.Created created, TerminalRelay relay) throws InterruptedException, IOException {
        Process sentry = created.sentry();
        if (!detach) {
            // Signals to runj reach the sentry, which passes them on to the guest's init.
            Signals.forwardTo((int) sentry.pid(), relay == null);
        }
        int status;
        try {
            try {
                StartCommand.start(main.global, id);
            } catch (CliException e) {
                // The sentry exits with the setup's status when the execve fails.
                int failed = sentry.waitFor();
                created.dir().remove();
                throw new CliException(e.getMessage(), failed == 0 ? CliException.USAGE : failed);
            }
            if (detach) {
                return 0;
            }
            status = sentry.waitFor();
        } finally {
            if (relay != null) {
                relay.close();
            }
        }
        if (created.dir().exists()) {
            try (FileChannel lock = created.dir().lock()) {
                Container gone = Container.load(main.global.root, id);
                io.runj.oci.Hooks hooks = LifecycleHooks.load(created.dir());
                created.dir().remove();
                LifecycleHooks.runWarning(main.global, hooks, LifecycleHooks.Kind.POSTSTOP,
                        gone.hookState(io.runj.oci.State.STATUS_STOPPED));
            }
        }
        return status;
    }
}
