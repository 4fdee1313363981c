package io.runj.platform;

import jnr.ffi.Pointer;

/**
 * waitpid(2) with a reusable status buffer. One per thread that waits; the tracer thread must be
 * the one waiting for its tracees' stops.
 */
public final class Waiter {
    public static final int WNOHANG = 1;
    public static final int WUNTRACED = 2;
    public static final int WALL = 0x40000000;

    private final Pointer status = Native.allocate(4);
    private final long statusAddr = status.address();
    private int lastStatus;

    /**
     * Waits for a state change of {@code pid} (-1 for any). Returns the tid that changed, 0 under
     * WNOHANG when none did; the status is then {@link #status()}. EINTR is retried.
     */
    public int waitpid(int pid, int options) {
        while (true) {
            int rc = Native.LIBC.waitpid(pid, statusAddr, options);
            if (rc >= 0) {
                lastStatus = status.getInt(0);
                return rc;
            }
            int e = Native.errno();
            if (e != Errno.EINTR) {
                throw new NativeException("waitpid", e);
            }
        }
    }

    public int status() {
        return lastStatus;
    }
}
