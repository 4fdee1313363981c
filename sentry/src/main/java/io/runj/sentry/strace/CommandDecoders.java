package io.runj.sentry.strace;

import static io.runj.sentry.strace.StraceText.addr;
import static io.runj.sentry.strace.StraceText.hex;

import io.runj.platform.Signal;
import io.runj.platform.syscall.ArgKind;
import java.util.List;

/**
 * Calls whose printed arguments depend on a command argument (futex, prctl, ptrace, arch_prctl,
 * fcntl), and clone, which strace prints with named fields in its own order. Each follows the
 * matching decoder in strace's sources.
 */
final class CommandDecoders {

    private CommandDecoders() {
    }

    /** True for the kinds that print themselves and every argument after them. */
    static boolean laysOutRest(ArgKind kind) {
        return kind == ArgKind.PTRACE_REQ || kind == ArgKind.PRCTL_OPTION
                || kind == ArgKind.ARCH_PRCTL_CODE || kind == ArgKind.FUTEX_OP;
    }

    /** Appends the argument at {@code index}, a {@link #laysOutRest} kind, and those after it. */
    static void decodeRest(TraceeCall c, int index, List<String> out) {
        switch (c.info.arg(index)) {
            case FUTEX_OP -> futex(c, index, out);
            case PRCTL_OPTION -> prctl(c, index, out);
            case PTRACE_REQ -> ptrace(c, index, out);
            case ARCH_PRCTL_CODE -> archPrctl(c, index, out);
            default -> throw new IllegalArgumentException(c.info.arg(index) + " has a fixed layout");
        }
    }

    /** clone(child_stack=..., flags=...|SIGCHLD, parent_tid=..., tls=..., child_tidptr=...). */
    static void clone(TraceeCall c, List<String> out) {
        long flags = c.arg(0) & ~0xffL;
        int exitSignal = (int) (c.arg(0) & 0xff);
        out.add("child_stack=" + addr(c.arg(1)));
        String flagText = flags == 0 ? Signal.name(exitSignal)
                : Xlats.CLONE_FLAGS.flags(flags) + (exitSignal != 0 ? "|" + Signal.name(exitSignal) : "");
        out.add("flags=" + flagText);
        if ((flags & (Xlats.CLONE_PARENT_SETTID | Xlats.CLONE_PIDFD)) != 0) {
            // The kernel stores the child's tid (or pidfd) there; readable once clone returned.
            out.add("parent_tid=" + c.output(c.arg(2), a -> c.intOut(a, Integer::toString)));
        }
        if ((flags & Xlats.CLONE_SETTLS) != 0) {
            out.add("tls=" + addr(c.arg(4)));
        }
        if ((flags & (Xlats.CLONE_CHILD_SETTID | Xlats.CLONE_CHILD_CLEARTID)) != 0) {
            out.add("child_tidptr=" + addr(c.arg(3)));
        }
    }

    /** The argument fcntl takes for {@code cmd}, or null for the commands that take none. */
    static String fcntlArg(TraceeCall c, int cmd, long arg) {
        return switch (cmd) {
            case F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_GETPIPE_SZ, F_GET_SEALS -> null;
            case F_DUPFD, F_DUPFD_CLOEXEC, F_DUPFD_QUERY, F_SETOWN, F_SETPIPE_SZ -> Integer.toString((int) arg);
            case F_SETFD -> Xlats.FD_CLOEXEC.flags(arg & 0xffffffffL);
            case F_SETFL -> ArgDecoder.openModes(arg & 0xffffffffL);
            case F_SETSIG -> Signal.name((int) arg);
            case F_SETLEASE -> Xlats.LEASE_TYPES.value(arg & 0xffffffffL);
            case F_ADD_SEALS -> Xlats.SEALS.flags(arg & 0xffffffffL);
            case F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_GETOWN_EX, F_SETOWN_EX ->
                    addr(arg);
            default -> hex(arg);
        };
    }

