package io.runj.sentry.strace;

import java.io.PrintStream;

import io.runj.platform.TraceeMemory;
import io.runj.platform.syscall.SyscallInfo;
import io.runj.platform.syscall.SyscallTable;

/** --strace output: one line per guest syscall, as strace -f prints it, to stderr or the debug log. */
public final class Strace {
    private final PrintStream out;

    public Strace(PrintStream out) {
        this.out = out;
    }

    private void line(int pid, String text) {
        out.printf("[pid %5d] %s%n", pid, text);
    }

    /** A syscall that returned: formatted now, with its outputs. */
    public void complete(int pid, int nr, long[] args, long ret, TraceeMemory mem) {
        line(pid, StraceFormatter.format(SyscallTable.byNumber(nr), args, ret, mem));
    }

    /** The call part of a syscall whose arguments will not be readable at its exit. */
    public String entry(int nr, long[] args, TraceeMemory mem) {
        return StraceFormatter.formatEntry(SyscallTable.byNumber(nr), args, mem);
    }

    /** Ends a line begun with {@link #entry}. */
    public void finish(int pid, int nr, String entry, long[] args, long ret) {
        SyscallInfo info = SyscallTable.byNumber(nr);
        line(pid, entry + StraceFormatter.formatResult(info, args, ret));
    }

    /** A syscall that never returns (exit, exit_group): strace prints {@code = ?}. */
    public void noReturn(int pid, int nr, long[] args, TraceeMemory mem) {
        line(pid, entry(nr, args, mem) + " = ?");
    }
}
