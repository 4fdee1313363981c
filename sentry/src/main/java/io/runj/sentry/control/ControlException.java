package io.runj.sentry.control;

/** The sentry refused a request; the message is its reason, as runc would word it. */
public final class ControlException extends RuntimeException {
    public ControlException(String message) {
        super(message);
    }
}
