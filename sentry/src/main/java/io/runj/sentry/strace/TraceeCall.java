package io.runj.sentry.strace;

import static io.runj.sentry.strace.StraceText.MAX_STRLEN;
import static io.runj.sentry.strace.StraceText.addr;
import static io.runj.sentry.strace.StraceText.hex;

import io.runj.platform.Errno;
import io.runj.platform.NativeException;
import io.runj.platform.Signal;
import io.runj.platform.TraceeMemory;
import io.runj.platform.syscall.ArgKind;
import io.runj.platform.syscall.SyscallInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

/**
 * One syscall being printed: its registers, the tracee's memory and, once it returned, its result.
 * Holds the decoders that read tracee memory, each falling back to the bare address, as strace
 * does, when the memory cannot be read.
 */
final class TraceeCall {

    /** PATH_MAX - 1: the longest path strace prints before cutting it. */
    private static final int MAX_PATH = 4095;
    private static final int ENVP_CHUNK = 4096;

    final SyscallInfo info;
    /** rax at syscall exit; meaningless until {@code exited}. */
    final long ret;
    private final long[] args;
    private final TraceeMemory mem;
    private final boolean exited;

    TraceeCall(SyscallInfo info, long[] args, TraceeMemory mem, boolean exited, long ret) {
        this.info = info;
        this.args = args;
        this.mem = mem;
        this.exited = exited;
        this.ret = ret;
    }

    static boolean isError(long ret) {
        return ret < 0 && ret >= -Errno.MAX_ERRNO;
    }

    long arg(int index) {
        return index >= 0 && index < args.length ? args[index] : 0;
    }

    /** The low 32 bits of an argument, unsigned: C int and unsigned int arguments. */
    long uarg(int index) {
        return arg(index) & 0xffffffffL;
    }

    /** The value of the first argument of {@code kind}, the one a dependent argument follows. */
    long argOfKind(ArgKind kind) {
        return arg(info.indexOf(kind));
    }

    /** True once the call returned without an error: output arguments hold data. */
    boolean succeeded() {
        return exited && !isError(ret);
    }

    /** {@code decoded} after a successful return, else the argument's address. */
    String output(long address, LongFunction<String> decoded) {
        return succeeded() ? decoded.apply(address) : addr(address);
    }

    /** Up to {@code len} bytes; fewer when the tail is unmapped; null when nothing is readable. */
    private byte[] readUpTo(long address, int len) {
        if (len == 0) {
            return new byte[0];
        }
        try {
            return mem.read(address, len);
        } catch (NativeException e) {
            return null;
        }
    }

    /** Exactly {@code len} bytes, or null (strace's umoven fails on a short read). */
    private byte[] readExactly(long address, int len) {
        byte[] bytes = readUpTo(address, len);
        return bytes != null && bytes.length == len ? bytes : null;
    }

