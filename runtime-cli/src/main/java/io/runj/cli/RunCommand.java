package io.runj.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.runj.platform.Signals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code runj run ID}: creates and starts the container in the foreground and exits with its status. */
@Command(name = "run", description = "Create and run a container, in the foreground, and exit with its status.")
public final class RunCommand implements Callable<Integer> {
    private static final String[] FORWARDED = {"HUP", "INT", "TERM", "USR1", "USR2", "WINCH", "CONT"};

    @ParentCommand
    Main main;

    @Option(names = {"-b", "--bundle"}, description = "Path to the root of the bundle directory (default: current directory).")
    Path bundle = Path.of("");

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id, unique on this host.")
    String id;

    @Override
    public Integer call() throws InterruptedException {
        ContainerIds.check(id);
        Path dir = Bundles.directory(bundle);
        Bundles.load(dir);
        StateDir state = StateDir.create(main.global.root, id);
        try {
            Process sentry = SentryProcess.start(main.global, dir, id);
            forwardSignals(sentry.pid());
            return sentry.waitFor();
        } finally {
            state.remove();
        }
    }

    /** Signals to runj reach the sentry, which passes them on to the guest's init. */
    @SuppressWarnings("restriction")
    private static void forwardSignals(long pid) {
        for (String name : FORWARDED) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> Signals.tryKill((int) pid, sig.getNumber()));
        }
    }
}