    /**
     * What strace appends to a successful result of a command-style call: fcntl's F_GETFD and
     * F_GETFL print their value in hex with its flags, prctl's PR_GET_DUMPABLE names the value.
     * Null when the result prints plainly.
     */
    static String result(TraceeCall c) {
        int fcntl = c.info.indexOf(ArgKind.FCNTL_CMD);
        if (fcntl >= 0) {
            switch ((int) c.arg(fcntl)) {
                case F_GETFD -> {
                    String flags = Xlats.FD_CLOEXEC.flagsOrNull(c.ret);
                    return c.ret == 0 || flags == null ? null : hex(c.ret) + " (flags " + flags + ")";
                }
                case F_GETFL -> {
                    return hex(c.ret) + " (flags " + ArgDecoder.openModes(c.ret) + ")";
                }
                default -> {
                    return null;
                }
            }
        }
        if (c.info.indexOf(ArgKind.PRCTL_OPTION) == 0 && c.uarg(0) == PR_GET_DUMPABLE) {
            String name = Xlats.PR_DUMPABLE.lookup(c.ret);
            return name == null ? null : c.ret + " (" + name + ")";
        }
        return null;
    }

    private static void futex(TraceeCall c, int index, List<String> out) {
        int op = (int) c.arg(index);
        long val = c.uarg(index + 1);
        long timeout = c.arg(index + 2);
        long val2 = c.uarg(index + 2);
        long uaddr2 = c.arg(index + 3);
        long val3 = c.uarg(index + 4);
        out.add(futexOp(op));
        switch (op & FUTEX_CMD_MASK) {
            case FUTEX_WAIT -> add(out, Long.toString(val), c.timespec(timeout));
            case FUTEX_LOCK_PI, FUTEX_LOCK_PI2 -> out.add(c.timespec(timeout));
            case FUTEX_WAIT_BITSET -> add(out, Long.toString(val), c.timespec(timeout), bitset(val3));
            case FUTEX_WAKE_BITSET -> add(out, Long.toString(val), bitset(val3));
            case FUTEX_REQUEUE -> add(out, Long.toString(val), Long.toString(val2), addr(uaddr2));
            case FUTEX_CMP_REQUEUE, FUTEX_CMP_REQUEUE_PI ->
                    add(out, Long.toString(val), Long.toString(val2), addr(uaddr2), Long.toString(val3));
            case FUTEX_WAKE_OP -> add(out, Long.toString(val), Long.toString(val2), addr(uaddr2), wakeOp(val3));
            case FUTEX_WAIT_REQUEUE_PI -> add(out, Long.toString(val), c.timespec(timeout), addr(uaddr2));
            case FUTEX_FD, FUTEX_WAKE -> out.add(Long.toString(val));
            case FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI -> { }
            default -> add(out, Long.toString(val), addr(timeout), addr(uaddr2), hex(val3));
        }
    }

    /** FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, or hex for combinations strace does not name. */
    private static String futexOp(int op) {
        int cmd = op & FUTEX_CMD_MASK;
        boolean realtime = (op & FUTEX_CLOCK_REALTIME) != 0;
        String name = Xlats.FUTEX_CMDS.lookup(cmd);
        boolean known = name != null && (op & ~(FUTEX_CMD_MASK | FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME)) == 0
                && (!realtime || cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET
                        || cmd == FUTEX_WAIT_REQUEUE_PI || cmd == FUTEX_LOCK_PI2);
        if (!known) {
            return Xlats.FUTEX_CMDS.unknown(op & 0xffffffffL);
        }
        return name + ((op & FUTEX_PRIVATE_FLAG) != 0 ? "_PRIVATE" : "") + (realtime ? "|FUTEX_CLOCK_REALTIME" : "");
    }

    private static String bitset(long val3) {
        String name = Xlats.FUTEX_BITSET.lookup(val3);
        return name != null ? name : hex(val3);
    }

    /** FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1, the fields of FUTEX_OP(). */
    private static String wakeOp(long val3) {
        StringBuilder out = new StringBuilder();
        if (((val3 >> 28) & FUTEX_OP_OPARG_SHIFT) != 0) {
            out.append("FUTEX_OP_OPARG_SHIFT<<28|");
        }
        long op = (val3 >> 28) & 7;
        String opName = Xlats.FUTEX_WAKE_OPS.lookup(op);
        out.append(opName != null ? opName : hex(op)).append("<<28");
        if (opName == null) {
            out.append(" /* FUTEX_OP_??? */");
        }
        out.append('|').append(hex((val3 >> 12) & 0xfff)).append("<<12|");
        long cmp = (val3 >> 24) & 0xf;
        String cmpName = Xlats.FUTEX_WAKE_CMPS.lookup(cmp);
        out.append(cmpName != null ? cmpName : hex(cmp)).append("<<24");
        if (cmpName == null) {
            out.append(" /* FUTEX_OP_CMP_??? */");
        }
        return out.append('|').append(hex(val3 & 0xfff)).toString();
    }