    /** At most {@code len} bytes ending at a NUL, or null when memory ends before a NUL or len. */
    private byte[] readCString(long address, int len) {
        byte[] bytes = readUpTo(address, len);
        if (bytes == null || (bytes.length < len && indexOfNul(bytes) < 0)) {
            return null;
        }
        return bytes;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    Long word(long address) {
        byte[] bytes = readExactly(address, 8);
        return bytes == null ? null : ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    Integer int32(long address) {
        byte[] bytes = readExactly(address, 4);
        return bytes == null ? null : ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /**
     * strace's printstr_ex: at most 32 bytes of a buffer of {@code len} (unsigned) bytes, quoted,
     * with "..." when there was more; a NUL ends the string when {@code zeroTerminated}.
     */
    String string(long address, long len, boolean zeroTerminated, boolean forceHex) {
        if (address == 0) {
            return "NULL";
        }
        // One byte beyond the limit shows whether a zero-terminated string ends exactly there.
        int size = Long.compareUnsigned(len, MAX_STRLEN + 1) < 0 ? (int) len : MAX_STRLEN + 1;
        byte[] bytes = zeroTerminated ? readCString(address, size) : readExactly(address, size);
        if (bytes == null) {
            return addr(address);
        }
        StraceText.Quoted quoted = StraceText.quote(bytes, Math.min(bytes.length, MAX_STRLEN), zeroTerminated, forceHex);
        boolean more = !quoted.terminated() && len != 0
                && (zeroTerminated || Long.compareUnsigned(len, MAX_STRLEN) > 0);
        return more ? quoted.text() + "..." : quoted.text();
    }

    /** A NUL-terminated string cut at 32 characters. */
    String cString(long address) {
        return string(address, -1, true, false);
    }

    /** strace's printpathn: a path of at most {@code max} characters, "..." if it is longer. */
    String path(long address, long max) {
        if (address == 0) {
            return "NULL";
        }
        int n = (int) Math.max(0, Math.min(max, MAX_PATH));
        byte[] bytes = readCString(address, n + 1);
        if (bytes == null) {
            return addr(address);
        }
        StraceText.Quoted quoted = StraceText.quote(bytes, Math.min(bytes.length, n), true, false);
        return quoted.terminated() ? quoted.text() : quoted.text() + "...";
    }

    String path(long address) {
        return path(address, MAX_PATH);
    }

    /** ["sh", "-c", "..."]: at most 32 strings, then "...". */
    String argv(long address) {
        if (address == 0) {
            return "NULL";
        }
        List<String> items = new ArrayList<>();
        for (int n = 0; ; n++) {
            long slot = address + 8L * n;
            Long word = word(slot);
            if (word == null) {
                if (n == 0) {
                    return addr(address);
                }
                items.add("... /* " + addr(slot) + " */");
                break;
            }
            if (word == 0) {
                break;
            }
            if (n >= MAX_STRLEN) {
                items.add("...");
                break;
            }
            items.add(cString(word));
        }
        return "[" + String.join(", ", items) + "]";
    }

    /** 0x7ffd... /* 12 vars *{@code /}: strace counts the environment rather than printing it. */
    String envp(long address) {
        if (address == 0) {
            return "NULL";
        }
        int count = 0;
        boolean unterminated = false;
        // A page of pointers per read: environments run to hundreds of entries.
        scan:
        for (long chunk = address; ; chunk += ENVP_CHUNK) {
            byte[] bytes = readUpTo(chunk, ENVP_CHUNK);
            if (bytes == null || bytes.length < 8) {
                if (count == 0) {
                    return addr(address);
                }
                unterminated = true;
                break;
            }
            ByteBuffer words = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            while (words.remaining() >= 8) {
                if (words.getLong() == 0) {
                    break scan;
                }
                count++;
            }
            if (bytes.length < ENVP_CHUNK) {
                unterminated = true;
                break;
            }
        }
        return addr(address) + " /* " + count + (count == 1 ? " var" : " vars")
                + (unterminated ? ", unterminated" : "") + " */";
    }

    /** [INT TERM], or ~[...] listing the signals not in the set when most are in it. */
    String sigset(long address) {
        if (address == 0) {
            return "NULL";
        }
        Long word = word(address);
        if (word == null) {
            return addr(address);
        }
        long mask = word;
        // strace inverts at two thirds of the 64 bits, rounded down.
        boolean inverted = Long.bitCount(mask) >= 64 * 2 / 3;
        if (inverted) {
            mask = ~mask;
        }
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < 64; bit++) {
            if ((mask & (1L << bit)) != 0) {
                int signo = bit + 1;
                names.add(signo <= Signal.KERNEL_SIGRTMIN
                        ? Signal.name(signo).substring(3) : "RT_" + (signo - Signal.KERNEL_SIGRTMIN));
            }
        }
        return (inverted ? "~[" : "[") + String.join(" ", names) + "]";
    }

    /** A wait status as the W* macros that take it apart. */
    String waitStatus(long address) {
        Integer value = int32(address);
        if (value == null) {
            return addr(address);
        }
        int status = value;
        StringBuilder out = new StringBuilder("[{");
        if ((status & 0xff) == 0x7f) {
            int sig = (status >> 8) & 0xff;
            out.append("WIFSTOPPED(s) && WSTOPSIG(s) == ").append(Signal.name(sig & 0x7f));
            if ((sig & 0x80) != 0) {
                out.append(" | 0x80");
            }
            status &= ~((sig << 8) | 0x7f);
        } else if ((status & 0x7f) != 0 && (status & 0x7f) != 0x7f) {
            int sig = status & 0x7f;
            out.append("WIFSIGNALED(s) && WTERMSIG(s) == ").append(Signal.name(sig));
            if ((status & 0x80) != 0) {
                out.append(" && WCOREDUMP(s)");
            }
            status &= ~(sig | 0x80);
        } else if ((status & 0x7f) == 0) {
            out.append("WIFEXITED(s) && WEXITSTATUS(s) == ").append((status >> 8) & 0xff);
            status &= ~0xff00;
        } else if (status == 0xffff) {
            out.append("WIFCONTINUED(s)");
            status = 0;
        } else {
            return "[" + hex(status & 0xffffffffL) + "]";
        }
        out.append('}');
        int event = status >>> 16;
        if (event != 0) {
            out.append(" | ").append(Xlats.PTRACE_EVENTS.value(event)).append(" << 16");
            status &= 0xffff;
        }
        if (status != 0) {
            out.append(" | ").append(hex(status & 0xffffffffL));
        }
        return out.append(']').toString();
    }

    /** [3, 4] */
    String fdPair(long address) {
        byte[] bytes = readExactly(address, 8);
        if (bytes == null) {
            return addr(address);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return "[" + buf.getInt() + ", " + buf.getInt() + "]";
    }

    /** {tv_sec=1, tv_nsec=500} */
    String timespec(long address) {
        if (address == 0) {
            return "NULL";
        }
        byte[] bytes = readExactly(address, 16);
        if (bytes == null) {
            return addr(address);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return "{tv_sec=" + buf.getLong() + ", tv_nsec=" + Long.toUnsignedString(buf.getLong()) + "}";
    }

    /** [value] read from an int the kernel wrote, or the address. */
    String intOut(long address, IntFunction<String> format) {
        Integer value = int32(address);
        return value == null ? addr(address) : "[" + format.apply(value) + "]";
    }

    /** [value] read from a long the kernel wrote, or the address. */
    String wordOut(long address, LongFunction<String> format) {
        Long value = word(address);
        return value == null ? addr(address) : "[" + format.apply(value) + "]";
    }
}
