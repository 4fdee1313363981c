package io.runj.sentry.vfs;

import java.util.List;

import io.runj.platform.Regs;

/**
 * The VFS state of one guest task: its filesystem context (the virtual cwd, shared by the threads
 * of a process as CLONE_FS shares it) and the trapped call it is in when that call was rewritten
 * and is finished at its exit stop.
 */
public final class FsTask {
    /** The cwd as canonical components; threads share the holder. */
    static final class Context {
        List<String> cwd;

        Context(List<String> cwd) {
            this.cwd = cwd;
        }
    }

    enum Pending {
        NONE,
        /** recvmsg of an fd in flight: its number becomes the result. */
        INSTALL,
        /** chdir rewritten for the host's cwd: the VFS already answered 0. */
        CHDIR,
        /** chdir into a mount left to the host: the cwd changes if the host's chdir succeeds. */
        HOST_CHDIR,
        /** close_range below the channel ran; the part above it is closed at the exit. */
        CLOSE_RANGE_UPPER,
        /** Arguments were rewritten (close_range cut at the channel, dirfds replaced): only the registers are restored. */
        RESTORE
    }

    final Context fs;
    Pending pending = Pending.NONE;
    /** The registers at the trap, restored at the exit of a rewritten call. */
    final Regs saved = new Regs();
    long sequence;
    long scratch;
    /** HOST_CHDIR: the cwd to take when the host's chdir succeeds. */
    List<String> newCwd;

    FsTask(Context fs) {
        this.fs = fs;
    }

    /** Whether the exit of the current call must be seen ({@link Vfs#onSyscallExit}). */
    public boolean pending() {
        return pending != Pending.NONE;
    }
}
