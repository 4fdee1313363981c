package io.runj.cli;

/**
 * A user-facing failure: printed as one line {@code runj: MESSAGE} on stderr, and the process exits
 * with {@link #exitCode()}. Exit codes are listed in docs/cli.md.
 */
public class CliException extends RuntimeException {
    /** Bad input: a missing or invalid bundle, config, id or argument. */
    public static final int USAGE = 1;

    private final int exitCode;

    public CliException(String message) {
        this(message, USAGE);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
