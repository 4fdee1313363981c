package io.runj.platform.trace;

import io.runj.platform.Errno;
import io.runj.platform.Injector;
import io.runj.platform.NativeException;
import io.runj.platform.Ptrace;
import io.runj.platform.ProcessVm;
import io.runj.platform.Regs;
import io.runj.platform.Signal;
import io.runj.platform.Signals;
import io.runj.platform.Spawn;
import io.runj.platform.Stub;
import io.runj.platform.WaitStatus;
import io.runj.platform.Waiter;

/**
 * The ptrace event loop. All requests for a tracee must come from the thread that seized it, so a
 * Tracer is confined to one thread: the one that calls {@link #spawnStub} and then {@link #run}.
 * It follows every task of the guest (threads, fork, vfork, exec) and leaves to the
 * {@link TraceHandler} only the decisions: what to do with a trapped syscall.
 */
public final class Tracer {
    public static final int OPTIONS = Ptrace.O_EXITKILL | Ptrace.O_TRACESYSGOOD | Ptrace.O_TRACEFORK
            | Ptrace.O_TRACEVFORK | Ptrace.O_TRACECLONE | Ptrace.O_TRACEEXEC | Ptrace.O_TRACESECCOMP;
    private static final int SYSCALL_STOP = Signal.SIGTRAP | 0x80;
    private static final int SYS_CLONE = 56;
    private static final int SYS_CLONE3 = 435;
    private static final long CLONE_THREAD = 0x00010000;

    private final Ptrace ptrace = new Ptrace();
    private final Waiter waiter = new Waiter();
    private final Regs regs = new Regs();
    private final Injector injector = new Injector(ptrace, waiter);
    private final ProcessVm memory = new ProcessVm(0);
    private final TidMap<Tracee> tracees = new TidMap<>();
    private final TraceHandler handler;
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> posted = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private Tracee init;
    private int initStatus = -1;

    public Tracer(TraceHandler handler) {
        this.handler = handler;
    }

    public Injector injector() {
        return injector;
    }

    public Ptrace ptrace() {
        return ptrace;
    }

    /** True if {@code tid} is a task of the guest (a thread or process this tracer follows). */
    public boolean isTraced(int tid) {
        return tid > 0 && tracees.get(tid) != null;
    }

    /** The thread-group ids of the guest's processes, in no particular order. */
    public int[] tgids() {
        return tracees.values().stream().mapToInt(t -> t.tgid).filter(tgid -> tgid > 0).distinct().toArray();
    }

    /** The guest init's thread-group id, or -1 before the stub is spawned. */
    public int initTgid() {
        return init == null ? -1 : init.tgid;
    }

    /** The memory of {@code tid}; the instance is shared, valid until the next call. */
    public ProcessVm memory(int tid) {
        return memory.of(tid);
    }

    /**
     * Starts the stub, waits for it to stop itself, and seizes it. The returned tracee is in a
     * ptrace-stop, ready for {@link Injector#inject} at {@link Stub#SYSCALL_INSN}, and will be the
     * guest's init once it execs.
     */
    public Tracee spawnStub() {
        return spawnStub(-1);
    }

    /** As {@link #spawnStub()}, with {@code stdio} as the stub's fds 0, 1 and 2 (negative: the caller's). */
    public Tracee spawnStub(int stdio) {
        return spawnStub(stdio < 0 ? new int[0] : new int[] {stdio, stdio, stdio});
    }

    /** As {@link #spawnStub()}, with {@code fds[i]} as the stub's fd {@code i} (negative: left as is). */
    public Tracee spawnStub(int[] fds) {
        init = seizeStub(fds);
        return init;
    }

    /**
     * Another process for the guest, besides the init ({@code runj exec}): a stub with {@code fds[i]}
     * as its fd {@code i} (see {@link Spawn#spawn(int[], String, String...)}), seized and stopped
     * as {@link #spawnStub()} leaves it. Once set up, {@link #release} lets it run under {@link #run}.
     */
    public Tracee spawnProcess(int[] fds) {
        return seizeStub(fds);
    }

    private Tracee seizeStub(int[] fds) {
        int pid = Spawn.spawn(fds, Stub.path(), "runj-stub");
        waiter.waitpid(pid, Waiter.WUNTRACED);
        if (!WaitStatus.stopped(waiter.status())) {
            throw new NativeException("stub " + pid + " did not stop (status " + waiter.status() + ")", Errno.ECHILD);
        }
        ptrace.seize(pid, OPTIONS);
        // Seizing a stopped task re-traps it into a PTRACE_EVENT_STOP, reported here.
        waiter.waitpid(pid, Waiter.WALL);
        Tracee t = new Tracee(pid, pid);
        t.announced = true;
        t.started = true;
        tracees.put(pid, t);
        return t;
    }

    /** Resumes a process set up by {@link #spawnProcess}; the loop follows it from here on. */
    public void release(Tracee t) {
        resume(t, 0);
    }

    /**
     * From any thread: runs {@code work} on the tracer thread, between two stops of {@link #run}.
     * The loop sleeps in waitpid, so it is woken by the exit of a short-lived child of this
     * process (a stub, killed at once): waitpid(-1) reports any child's exit. Work posted when
     * {@link #run} is not running waits for {@link #runPosted}.
     */
    public void post(Runnable work) {
        posted.add(work);
        int doorbell = Spawn.spawn(new int[0], Stub.path(), "runj-wake");
        Signals.tryKill(doorbell, Signal.SIGKILL);
    }

    /** On the tracer thread: runs the work {@link #post}ed so far. */
    public void runPosted() {
        for (Runnable r; (r = posted.poll()) != null; ) {
            r.run();
        }
    }