    private static void prctl(TraceeCall c, int index, List<String> out) {
        long option = c.uarg(index);
        long arg2 = c.arg(index + 1);
        long arg3 = c.arg(index + 2);
        out.add(Xlats.PRCTL_OPTIONS.value(option));
        switch ((int) option) {
            case PR_GET_KEEPCAPS, PR_GET_SECCOMP, PR_GET_TIMERSLACK, PR_GET_TIMING, PR_GET_DUMPABLE,
                    PR_TASK_PERF_EVENTS_DISABLE, PR_TASK_PERF_EVENTS_ENABLE -> { }
            case PR_GET_CHILD_SUBREAPER, PR_GET_ENDIAN, PR_GET_FPEMU, PR_GET_FPEXC ->
                    out.add(c.output(arg2, a -> c.intOut(a, v -> Integer.toUnsignedString(v))));
            case PR_GET_NAME -> out.add(c.output(arg2, a -> c.string(a, TASK_COMM_LEN, true, false)));
            case PR_GET_PDEATHSIG -> out.add(c.output(arg2, a -> c.intOut(a, Signal::name)));
            case PR_GET_TID_ADDRESS -> out.add(c.output(arg2, a -> c.wordOut(a, StraceText::hex)));
            case PR_SET_CHILD_SUBREAPER, PR_SET_ENDIAN, PR_SET_FPEMU, PR_SET_FPEXC, PR_SET_KEEPCAPS, PR_SET_TIMING ->
                    out.add(Long.toUnsignedString(arg2));
            case PR_SET_DUMPABLE -> out.add(Xlats.PR_DUMPABLE.value(arg2));
            case PR_CAPBSET_READ, PR_CAPBSET_DROP -> out.add(Xlats.CAPABILITIES.value(arg2));
            case PR_CAP_AMBIENT -> {
                out.add(Xlats.PR_CAP_AMBIENT.value(arg2));
                boolean takesCap = arg2 == PR_CAP_AMBIENT_IS_SET || arg2 == PR_CAP_AMBIENT_RAISE
                        || arg2 == PR_CAP_AMBIENT_LOWER;
                if (takesCap) {
                    out.add(Xlats.CAPABILITIES.value(arg3));
                }
                hexFrom(c, index + (takesCap ? 3 : 2), out);
            }
            // The kernel keeps 15 characters; strace prints at most that many.
            case PR_SET_NAME -> out.add(c.string(arg2, TASK_COMM_LEN - 1, true, false));
            case PR_SET_PDEATHSIG -> out.add(Long.compareUnsigned(arg2, 128) > 0
                    ? Long.toUnsignedString(arg2) : Signal.name((int) arg2));
            case PR_SET_PTRACER -> out.add((int) arg2 == -1 ? "PR_SET_PTRACER_ANY" : Integer.toString((int) arg2));
            case PR_SET_SECCOMP -> {
                out.add(Xlats.SECCOMP_MODES.value(arg2));
                if (arg2 == SECCOMP_MODE_FILTER) {
                    out.add(addr(arg3));
                } else if (arg2 != SECCOMP_MODE_STRICT) {
                    hexFrom(c, index + 2, out);
                }
            }
            case PR_SET_TIMERSLACK -> out.add(Long.toString(arg2));
            case PR_SET_NO_NEW_PRIVS, PR_SET_THP_DISABLE, PR_SET_IO_FLUSHER -> {
                out.add(Long.toUnsignedString(arg2));
                hexFrom(c, index + 2, out);
            }
            default -> hexFrom(c, index + 1, out);
        }
    }

    /** The remaining prctl arguments as raw hex, strace's print_prctl_args. */
    private static void hexFrom(TraceeCall c, int from, List<String> out) {
        for (int i = from; i < c.info.argCount(); i++) {
            out.add(hex(c.arg(i)));
        }
    }

