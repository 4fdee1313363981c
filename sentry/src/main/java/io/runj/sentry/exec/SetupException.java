package io.runj.sentry.exec;

/** Starting the guest failed before any of its code ran; the message names the step and the cause. */
public class SetupException extends RuntimeException {
    private final int exitCode;

    public SetupException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The status the runtime exits with: 127 for a program not found, 126 not executable, else 1. */
    public int exitCode() {
        return exitCode;
    }
}
