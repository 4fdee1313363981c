package io.runj.platform;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * x86-64 Linux signal numbers.
 *
 * <p>Real-time signals: the kernel's first real-time signal is 32, but glibc's NPTL reserves 32 and
 * 33 for itself, so user space (glibc's {@code SIGRTMIN}, {@code kill -l}, runc) sees SIGRTMIN as
 * 34. {@link #SIGRTMIN} follows glibc; {@link #KERNEL_SIGRTMIN} is the kernel's 32.
 *
 * <p>{@link #name} prints signals the way strace does (kernel view: 32 is "SIGRTMIN", 33..64 are
 * "SIGRT_1".."SIGRT_32"), while {@link #parse} accepts what runc's {@code kill} accepts (glibc
 * view: "RTMIN" is 34). The two agree on every signal except 32.
 */
public final class Signal {

    public static final int SIGHUP = 1;
    public static final int SIGINT = 2;
    public static final int SIGQUIT = 3;
    public static final int SIGILL = 4;
    public static final int SIGTRAP = 5;
    public static final int SIGABRT = 6;
    public static final int SIGIOT = SIGABRT;
    public static final int SIGBUS = 7;
    public static final int SIGFPE = 8;
    public static final int SIGKILL = 9;
    public static final int SIGUSR1 = 10;
    public static final int SIGSEGV = 11;
    public static final int SIGUSR2 = 12;
    public static final int SIGPIPE = 13;
    public static final int SIGALRM = 14;
    public static final int SIGTERM = 15;
    public static final int SIGSTKFLT = 16;
    public static final int SIGCHLD = 17;
    public static final int SIGCLD = SIGCHLD;
    public static final int SIGCONT = 18;
    public static final int SIGSTOP = 19;
    public static final int SIGTSTP = 20;
    public static final int SIGTTIN = 21;
    public static final int SIGTTOU = 22;
    public static final int SIGURG = 23;
    public static final int SIGXCPU = 24;
    public static final int SIGXFSZ = 25;
    public static final int SIGVTALRM = 26;
    public static final int SIGPROF = 27;
    public static final int SIGWINCH = 28;
    public static final int SIGIO = 29;
    public static final int SIGPOLL = SIGIO;
    public static final int SIGPWR = 30;
    public static final int SIGSYS = 31;

    /** The kernel's first real-time signal; glibc keeps 32 and 33 for NPTL. */
    public static final int KERNEL_SIGRTMIN = 32;
    /** SIGRTMIN as glibc, {@code kill -l} and runc see it. */
    public static final int SIGRTMIN = 34;
    public static final int SIGRTMAX = 64;
    /** One past the largest signal number, like the kernel's _NSIG + 1 array bound. */
    public static final int NSIG = 65;

    private static final String[] NAMES = new String[KERNEL_SIGRTMIN + 1];
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    static {
        def(SIGHUP, "HUP");
        def(SIGINT, "INT");
        def(SIGQUIT, "QUIT");
        def(SIGILL, "ILL");
        def(SIGTRAP, "TRAP");
        def(SIGABRT, "ABRT");
        def(SIGBUS, "BUS");
        def(SIGFPE, "FPE");
        def(SIGKILL, "KILL");
        def(SIGUSR1, "USR1");
        def(SIGSEGV, "SEGV");
        def(SIGUSR2, "USR2");
        def(SIGPIPE, "PIPE");
        def(SIGALRM, "ALRM");
        def(SIGTERM, "TERM");
        def(SIGSTKFLT, "STKFLT");
        def(SIGCHLD, "CHLD");
        def(SIGCONT, "CONT");
        def(SIGSTOP, "STOP");
        def(SIGTSTP, "TSTP");
        def(SIGTTIN, "TTIN");
        def(SIGTTOU, "TTOU");
        def(SIGURG, "URG");
        def(SIGXCPU, "XCPU");
        def(SIGXFSZ, "XFSZ");
        def(SIGVTALRM, "VTALRM");
        def(SIGPROF, "PROF");
        def(SIGWINCH, "WINCH");
        def(SIGIO, "IO");
        def(SIGPWR, "PWR");
        def(SIGSYS, "SYS");
        NAMES[KERNEL_SIGRTMIN] = "SIGRTMIN";
        // Aliases runc (moby/sys/signal) accepts.
        BY_NAME.put("IOT", SIGIOT);
        BY_NAME.put("CLD", SIGCLD);
        BY_NAME.put("POLL", SIGPOLL);
    }

    private Signal() {
    }

    private static void def(int signo, String shortName) {
        NAMES[signo] = "SIG" + shortName;
        BY_NAME.put(shortName, signo);
    }

    /** True for 1..64, the signals x86-64 Linux delivers. */
    public static boolean isValid(int signo) {
        return signo >= 1 && signo <= SIGRTMAX;
    }

    /**
     * The strace name: "SIGTERM", "SIGRTMIN" for 32, "SIGRT_n" for 32+n; the bare number for
     * anything else (including 0, which strace prints as "0").
     */
    public static String name(int signo) {
        if (signo >= 1 && signo <= KERNEL_SIGRTMIN) {
            return NAMES[signo];
        }
        if (signo > KERNEL_SIGRTMIN && signo <= SIGRTMAX) {
            return "SIGRT_" + (signo - KERNEL_SIGRTMIN);
        }
        return Integer.toString(signo);
    }

    /**
     * Parses a signal the way runc's {@code kill} does: a number ("15"), a name with or without
     * the SIG prefix in any case ("TERM", "SIGTERM", "sigterm"), or a real-time offset relative to
     * glibc's bounds ("RTMIN", "RTMIN+3", "RTMAX-1"). strace's "RT_n" form is accepted too, so
     * {@code parse(name(n)) == n} for every n but 32.
     *
     * @throws IllegalArgumentException "unknown signal: X" for anything else, including 0
     */
    public static int parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("SIG")) {
            s = s.substring(3);
        }
        Integer signo = s.isEmpty() ? null : lookup(s);
        if (signo == null || !isValid(signo)) {
            throw new IllegalArgumentException("unknown signal: " + text);
        }
        return signo;
    }

    private static Integer lookup(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() <= 3 ? Integer.valueOf(s) : null;
        }
        Integer named = BY_NAME.get(s);
        if (named != null) {
            return named;
        }
        if (s.equals("RTMIN")) {
            return SIGRTMIN;
        }
        if (s.equals("RTMAX")) {
            return SIGRTMAX;
        }
        Integer offset;
        if ((offset = suffixNumber(s, "RTMIN+")) != null) {
            return within(SIGRTMIN + offset, SIGRTMIN);
        }
        if ((offset = suffixNumber(s, "RTMAX-")) != null) {
            return within(SIGRTMAX - offset, SIGRTMIN);
        }
        if ((offset = suffixNumber(s, "RT_")) != null) {
            return within(KERNEL_SIGRTMIN + offset, KERNEL_SIGRTMIN + 1);
        }
        return null;
    }

    private static Integer suffixNumber(String s, String prefix) {
        if (!s.startsWith(prefix)) {
            return null;
        }
        String digits = s.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** The glibc forms stay within glibc's real-time range; strace's RT_n within the kernel's. */
    private static Integer within(int signo, int lowest) {
        return signo >= lowest && signo <= SIGRTMAX ? signo : null;
    }
}