    private static void ptrace(TraceeCall c, int index, List<String> out) {
        long request = c.arg(index);
        long addr = c.arg(index + 2);
        long data = c.arg(index + 3);
        out.add(Xlats.PTRACE_REQUESTS.value(request));
        if (request == PTRACE_TRACEME) {
            return;
        }
        out.add(Integer.toString((int) c.arg(index + 1)));
        switch ((int) request) {
            case PTRACE_ATTACH, PTRACE_INTERRUPT, PTRACE_KILL, PTRACE_LISTEN -> {
                return;
            }
            // x86 ignores addr for the whole-register-file requests, and strace leaves it out.
            case PTRACE_GETREGS, PTRACE_SETREGS, PTRACE_GETFPREGS, PTRACE_SETFPREGS, PTRACE_GETFPXREGS,
                    PTRACE_SETFPXREGS -> { }
            case PTRACE_GETREGSET, PTRACE_SETREGSET -> out.add(Xlats.NT_TYPES.value(addr));
            case PTRACE_GETSIGMASK, PTRACE_SETSIGMASK, PTRACE_SECCOMP_GET_FILTER, PTRACE_GET_SYSCALL_INFO,
                    PTRACE_GET_RSEQ_CONFIGURATION -> out.add(Long.toUnsignedString(addr));
            default -> out.add(addr(addr));
        }
        out.add(switch ((int) request) {
            case PTRACE_CONT, PTRACE_DETACH, PTRACE_SYSCALL, PTRACE_SINGLESTEP, PTRACE_SINGLEBLOCK, PTRACE_SYSEMU,
                    PTRACE_SYSEMU_SINGLESTEP -> Signal.name((int) data);
            case PTRACE_SEIZE, PTRACE_SETOPTIONS -> Xlats.PTRACE_OPTIONS.flags(data);
            case PTRACE_PEEKTEXT, PTRACE_PEEKDATA, PTRACE_PEEKUSER ->
                    c.output(data, a -> c.wordOut(a, StraceText::hex));
            case PTRACE_GETEVENTMSG -> c.output(data, a -> c.wordOut(a, Long::toUnsignedString));
            default -> addr(data);
        });
    }

    private static void archPrctl(TraceeCall c, int index, List<String> out) {
        long code = c.uarg(index);
        long arg = c.arg(index + 1);
        out.add(Xlats.ARCH_PRCTL_CODES.value(code));
        switch ((int) code) {
            case ARCH_GET_FS, ARCH_GET_GS -> out.add(c.output(arg, a -> c.wordOut(a, StraceText::hex)));
            case ARCH_GET_CPUID -> { }
            default -> out.add(hex(arg));
        }
    }

    private static void add(List<String> out, String... items) {
        out.addAll(List.of(items));
    }

    private static final int F_DUPFD = 0;
    private static final int F_GETFD = 1;
    private static final int F_SETFD = 2;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int F_GETLK = 5;
    private static final int F_SETLK = 6;
    private static final int F_SETLKW = 7;
    private static final int F_SETOWN = 8;
    private static final int F_GETOWN = 9;
    private static final int F_SETSIG = 10;
    private static final int F_GETSIG = 11;
    private static final int F_SETOWN_EX = 15;
    private static final int F_GETOWN_EX = 16;
    private static final int F_OFD_GETLK = 36;
    private static final int F_OFD_SETLK = 37;
    private static final int F_OFD_SETLKW = 38;
    private static final int F_SETLEASE = 1024;
    private static final int F_GETLEASE = 1025;
    private static final int F_DUPFD_QUERY = 1027;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int F_SETPIPE_SZ = 1031;
    private static final int F_GETPIPE_SZ = 1032;
    private static final int F_ADD_SEALS = 1033;
    private static final int F_GET_SEALS = 1034;

    private static final int FUTEX_CMD_MASK = 127;
    private static final int FUTEX_PRIVATE_FLAG = 128;
    private static final int FUTEX_CLOCK_REALTIME = 256;
    private static final int FUTEX_OP_OPARG_SHIFT = 8;
    private static final int FUTEX_WAIT = 0;
    private static final int FUTEX_WAKE = 1;
    private static final int FUTEX_FD = 2;
    private static final int FUTEX_REQUEUE = 3;
    private static final int FUTEX_CMP_REQUEUE = 4;
    private static final int FUTEX_WAKE_OP = 5;
    private static final int FUTEX_LOCK_PI = 6;
    private static final int FUTEX_UNLOCK_PI = 7;
    private static final int FUTEX_TRYLOCK_PI = 8;
    private static final int FUTEX_WAIT_BITSET = 9;
    private static final int FUTEX_WAKE_BITSET = 10;
    private static final int FUTEX_WAIT_REQUEUE_PI = 11;
    private static final int FUTEX_CMP_REQUEUE_PI = 12;
    private static final int FUTEX_LOCK_PI2 = 13;

