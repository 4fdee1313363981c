package io.runj.platform.syscall;

import java.util.Arrays;
import java.util.Objects;

/**
 * One x86-64 syscall: its number, name, the kinds of the argument registers the kernel reads (in
 * register order rdi, rsi, rdx, r10, r8, r9) and how its return value prints.
 */
public record SyscallInfo(int number, String name, ArgKind[] args, ReturnKind returns) {

    public SyscallInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(returns, "returns");
        if (args.length > 6) {
            throw new IllegalArgumentException(name + ": x86-64 syscalls take at most 6 arguments");
        }
        args = args.clone();
    }

    /** A copy of the argument kinds; use {@link #arg} and {@link #argCount} on hot paths. */
    @Override
    public ArgKind[] args() {
        return args.clone();
    }

    public int argCount() {
        return args.length;
    }

    public ArgKind arg(int index) {
        return args[index];
    }

    /** Index of the first argument of {@code kind}, or -1. */
    public int indexOf(ArgKind kind) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == kind) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyscallInfo other
                && number == other.number
                && name.equals(other.name)
                && Arrays.equals(args, other.args)
                && returns == other.returns;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, name, Arrays.hashCode(args), returns);
    }

    @Override
    public String toString() {
        return name + "#" + number + Arrays.toString(args) + "->" + returns;
    }
}
