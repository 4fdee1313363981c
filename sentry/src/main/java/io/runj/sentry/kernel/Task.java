package io.runj.sentry.kernel;

import io.runj.platform.trace.Tracee;
import io.runj.sentry.vfs.FsTask;

/** The sentry's view of one guest thread: what it is doing in the syscall it is in. */
public final class Task {
    private final Tracee tracee;
    /** The syscall number and arguments at entry, kept for the exit stop (strace). */
    long syscallNr;
    final long[] args = new long[6];
    /** The call part of the strace line when it had to be formatted at entry (execve, exit). */
    String entryText;
    /** Its cwd and the VFS call it is in; null without a VFS. */
    FsTask fs;

    Task(Tracee tracee) {
        this.tracee = tracee;
    }

    public int tid() {
        return tracee.tid();
    }

    public int pid() {
        return tracee.tgid();
    }

    Tracee tracee() {
        return tracee;
    }
}
