package io.runj.platform;

import jnr.ffi.Pointer;

/**
 * Typed ptrace(2) requests. Every request must come from the thread that seized the tracee; the
 * tracer loop owns that thread. Buffers are preallocated per instance: one Ptrace per tracer thread.
 */
public final class Ptrace {
    public static final int PTRACE_CONT = 7;
    public static final int PTRACE_GETREGS = 12;
    public static final int PTRACE_SETREGS = 13;
    public static final int PTRACE_SYSCALL = 24;
    public static final int PTRACE_SETOPTIONS = 0x4200;
    public static final int PTRACE_GETEVENTMSG = 0x4201;
    public static final int PTRACE_GETSIGINFO = 0x4202;
    public static final int PTRACE_SEIZE = 0x4206;
    public static final int PTRACE_INTERRUPT = 0x4207;
    public static final int PTRACE_LISTEN = 0x4208;

    public static final int O_TRACESYSGOOD = 1;
    public static final int O_TRACEFORK = 1 << 1;
    public static final int O_TRACEVFORK = 1 << 2;
    public static final int O_TRACECLONE = 1 << 3;
    public static final int O_TRACEEXEC = 1 << 4;
    public static final int O_TRACEVFORKDONE = 1 << 5;
    public static final int O_TRACEEXIT = 1 << 6;
    public static final int O_TRACESECCOMP = 1 << 7;
    public static final int O_EXITKILL = 1 << 20;

    public static final int EVENT_FORK = 1;
    public static final int EVENT_VFORK = 2;
    public static final int EVENT_CLONE = 3;
    public static final int EVENT_EXEC = 4;
    public static final int EVENT_VFORK_DONE = 5;
    public static final int EVENT_EXIT = 6;
    public static final int EVENT_SECCOMP = 7;
    public static final int EVENT_STOP = 128;

    /** siginfo_t is 128 bytes on x86-64. */
    public static final int SIGINFO_SIZE = 128;

    private static final LibC C = Native.LIBC;

    private final Pointer scratch = Native.allocate(SIGINFO_SIZE);
    private final long scratchAddr = scratch.address();

    public void seize(int pid, int options) {
        Native.check("ptrace(PTRACE_SEIZE)", C.ptrace(PTRACE_SEIZE, pid, 0, options));
    }

    public void interrupt(int tid) {
        Native.check("ptrace(PTRACE_INTERRUPT)", C.ptrace(PTRACE_INTERRUPT, tid, 0, 0));
    }

    /** Leaves a group-stopped tracee stopped but lets the tracer hear of SIGCONT and new stops. */
    public void listen(int tid) {
        Native.check("ptrace(PTRACE_LISTEN)", C.ptrace(PTRACE_LISTEN, tid, 0, 0));
    }

    /** Resumes until the next event; {@code signal} (0 for none) is delivered to the tracee. */
    public void cont(int tid, int signal) {
        Native.check("ptrace(PTRACE_CONT)", C.ptrace(PTRACE_CONT, tid, 0, signal));
    }

    /** Resumes until the next syscall entry or exit. */
    public void syscall(int tid, int signal) {
        Native.check("ptrace(PTRACE_SYSCALL)", C.ptrace(PTRACE_SYSCALL, tid, 0, signal));
    }

    public void getRegs(int tid, Regs regs) {
        Native.check("ptrace(PTRACE_GETREGS)", C.ptrace(PTRACE_GETREGS, tid, 0, regs.address()));
    }

    public void setRegs(int tid, Regs regs) {
        Native.check("ptrace(PTRACE_SETREGS)", C.ptrace(PTRACE_SETREGS, tid, 0, regs.address()));
    }

    public void setOptions(int tid, int options) {
        Native.check("ptrace(PTRACE_SETOPTIONS)", C.ptrace(PTRACE_SETOPTIONS, tid, 0, options));
    }

    /** The event message: new tid for fork/clone events, exit status for EVENT_EXIT, former tid on exec. */
    public long getEventMsg(int tid) {
        Native.check("ptrace(PTRACE_GETEVENTMSG)", C.ptrace(PTRACE_GETEVENTMSG, tid, 0, scratchAddr));
        return scratch.getLong(0);
    }

    /**
     * The si_signo of the tracee's current siginfo; group-stops fail with EINVAL, which is how
     * they are told from signal-delivery stops.
     */
    public int getSiginfo(int tid) {
        Native.check("ptrace(PTRACE_GETSIGINFO)", C.ptrace(PTRACE_GETSIGINFO, tid, 0, scratchAddr));
        return scratch.getInt(0);
    }
}
