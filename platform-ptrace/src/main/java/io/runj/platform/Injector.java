package io.runj.platform;

/**
 * Runs a syscall inside a stopped tracee and returns its result, as if the tracee had made it.
 * The tracee's registers are saved, pointed at a {@code syscall} instruction with the requested
 * number and arguments, stepped through syscall-entry and -exit stops, and restored. Must run on
 * the tracer thread, with the tracee in a ptrace-stop that is not inside a syscall.
 */
public final class Injector {
    private static final int SYS_TKILL = 200;
    private final Ptrace ptrace;
    private final Waiter waiter;
    private final Regs saved = new Regs();
    private final Regs work = new Regs();

    public Injector(Ptrace ptrace, Waiter waiter) {
        this.ptrace = ptrace;
        this.waiter = waiter;
    }

    /**
     * Injects syscall {@code nr}. Returns the raw result (-errno on failure). When the call is a
     * successful execve the registers are those of the new program and are not restored.
     *
     * @param insn address of a {@code syscall} instruction in the tracee
     */
    public long inject(int tid, long insn, long nr, long... args) {
        ptrace.getRegs(tid, saved);
        work.copyFrom(saved);
        work.setRip(insn);
        work.setRax(nr);
        // orig_rax = -1 keeps the kernel from treating the current stop as an interrupted syscall to restart.
        work.setOrigRax(-1);
        for (int i = 0; i < 6; i++) {
            work.setArg(i, i < args.length ? args[i] : 0);
        }
        ptrace.setRegs(tid, work);
        boolean entered = false;
        boolean execed = false;
        int deferred = 0;
        ptrace.syscall(tid, 0);
        while (true) {
            waiter.waitpid(tid, Waiter.WALL);
            int s = waiter.status();
            if (!WaitStatus.stopped(s)) {
                throw new NativeException("inject syscall " + nr + ": tracee died (status " + s + ")", Errno.ESRCH);
            }
            int event = WaitStatus.event(s);
            if (WaitStatus.stopSig(s) == (Signal.SIGTRAP | 0x80)) {
                if (entered) {
                    break;
                }
                entered = true;
            } else if (event == Ptrace.EVENT_EXEC) {
                execed = true;
            } else if (event == 0) {
                // A signal arrived meanwhile: hold it back and send it again once the call is done.
                deferred = WaitStatus.stopSig(s);
            }
            ptrace.syscall(tid, 0);
        }
        ptrace.getRegs(tid, work);
        long result = work.rax();
        if (!(execed && result == 0)) {
            ptrace.setRegs(tid, saved);
        }
        if (deferred != 0) {
            Native.LIBC.syscall(SYS_TKILL, tid, deferred, 0, 0, 0, 0);
        }
        return result;
    }
}