    /**
     * Resumes the init and follows the whole guest until the init's thread group has exited;
     * whatever tasks are left then are killed, as in a pid namespace. Returns the init's wait status.
     */
    public int run() {
        resume(init, 0);
        while (initStatus < 0 || tracees.size() > 0) {
            int tid;
            try {
                tid = waiter.waitpid(-1, Waiter.WALL);
            } catch (NativeException e) {
                if (e.errno() == Errno.ECHILD) {
                    break;
                }
                throw e;
            }
            handleStop(tid, waiter.status());
        }
        return initStatus;
    }

    private void handleStop(int tid, int status) {
        Tracee t = tracees.get(tid);
        if (!WaitStatus.stopped(status)) {
            exited(tid, t, status);
            return;
        }
        if (t == null) {
            // A new task's first stop, ahead of its parent's fork/clone event: hold it until announced.
            t = new Tracee(tid, -1);
            t.parked = true;
            tracees.put(tid, t);
            return;
        }
        int sig = WaitStatus.stopSig(status);
        if (sig == SYSCALL_STOP) {
            syscallExit(t);
            return;
        }
        int event = WaitStatus.event(status);
        switch (event) {
            case 0 -> resume(t, sig); // signal-delivery-stop: the guest receives its signal unchanged
            case Ptrace.EVENT_SECCOMP -> seccomp(t);
            case Ptrace.EVENT_FORK, Ptrace.EVENT_VFORK, Ptrace.EVENT_CLONE -> newTask(t, event);
            case Ptrace.EVENT_EXEC -> exec(t);
            case Ptrace.EVENT_STOP -> eventStop(t, sig);
            default -> resume(t, 0);
        }
    }

    private void seccomp(Tracee t) {
        ptrace.getRegs(t.tid, regs);
        switch (handler.onSyscall(t, regs)) {
            case RUN -> resume(t, 0);
            case RUN_AND_REPORT_EXIT -> {
                t.awaitingExit = true;
                resume(t, 0);
            }
            case EMULATED -> {
                regs.setOrigRax(-1);
                ptrace.setRegs(t.tid, regs);
                resume(t, 0);
            }
        }
    }

    private void syscallExit(Tracee t) {
        t.awaitingExit = false;
        ptrace.getRegs(t.tid, regs);
        handler.onSyscallExit(t, regs);
        resume(t, 0);
    }

    private void newTask(Tracee parent, int event) {
        int childTid = (int) ptrace.getEventMsg(parent.tid);
        int tgid = childTid;
        if (event == Ptrace.EVENT_CLONE && isThreadClone(parent)) {
            tgid = parent.tgid;
        }
        Tracee early = tracees.get(childTid);
        Tracee child = new Tracee(childTid, tgid);
        child.announced = true;
        tracees.put(childTid, child);
        handler.onNewTask(parent, child, event);
        if (early != null && early.parked) {
            child.started = true;
            resume(child, 0);
        }
        resume(parent, 0);
    }

    private boolean isThreadClone(Tracee parent) {
        ptrace.getRegs(parent.tid, regs);
        long flags = regs.origRax() == SYS_CLONE3
                ? bytesToLong(memory(parent.tid).read(regs.arg(0), 8))
                : regs.arg(0);
        return (flags & CLONE_THREAD) != 0;
    }

    private static long bytesToLong(byte[] b) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    private void exec(Tracee t) {
        int former = (int) ptrace.getEventMsg(t.tid);
        if (former != t.tid) {
            // A non-leader thread exec'd: it now has the leader's tid, and the old leader is gone silently.
            Tracee execer = tracees.remove(former);
            Tracee leader = tracees.get(t.tid);
            if (execer != null) {
                execer.tid = t.tid;
                tracees.put(t.tid, execer);
                if (leader == init) {
                    init = execer;
                }
                t = execer;
            }
        }
        handler.onExec(t);
        resume(t, 0);
    }

    private void eventStop(Tracee t, int sig) {
        if (!t.announced) {
            t.parked = true;
            return;
        }
        if (!t.started) {
            // A new task's attach stop (it reports SIGSTOP, like a group-stop): just let it run.
            t.started = true;
            resume(t, 0);
            return;
        }
        if (sig == Signal.SIGSTOP || sig == Signal.SIGTSTP || sig == Signal.SIGTTIN || sig == Signal.SIGTTOU) {
            // A group-stop: stay stopped as the guest asked, but keep hearing of SIGCONT.
            try {
                ptrace.listen(t.tid);
            } catch (NativeException e) {
                ignoreVanished(e);
            }
            return;
        }
        resume(t, 0);
    }

    private void exited(int tid, Tracee t, int status) {
        if (t == null) {
            // Not a guest's task: a doorbell of post(), or a child the JDK did not reap first.
            runPosted();
            return;
        }
        tracees.remove(tid);
        handler.onExit(t, status);
        if (t == init) {
            initStatus = status;
            killRemaining();
        }
    }

    /** The init is gone: as in a pid namespace, every task it leaves behind dies with it. */
    private void killRemaining() {
        for (Tracee other : tracees.values()) {
            Signals.tryKill(other.tid, Signal.SIGKILL);
        }
    }

    private void resume(Tracee t, int sig) {
        try {
            if (t.awaitingExit) {
                ptrace.syscall(t.tid, sig);
            } else {
                ptrace.cont(t.tid, sig);
            }
        } catch (NativeException e) {
            ignoreVanished(e);
        }
    }

    /** A tracee killed (SIGKILL) between its stop and our request fails with ESRCH; its exit follows. */
    private static void ignoreVanished(NativeException e) {
        if (e.errno() != Errno.ESRCH) {
            throw e;
        }
    }
}
