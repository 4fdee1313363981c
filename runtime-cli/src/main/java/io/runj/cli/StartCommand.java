package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.Callable;

import io.runj.oci.State;
import io.runj.sentry.control.ControlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code runj start ID}: the created container's init execs its program; the state becomes "running". */
@Command(name = "start", description = "Start a created container's process.")
public final class StartCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Override
    public Integer call() {
        start(main.global, id);
        return 0;
    }

    static void start(GlobalOptions global, String id) {
        Container c = Container.load(global.root, id);
        try (FileChannel lock = c.dir().lock()) {
            c = Container.load(global.root, id);
            switch (c.status()) {
                case State.STATUS_RUNNING -> throw new CliException("cannot start an already running container");
                case State.STATUS_STOPPED -> throw new CliException("cannot start a container that has stopped");
                case State.STATUS_PAUSED -> throw new CliException("cannot start a container in the paused state");
                default -> {
                    io.runj.oci.Hooks hooks = LifecycleHooks.load(c.dir());
                    try {
                        LifecycleHooks.run(hooks, LifecycleHooks.Kind.START_CONTAINER, c.hookState(State.STATUS_CREATED));
                    } catch (CliException e) {
                        // As the runtime spec says: the container is stopped.
                        c.control().kill(io.runj.platform.Signal.SIGKILL, true);
                        throw e;
                    }
                    c.control().start();
                    LifecycleHooks.runWarning(global, hooks, LifecycleHooks.Kind.POSTSTART, c.hookState(State.STATUS_RUNNING));
                }
            }
        } catch (ControlException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("starting container " + id + ": " + e.getMessage());
        }
    }
}
