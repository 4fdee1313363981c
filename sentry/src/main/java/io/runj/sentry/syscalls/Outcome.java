package io.runj.sentry.syscalls;

import io.runj.platform.Errno;

/** A disposition together with its errno (DENY only). */
public record Outcome(Disposition disposition, int errno) {
    public static final Outcome PASS = new Outcome(Disposition.PASSTHROUGH, 0);
    public static final Outcome TRAP = new Outcome(Disposition.EMULATE, 0);

    public static Outcome deny(int errno) {
        return new Outcome(Disposition.DENY, errno);
    }

    int seccompAction() {
        return disposition.seccompAction(errno);
    }

    @Override
    public String toString() {
        return disposition == Disposition.DENY ? "DENY " + Errno.name(errno) : disposition.name();
    }
}
