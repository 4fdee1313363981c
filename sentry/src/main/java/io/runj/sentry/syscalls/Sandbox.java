package io.runj.sentry.syscalls;

/**
 * What a check may ask about the sandbox: which host tasks belong to the guest. Guest tasks see
 * host pids today (no pid namespace yet), so every pid a guest names is checked against this.
 */
public interface Sandbox {
    /** True if {@code tid} is a thread or process of the guest. */
    boolean isGuest(int tid);

    /** The guest's processes (thread-group ids). */
    int[] processes();

    /** The guest's init process, which kill(-1) spares as Linux spares a pid namespace's init. */
    int init();

    /** The process group of guest process {@code pid}, or -1 if it is gone. */
    int processGroup(int pid);

    /** Sends {@code sig} to guest process {@code pid}; false if it is gone. */
    boolean signal(int pid, int sig);
}
