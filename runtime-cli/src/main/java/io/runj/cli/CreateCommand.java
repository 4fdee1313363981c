package io.runj.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code runj create ID}: the sandbox is up and the container's init exists, set up to its
 * execve, but has run no code of its own; {@code runj start} runs it. The sentry keeps the
 * caller's stdio and outlives this command.
 */
@Command(name = "create", description = "Create a container: set up its process without starting it.")
public final class CreateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CreateOptions options;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id, unique on this host.")
    String id;

    @Override
    public Integer call() throws InterruptedException {
        Creation.create(main.global, options.bundle, id, options.consoleSocket, options.pidFile, options.preserveFds);
        return 0;
    }
}
