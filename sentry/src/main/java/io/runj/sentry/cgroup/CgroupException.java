package io.runj.sentry.cgroup;

/** A cgroup could not be created, joined, changed, read or removed; the message names the file. */
public final class CgroupException extends RuntimeException {
    public CgroupException(String message) {
        super(message);
    }
}
