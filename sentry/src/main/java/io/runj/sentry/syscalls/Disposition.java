package io.runj.sentry.syscalls;

import io.runj.platform.SeccompFilter;

/** What the seccomp filter does with a syscall. */
public enum Disposition {
    /** SECCOMP_RET_ALLOW: the host kernel runs it untrapped, at native speed. */
    PASSTHROUGH,
    /** SECCOMP_RET_TRACE: the guest stops and the sentry decides (see {@link Handling}). */
    EMULATE,
    /** SECCOMP_RET_ERRNO: the call fails with a fixed errno, without reaching the kernel or the sentry. */
    DENY;

    /** The SECCOMP_RET_* value; {@code errno} only matters for DENY. */
    int seccompAction(int errno) {
        return switch (this) {
            case PASSTHROUGH -> SeccompFilter.RET_ALLOW;
            case EMULATE -> SeccompFilter.RET_TRACE;
            case DENY -> SeccompFilter.RET_ERRNO | (errno & 0xffff);
        };
    }
}
