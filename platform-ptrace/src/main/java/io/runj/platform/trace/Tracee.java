package io.runj.platform.trace;

/**
 * One traced kernel task (a thread) as the tracer sees it. The sentry hangs its own task object
 * on {@link #attachment}.
 */
public final class Tracee {
    int tid;
    final int tgid;
    /** Resumed with PTRACE_SYSCALL to see the exit of the current syscall. */
    boolean awaitingExit;
    /** Its first stop arrived before its parent's fork/clone event named it. */
    boolean parked;
    /** Its parent's event was handled, so it may run. */
    boolean announced;
    /** Its attach stop has been seen; later PTRACE_EVENT_STOPs are group-stops or interrupts. */
    boolean started;
    private Object attachment;

    Tracee(int tid, int tgid) {
        this.tid = tid;
        this.tgid = tgid;
    }

    public int tid() {
        return tid;
    }

    /** The thread-group id: the process id of this thread. */
    public int tgid() {
        return tgid;
    }

    public Object attachment() {
        return attachment;
    }

    public void attach(Object o) {
        this.attachment = o;
    }

    @Override
    public String toString() {
        return "tracee " + tid + (tid != tgid ? " (tgid " + tgid + ")" : "");
    }
}
