package io.runj.platform;

/** kill(2) and tgkill(2). */
public final class Signals {
    private static final int SYS_TGKILL = 234;

    private Signals() {
    }

    public static void kill(int pid, int sig) {
        Native.check("kill", Native.LIBC.kill(pid, sig));
    }

    /** kill(2) that reports success instead of throwing: false when the process is gone. */
    public static boolean tryKill(int pid, int sig) {
        return Native.LIBC.kill(pid, sig) == 0;
    }

    public static void tgkill(int tgid, int tid, int sig) {
        Native.check("tgkill", Native.LIBC.syscall(SYS_TGKILL, tgid, tid, sig, 0, 0, 0));
    }
}