    private static final int TASK_COMM_LEN = 16;
    private static final int PR_SET_PDEATHSIG = 1;
    private static final int PR_GET_PDEATHSIG = 2;
    private static final int PR_GET_DUMPABLE = 3;
    private static final int PR_SET_DUMPABLE = 4;
    private static final int PR_GET_KEEPCAPS = 7;
    private static final int PR_SET_KEEPCAPS = 8;
    private static final int PR_GET_FPEMU = 9;
    private static final int PR_SET_FPEMU = 10;
    private static final int PR_GET_FPEXC = 11;
    private static final int PR_SET_FPEXC = 12;
    private static final int PR_GET_TIMING = 13;
    private static final int PR_SET_TIMING = 14;
    private static final int PR_SET_NAME = 15;
    private static final int PR_GET_NAME = 16;
    private static final int PR_GET_ENDIAN = 19;
    private static final int PR_SET_ENDIAN = 20;
    private static final int PR_GET_SECCOMP = 21;
    private static final int PR_SET_SECCOMP = 22;
    private static final int PR_CAPBSET_READ = 23;
    private static final int PR_CAPBSET_DROP = 24;
    private static final int PR_SET_TIMERSLACK = 29;
    private static final int PR_GET_TIMERSLACK = 30;
    private static final int PR_TASK_PERF_EVENTS_DISABLE = 31;
    private static final int PR_TASK_PERF_EVENTS_ENABLE = 32;
    private static final int PR_SET_CHILD_SUBREAPER = 36;
    private static final int PR_GET_CHILD_SUBREAPER = 37;
    private static final int PR_SET_NO_NEW_PRIVS = 38;
    private static final int PR_GET_TID_ADDRESS = 40;
    private static final int PR_SET_THP_DISABLE = 41;
    private static final int PR_CAP_AMBIENT = 47;
    private static final int PR_SET_IO_FLUSHER = 57;
    private static final int PR_SET_PTRACER = 0x59616d61;
    private static final long PR_CAP_AMBIENT_IS_SET = 1;
    private static final long PR_CAP_AMBIENT_RAISE = 2;
    private static final long PR_CAP_AMBIENT_LOWER = 3;
    private static final long SECCOMP_MODE_STRICT = 1;
    private static final long SECCOMP_MODE_FILTER = 2;

    private static final int PTRACE_TRACEME = 0;
    private static final int PTRACE_PEEKTEXT = 1;
    private static final int PTRACE_PEEKDATA = 2;
    private static final int PTRACE_PEEKUSER = 3;
    private static final int PTRACE_CONT = 7;
    private static final int PTRACE_KILL = 8;
    private static final int PTRACE_SINGLESTEP = 9;
    private static final int PTRACE_GETREGS = 12;
    private static final int PTRACE_SETREGS = 13;
    private static final int PTRACE_GETFPREGS = 14;
    private static final int PTRACE_SETFPREGS = 15;
    private static final int PTRACE_ATTACH = 16;
    private static final int PTRACE_DETACH = 17;
    private static final int PTRACE_GETFPXREGS = 18;
    private static final int PTRACE_SETFPXREGS = 19;
    private static final int PTRACE_SYSCALL = 24;
    private static final int PTRACE_SYSEMU = 31;
    private static final int PTRACE_SYSEMU_SINGLESTEP = 32;
    private static final int PTRACE_SINGLEBLOCK = 33;
    private static final int PTRACE_SETOPTIONS = 0x4200;
    private static final int PTRACE_GETEVENTMSG = 0x4201;
    private static final int PTRACE_GETREGSET = 0x4204;
    private static final int PTRACE_SETREGSET = 0x4205;
    private static final int PTRACE_SEIZE = 0x4206;
    private static final int PTRACE_INTERRUPT = 0x4207;
    private static final int PTRACE_LISTEN = 0x4208;
    private static final int PTRACE_GETSIGMASK = 0x420a;
    private static final int PTRACE_SETSIGMASK = 0x420b;
    private static final int PTRACE_SECCOMP_GET_FILTER = 0x420c;
    private static final int PTRACE_GET_SYSCALL_INFO = 0x420e;
    private static final int PTRACE_GET_RSEQ_CONFIGURATION = 0x420f;

    private static final int ARCH_GET_FS = 0x1003;
    private static final int ARCH_GET_GS = 0x1004;
    private static final int ARCH_GET_CPUID = 0x1011;
}
