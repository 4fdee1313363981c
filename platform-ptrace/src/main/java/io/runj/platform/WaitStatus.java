package io.runj.platform;

/** Decoding of the int status waitpid(2) returns, as the W* macros of sys/wait.h do. */
public final class WaitStatus {
    private WaitStatus() {
    }

    public static boolean exited(int s) {
        return (s & 0x7f) == 0;
    }

    public static int exitCode(int s) {
        return (s >> 8) & 0xff;
    }

    public static boolean signaled(int s) {
        return ((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) != 0x7f;
    }

    public static int termSig(int s) {
        return s & 0x7f;
    }

    public static boolean stopped(int s) {
        return (s & 0xff) == 0x7f;
    }

    /** The stop signal; SIGTRAP|0x80 marks a syscall stop under PTRACE_O_TRACESYSGOOD. */
    public static int stopSig(int s) {
        return (s >> 8) & 0xff;
    }

    /** The PTRACE_EVENT_* of a stop, 0 for none. */
    public static int event(int s) {
        return (s >> 16) & 0xff;
    }

    /** The shell's view of a status: the exit code, or 128+N for death by signal N. */
    public static int shellStatus(int s) {
        return exited(s) ? exitCode(s) : 128 + termSig(s);
    }
}
