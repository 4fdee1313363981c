package io.runj.sentry.syscalls;

/** The sentry's decision on a trapped call. */
@FunctionalInterface
public interface SyscallCheck {
    /** Returned by {@link #check} to let the host kernel run the call as it is. */
    long RUN = Long.MIN_VALUE;

    /** {@link #RUN}, or the guest's return value (-errno for a refusal) when the sentry answers itself. */
    long check(GuestCall call);
}
