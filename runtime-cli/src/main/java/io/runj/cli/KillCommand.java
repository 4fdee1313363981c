package io.runj.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.Callable;

import io.runj.oci.State;
import io.runj.platform.Signal;
import io.runj.sentry.control.ControlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj kill ID [SIGNAL]}: the sentry signals the guest's init (every guest process with
 * --all). It is not enough to signal the sentry, which forwards what it can: KILL and STOP cannot
 * be caught, and before start the sentry must decide what the signal does to the stub.
 */
@Command(name = "kill", description = "Send a signal (default: SIGTERM) to the container's init process.")
public final class KillCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-a", "--all"}, description = "Send the signal to all processes inside the container.")
    boolean all;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id.")
    String id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SIGNAL", description = "A name (TERM, SIGTERM) or number; default TERM.")
    String signal = "TERM";

    @Override
    public Integer call() {
        int signo;
        try {
            signo = Signal.parse(signal);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        Container c = Container.load(main.global.root, id);
        try (FileChannel lock = c.dir().lock()) {
            c = Container.load(main.global.root, id);
            if (c.status().equals(State.STATUS_STOPPED)) {
                throw new CliException("container not running");
            }
            if (c.status().equals(State.STATUS_PAUSED)) {
                PauseCommand.killPaused(c, signo, all);
            } else {
                c.control().kill(signo, all);
            }
        } catch (ControlException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            // The sentry went away between our look and our request: it has stopped.
            throw new CliException("container not running");
        }
        return 0;
    }
}
