package io.runj.sentry.strace;

import io.runj.platform.Errno;
import io.runj.platform.TraceeMemory;
import io.runj.platform.syscall.ReturnKind;
import io.runj.platform.syscall.SyscallInfo;
import io.runj.platform.syscall.SyscallNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints syscalls the way strace does, e.g. {@code openat(AT_FDCWD, "/etc/passwd",
 * O_RDONLY|O_CLOEXEC) = 3}.
 *
 * <p>Arguments are decoded from the tracee's memory: strings are quoted and cut at 32 characters,
 * flags are named, buffers the kernel fills in are shown only once the call succeeded, and memory
 * that cannot be read prints as its address. Structures strace decodes (stat, sigaction, sockaddr,
 * iovec, ...) print as addresses for now.
 *
 * <p>Calls that replace the address space (a successful execve) must be formatted at syscall
 * entry with {@link #formatEntry} and completed with {@link #formatResult} at exit, since their
 * arguments are gone by then; the same applies to any call whose input buffers the tracee may
 * change while it blocks. Output is unaligned, like {@code strace -a0}.
 */
public final class StraceFormatter {

    private StraceFormatter() {
    }

    /**
     * A finished call: {@code read(3, "abc", 4096) = 3}.
     *
     * @param args the six argument registers (rdi, rsi, rdx, r10, r8, r9); missing ones read as 0
     * @param ret rax at syscall exit: a result, or -errno
     */
    public static String format(SyscallInfo info, long[] args, long ret, TraceeMemory mem) {
        String call = callText(new TraceeCall(info, args, mem, true, ret));
        return call + formatResult(info, args, ret);
    }

    /**
     * The call alone, {@code name(args...)}, for a call whose result is not known yet or never
     * comes (strace's {@code <unfinished ...>} lines, exit_group). Buffers the kernel has yet to
     * fill print as addresses.
     */
    public static String formatEntry(SyscallInfo info, long[] args, TraceeMemory mem) {
        return callText(new TraceeCall(info, args, mem, false, 0));
    }

    /**
     * The result part, {@code " = 3"}, {@code " = -1 ENOENT (No such file or directory)"},
     * {@code " = ? ERESTARTSYS (To be restarted if SA_RESTART is set)"}, {@code " = ?"} for calls
     * that do not return. Results whose text depends on the arguments (fcntl F_GETFL) print
     * plainly here; use {@link #formatResult(SyscallInfo, long[], long)} for those.
     */
    public static String formatResult(SyscallInfo info, long ret) {
        return formatResult(info, new long[0], ret);
    }

    /** The result part, decoded against the call's arguments as strace does for fcntl and prctl. */
    public static String formatResult(SyscallInfo info, long[] args, long ret) {
        return " = " + resultText(new TraceeCall(info, args, null, true, ret));
    }

    private static String callText(TraceeCall c) {
        List<String> parts = new ArrayList<>(c.info.argCount());
        if (c.info.number() == SyscallNumbers.CLONE) {
            CommandDecoders.clone(c, parts);
        } else {
            for (int i = 0; i < c.info.argCount(); i++) {
                if (CommandDecoders.laysOutRest(c.info.arg(i))) {
                    CommandDecoders.decodeRest(c, i, parts);
                    break;
                }
                String text = ArgDecoder.decode(c, i);
                if (text != null) {
                    parts.add(text);
                }
            }
        }
        return c.info.name() + "(" + String.join(", ", parts) + ")";
    }

    private static String resultText(TraceeCall c) {
        long ret = c.ret;
        if (c.info.returns() == ReturnKind.NONE) {
            return "?";
        }
        if (TraceeCall.isError(ret)) {
            return errorText((int) -ret);
        }
        String decoded = CommandDecoders.result(c);
        if (decoded != null) {
            return decoded;
        }
        return switch (c.info.returns()) {
            case HEX -> StraceText.hex(ret);
            case OCTAL -> StraceText.octal(ret);
            default -> Long.toString(ret);
        };
    }

    /** -1 ENOENT (No such file or directory); restarts print "?" since the call will run again. */
    private static String errorText(int errno) {
        if (Errno.isRestart(errno)) {
            return "? " + Errno.name(errno) + " (" + Errno.message(errno) + ")";
        }
        if (!Errno.isDefined(errno)) {
            return "-1 (errno " + errno + ")";
        }
        return "-1 " + Errno.name(errno) + " (" + Errno.message(errno) + ")";
    }
}
