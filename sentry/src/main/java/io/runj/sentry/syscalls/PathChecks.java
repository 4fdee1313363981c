package io.runj.sentry.syscalls;

import io.runj.platform.Errno;

/**
 * Checks of path calls the host still runs. Their directory fds are refused: an fd the gofer
 * opened belongs to a host mount the guest's chroot does not confine, so `..` from it would climb
 * out. The fds are register values, so no other thread can change them after the check.
 */
final class PathChecks {
    private static final int AT_FDCWD = -100;

    private PathChecks() {
    }

    /** RUN when every listed argument is AT_FDCWD, else EOPNOTSUPP. */
    static SyscallCheck dirfds(int... args) {
        return c -> {
            for (int a : args) {
                if (c.intArg(a) != AT_FDCWD) {
                    return -Errno.EOPNOTSUPP;
                }
            }
            return SyscallCheck.RUN;
        };
    }
}
