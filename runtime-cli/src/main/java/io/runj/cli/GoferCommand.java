package io.runj.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.runj.gofer.Gofer;
import io.runj.gofer.MountSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code runj gofer}: the file server of one container, started beside its sentry, which it
 * connects to (docs/gofer-protocol.md). Started by runj, not by people.
 */
@Command(name = "gofer", hidden = true, description = "Serve a container's files to its sentry (internal).")
public final class GoferCommand implements Callable<Integer> {
    @Option(names = "--connect", required = true, paramLabel = "SOCKET",
            description = "The sentry's listening socket to connect to.")
    String connect;

    @Option(names = "--mount", required = true, paramLabel = "ro|rw[,rbind]:PATH",
            description = "A tree to serve; the N-th --mount is handle N.")
    List<String> mounts;

    @Override
    public Integer call() {
        List<MountSpec> specs = new ArrayList<>();
        for (String m : mounts) {
            try {
                specs.add(MountSpec.parse(m));
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }
        Gofer.run(connect, specs);
        return 0;
    }
}
