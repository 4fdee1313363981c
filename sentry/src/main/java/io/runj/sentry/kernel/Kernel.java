package io.runj.sentry.kernel;

import io.runj.platform.Regs;
import io.runj.platform.syscall.SyscallNumbers;
import io.runj.platform.trace.TraceHandler;
import io.runj.platform.trace.Tracee;
import io.runj.platform.trace.Tracer;
import io.runj.sentry.strace.Strace;
import io.runj.sentry.syscalls.GuestCall;
import io.runj.sentry.syscalls.Handling;
import io.runj.sentry.syscalls.Outcome;
import io.runj.sentry.syscalls.SyscallCheck;
import io.runj.sentry.syscalls.SyscallDispositions;
import io.runj.sentry.syscalls.SyscallEntry;
import io.runj.sentry.vfs.Vfs;

/**
 * The sentry's kernel: it owns the tracer and decides, for every trapped syscall, what happens.
 * Confined to the tracer thread, like the tracer itself.
 */
public final class Kernel implements TraceHandler {
    private final Tracer tracer = new Tracer(this);
    private final Strace strace;
    private final GuestCall call = new GuestCall(new TracedSandbox(tracer));
    private final long[] args = new long[6];
    private Vfs vfs;
    /** Processes started beside the init (runj exec) whose end someone waits for, by pid. */
    private final java.util.Map<Integer, java.util.function.IntConsumer> exitWatches = new java.util.HashMap<>();

    /** @param strace where --strace lines go, or null when tracing output is off */
    public Kernel(Strace strace) {
        this.strace = strace;
    }

    public Tracer tracer() {
        return tracer;
    }

    /** From now on the VFS entries of the syscall table go to {@code v}; set before the guest runs. */
    public void useVfs(Vfs v) {
        vfs = v;
    }

    /**
     * A process started beside the init ({@code runj exec}), before it runs: its VFS state starts
     * at {@code cwd}, and {@code onExit} gets its wait status once its thread group is gone.
     */
    public void adopt(Tracee t, String cwd, java.util.function.IntConsumer onExit) {
        Task task = new Task(t);
        task.fs = vfs == null ? null : vfs.taskAt(cwd);
        t.attach(task);
        exitWatches.put(t.tgid(), onExit);
    }

    private Task task(Tracee t) {
        Object a = t.attachment();
        if (a == null) {
            Task task = new Task(t);
            task.fs = vfs == null ? null : vfs.initTask();
            t.attach(task);
            return task;
        }
        return (Task) a;
    }

    /** Whether the table sends this call, with these arguments, to the VFS. */
    private boolean toVfs(int nr, long[] callArgs) {
        if (vfs == null) {
            return false;
        }
        SyscallEntry e = SyscallDispositions.entry(nr);
        return e != null && e.handling() == Handling.VFS && e.decide(callArgs) == io.runj.sentry.syscalls.Outcome.TRAP;
    }

    @Override
    public Resume onSyscall(Tracee t, Regs regs) {
        int nr = (int) regs.origRax();
        if (strace == null) {
            regs.args(args);
            if (toVfs(nr, args)) {
                return vfs.onSyscall(task(t).fs, t.tid(), regs);
            }
            long result = decide(t, nr, args);
            if (result == SyscallCheck.RUN) {
                return Resume.RUN;
            }
            regs.setRax(result);
            return Resume.EMULATED;
        }
        Task task = task(t);
        task.syscallNr = regs.origRax();
        regs.args(task.args);
        if (toVfs(nr, task.args)) {
            Resume r = vfs.onSyscall(task.fs, t.tid(), regs);
            if (r == Resume.EMULATED) {
                strace.complete(task.pid(), nr, task.args, regs.rax(), tracer.memory(t.tid()));
                return r;
            }
            task.entryText = null;
            return Resume.RUN_AND_REPORT_EXIT;
        }
        long result = decide(t, nr, task.args);
        if (result != SyscallCheck.RUN) {
            strace.complete(task.pid(), nr, task.args, result, tracer.memory(t.tid()));
            regs.setRax(result);
            return Resume.EMULATED;
        }
        switch (nr) {
            case SyscallNumbers.EXIT, SyscallNumbers.EXIT_GROUP -> {
                strace.noReturn(task.pid(), nr, task.args, tracer.memory(t.tid()));
                return Resume.RUN;
            }
            case SyscallNumbers.EXECVE, SyscallNumbers.EXECVEAT ->
                // After a successful exec the old image, and the strings in it, are gone.
                task.entryText = strace.entry(nr, task.args, tracer.memory(t.tid()));
            default -> task.entryText = null;
        }
        return Resume.RUN_AND_REPORT_EXIT;
    }

    /**
     * The table's decision for a trapped call: {@link SyscallCheck#RUN} to let the host kernel run
     * it, or the guest's result. Under --strace every call traps, so this applies the filter's
     * rules too; otherwise only EMULATE outcomes arrive here.
     */
    private long decide(Tracee t, int nr, long[] callArgs) {
        SyscallEntry e = SyscallDispositions.entry(nr);
        Outcome o = e == null ? SyscallDispositions.unassigned() : e.decide(callArgs);
        return switch (o.disposition()) {
            case PASSTHROUGH -> SyscallCheck.RUN;
            case DENY -> -o.errno();
            case EMULATE -> e.check() == null ? SyscallCheck.RUN : e.check().check(call.set(t.tid(), t.tgid(), nr, callArgs));
        };
    }

    @Override
    public void onSyscallExit(Tracee t, Regs regs) {
        Task task = task(t);
        if (task.fs != null && task.fs.pending()) {
            vfs.onSyscallExit(task.fs, t.tid(), regs);
        }
        if (strace == null) {
            return;
        }
        int nr = (int) task.syscallNr;
        if (task.entryText != null) {
            strace.finish(task.pid(), nr, task.entryText, task.args, regs.rax());
        } else {
            strace.complete(task.pid(), nr, task.args, regs.rax(), tracer.memory(t.tid()));
        }
    }

    @Override
    public void onNewTask(Tracee parent, Tracee child, int event) {
        Task task = new Task(child);
        if (vfs != null) {
            task.fs = vfs.newTask(task(parent).fs, child.tgid() == parent.tgid());
        }
        child.attach(task);
    }

    @Override
    public void onExec(Tracee t) {
    }

    @Override
    public void onExit(Tracee t, int status) {
        if (vfs != null && t.attachment() instanceof Task task) {
            vfs.onExit(task.fs);
        }
        if (t.tid() == t.tgid() && !exitWatches.isEmpty()) {
            java.util.function.IntConsumer watch = exitWatches.remove(t.tid());
            if (watch != null) {
                watch.accept(status);
            }
        }
    }
}
