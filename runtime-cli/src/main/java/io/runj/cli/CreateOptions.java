package io.runj.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options {@code create} and {@code run} share, as runc's do. */
public final class CreateOptions {
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

    @Option(names = "--preserve-fds", description = "Pass N additional fds (3 to 3+N-1, after any $LISTEN_FDS) to the container.")
    int preserveFds;
}
