package io.runj.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = {"-b", "--bundle"}, description = "Path to the root of the bundle directory (default: current directory).")
    Path bundle = Path.of("");

    @Option(names = "--pid-file", description = "File to write the container's pid to (the sentry's).")
    Path pidFile;

    @Option(names = "--console-socket", description = "Unix socket to send the pty master to (process.terminal: true).")
    Path consoleSocket;

    @Option(names = "--no-pivot", description = "Accepted for compatibility with runc: the root is never pivoted.")
    boolean noPivot;

    @Option(names = "--no-new-keyring", description = "Accepted for compatibility with runc: no session keyring is made.")
    boolean noNewKeyring;

    @Option(names = "--preserve-fds", description = "Number of fds after stdio to pass to the container (only 0 today).")
    int preserveFds;

    @Parameters(index = "0", paramLabel = "ID", description = "The container's id, unique on this host.")
    String id;

    @Override
    public Integer call() throws InterruptedException {
        PreservedFds.check(preserveFds);
        Creation.create(main.global, bundle, id, consoleSocket, pidFile);
        return 0;
    }
}
