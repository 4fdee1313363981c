package io.runj.platform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assembles a classic-BPF seccomp program from a per-syscall action table. Any ABI other than
 * x86-64 (i386 via int 0x80, x32 numbers) is killed first: those are the classic ways round a
 * ptrace sandbox that only reasons about x86-64 numbers.
 */
public final class SeccompFilter {
    public static final int RET_KILL_PROCESS = 0x80000000;
    public static final int RET_TRACE = 0x7ff00000;
    public static final int RET_ALLOW = 0x7fff0000;
    public static final int RET_ERRNO = 0x00050000;
    public static final int AUDIT_ARCH_X86_64 = 0xc000003e;
    public static final int X32_SYSCALL_BIT = 0x40000000;

    private static final short LD_W_ABS = 0x20;
    private static final short JEQ_K = 0x15;
    private static final short JGE_K = 0x35;
    private static final short JSET_K = 0x45;
    private static final short RET_K = 0x06;
    private static final short JA = 0x05;
    private static final int OFF_NR = 0;
    private static final int OFF_ARCH = 4;
    private static final int OFF_ARGS = 16;

    /** One BPF instruction: struct sock_filter. */
    private record Insn(short code, int jt, int jf, int k) {
    }

    private SeccompFilter() {
    }

    /** How an {@link ArgCheck} compares its argument. */
    public enum Test {
        /** the argument equals the value */
        EQ,
        /** the argument has any of the value's bits set */
        ANY_BIT,
        /** the argument, unsigned, is at least the value */
        GE
    }

    /**
     * "If argument {@code arg} passes {@code test} against {@code value}, return {@code action}."
     * Only the low 32 bits are compared: enough for the int arguments this is meant for (fds,
     * families, options, ioctl requests, clone flags), whose upper half the kernel ignores anyway.
     */
    public record ArgCheck(int arg, Test test, int value, int action) {
        public ArgCheck {
            if (arg < 0 || arg > 5) {
                throw new IllegalArgumentException("argument index " + arg);
            }
        }

        /** The same decision in Java, for a caller that must agree with the filter. */
        public boolean matches(long argValue) {
            int v = (int) argValue;
            return switch (test) {
                case EQ -> v == value;
                case ANY_BIT -> (v & value) != 0;
                case GE -> Integer.compareUnsigned(v, value) >= 0;
            };
        }
    }

    /** A run of consecutive syscall numbers [start, end) with one action, or one number with checks. */
    private record Range(int start, int end, int action, List<ArgCheck> checks) {
    }

    /**
     * The program for {@code actions[nr]} (a SECCOMP_RET_* value per syscall number); numbers past
     * the table get {@code defaultAction}. Runs of equal actions become ranges searched as a
     * balanced binary tree, so any syscall is decided in a handful of comparisons.
     */
    public static byte[] build(int[] actions, int defaultAction) {
        return build(actions, defaultAction, Map.of());
    }

    /**
     * As {@link #build(int[], int)}, and for each syscall number in {@code checks} its checks are
     * tried in order: the first that matches decides, and {@code actions[nr]} when none does.
     */
    public static byte[] build(int[] actions, int defaultAction, Map<Integer, List<ArgCheck>> checks) {
        List<Range> ranges = new ArrayList<>();
        int i = 0;
        while (i < actions.length) {
            if (checks.containsKey(i)) {
                ranges.add(new Range(i, i + 1, actions[i], List.copyOf(checks.get(i))));
                i++;
                continue;
            }
            int j = i;
            while (j < actions.length && actions[j] == actions[i] && !checks.containsKey(j)) {
                j++;
            }
            ranges.add(new Range(i, j, actions[i], List.of()));
            i = j;
        }
        ranges.add(new Range(actions.length, Integer.MAX_VALUE, defaultAction, List.of()));

        List<Insn> prog = new ArrayList<>();
        prog.add(new Insn(LD_W_ABS, 0, 0, OFF_ARCH));
        prog.add(new Insn(JEQ_K, 1, 0, AUDIT_ARCH_X86_64));
        prog.add(new Insn(RET_K, 0, 0, RET_KILL_PROCESS));
        prog.add(new Insn(LD_W_ABS, 0, 0, OFF_NR));
        // Numbers with the x32 bit (0x40000000..0x7fffffff) are killed; "negative" ones such as
        // syscall(-1) fall through to the default action, as Linux answers them with ENOSYS.
        prog.add(new Insn(JGE_K, 2, 0, 0x80000000));
        prog.add(new Insn(JGE_K, 0, 1, X32_SYSCALL_BIT));
        prog.add(new Insn(RET_K, 0, 0, RET_KILL_PROCESS));
        emitTree(ranges, 0, ranges.size(), prog);

        ByteBuffer b = ByteBuffer.allocate(prog.size() * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (Insn in : prog) {
            b.putShort(in.code).put((byte) in.jt).put((byte) in.jf).putInt(in.k);
        }
        return b.array();
    }

    /**
     * Emits the decision for ranges[lo, hi): "if nr >= ranges[mid].start jump over the left half".
     * BPF_JA takes a 32-bit offset, so subtrees of any size can be skipped.
     */
    private static void emitTree(List<Range> ranges, int lo, int hi, List<Insn> prog) {
        if (hi - lo == 1) {
            Range r = ranges.get(lo);
            for (ArgCheck c : r.checks()) {
                // Low word of seccomp_data.args[i] (little-endian); on a match fall into the RET.
                prog.add(new Insn(LD_W_ABS, 0, 0, OFF_ARGS + 8 * c.arg()));
                short op = switch (c.test()) {
                    case EQ -> JEQ_K;
                    case ANY_BIT -> JSET_K;
                    case GE -> JGE_K;
                };
                prog.add(new Insn(op, 0, 1, c.value()));
                prog.add(new Insn(RET_K, 0, 0, c.action()));
            }
            prog.add(new Insn(RET_K, 0, 0, r.action()));
            return;
        }
        int mid = (lo + hi) >>> 1;
        prog.add(new Insn(JGE_K, 0, 1, ranges.get(mid).start()));
        int jaIndex = prog.size();
        prog.add(null);
        emitTree(ranges, lo, mid, prog);
        int leftSize = prog.size() - jaIndex - 1;
        prog.set(jaIndex, new Insn(JA, 0, 0, leftSize));
        emitTree(ranges, mid, hi, prog);
    }
}
