package io.runj.sentry.control;

/** The sentry refused a request; the message is its reason, as runc would word it. */
public final class ControlException extends RuntimeException {
    private final int exitCode;

    public ControlException(String message) {
        this(message, 1);
    }

    public ControlException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The status a runtime command exits with for this refusal: 127/126 for a program not found/not executable, else 1. */
    public int exitCode() {
        return exitCode;
    }
}
