package io.runj.platform.trace;

import io.runj.platform.Regs;

/** What the sentry does at each kind of stop. Called on the tracer thread, with the tracee stopped. */
public interface TraceHandler {

    /** How to resume a syscall the seccomp filter trapped. */
    enum Resume {
        /** Let the kernel run it; no stop at its exit. */
        RUN,
        /** Let the kernel run it and call {@link #onSyscallExit} when it returns. */
        RUN_AND_REPORT_EXIT,
        /** Skip it: the handler put the guest's return value in {@code regs.rax}. */
        EMULATED
    }

    /** A syscall trapped by SECCOMP_RET_TRACE, before the kernel runs it. {@code regs} are loaded. */
    Resume onSyscall(Tracee t, Regs regs);

    /** The exit of a syscall the handler asked to see the end of; {@code regs.rax()} is the result. */
    void onSyscallExit(Tracee t, Regs regs);

    /** A new task: {@code event} is Ptrace.EVENT_FORK, EVENT_VFORK or EVENT_CLONE. */
    void onNewTask(Tracee parent, Tracee child, int event);

    /** A successful execve replaced the program of {@code t}'s thread group. */
    void onExec(Tracee t);

    /** The task is gone; {@code status} is its wait status. */
    void onExit(Tracee t, int status);
}
