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

    /** The signals a runtime passes on to what it supervises rather than dying of them itself. */
    private static final String[] FORWARDED = {"HUP", "INT", "TERM", "USR1", "USR2", "WINCH", "CONT"};

    /**
     * From now on, the forwarded signals this JVM receives are sent on to {@code pid} (the sentry,
     * or the guest's init). WINCH is left out when {@code winch} is false: a runtime relaying a
     * terminal resizes the pty instead, which signals the guest's foreground group itself.
     */
    @SuppressWarnings("restriction")
    public static void forwardTo(int pid, boolean winch) {
        for (String name : FORWARDED) {
            if (winch || !name.equals("WINCH")) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> tryKill(pid, sig.getNumber()));
            }
        }
    }
}
