package io.runj.platform;

/** Sessions and process groups of the calling process. */
public final class Sessions {
    private static final int SYS_SETSID = 112;

    private Sessions() {
    }

    /** setsid(2); a process that already leads a group keeps its session (EPERM is not an error here). */
    public static void setsid() {
        long rc = Native.LIBC.syscall(SYS_SETSID, 0, 0, 0, 0, 0, 0);
        if (rc < 0 && Native.errno() != Errno.EPERM) {
            throw new NativeException("setsid", Native.errno());
        }
    }
}
