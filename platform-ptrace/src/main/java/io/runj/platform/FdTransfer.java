package io.runj.platform;

/**
 * Takes a copy of another process's fd with pidfd_getfd(2) (Linux 5.6). The caller needs ptrace
 * access to the process: the sentry uses it on the stub it traces, to keep one end of a socket
 * pair made inside the stub.
 */
public final class FdTransfer {
    private static final int SYS_PIDFD_OPEN = 434;
    private static final int SYS_PIDFD_GETFD = 438;

    private FdTransfer() {
    }

    /** A close-on-exec duplicate, in this process, of fd {@code fd} of process {@code pid}. */
    public static int take(int pid, int fd) {
        int pidfd = (int) Native.check("pidfd_open", Native.LIBC.syscall(SYS_PIDFD_OPEN, pid, 0, 0, 0, 0, 0));
        try {
            return (int) Native.check("pidfd_getfd", Native.LIBC.syscall(SYS_PIDFD_GETFD, pidfd, fd, 0, 0, 0, 0));
        } finally {
            HostFs.close(pidfd);
        }
    }
}
