package io.runj.sentry.syscalls;

/** A trapped syscall as a check sees it: who made it, its arguments, and the sandbox around it. */
public final class GuestCall {
    private final Sandbox sandbox;
    int tid;
    int tgid;
    int nr;
    final long[] args = new long[6];

    public GuestCall(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Loads the call (reused across traps: the hot path allocates nothing). */
    public GuestCall set(int tid, int tgid, int nr, long[] args) {
        this.tid = tid;
        this.tgid = tgid;
        this.nr = nr;
        System.arraycopy(args, 0, this.args, 0, 6);
        return this;
    }

    public int tid() {
        return tid;
    }

    public int tgid() {
        return tgid;
    }

    public int nr() {
        return nr;
    }

    public long arg(int i) {
        return args[i];
    }

    /** Argument {@code i} as the kernel reads an int argument: its low 32 bits, signed. */
    public int intArg(int i) {
        return (int) args[i];
    }

    public Sandbox sandbox() {
        return sandbox;
    }
}
