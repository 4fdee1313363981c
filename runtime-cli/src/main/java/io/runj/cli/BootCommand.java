package io.runj.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.runj.oci.Spec;
import io.runj.platform.Sessions;
import io.runj.sentry.Sentry;
import io.runj.sentry.exec.GuestProcesses;
import io.runj.sentry.exec.SetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code runj boot}: the sentry process of one container. Started by run/create, not by people. */
@Command(name = "boot", hidden = true, description = "Run the sentry of a container (internal).")
public final class BootCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--bundle", required = true)
    Path bundle;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        Path dir = Bundles.directory(bundle);
        Spec spec = Bundles.load(dir);
        // Our own session: a terminal's ^C reaches the runj that started us, which forwards it once.
        Sessions.setsid();
        try {
            return Sentry.run(GuestProcesses.fromSpec(spec, dir), main.global.straceOutput());
        } catch (SetupException e) {
            throw new CliException(e.getMessage(), e.exitCode());
        }
    }
}
