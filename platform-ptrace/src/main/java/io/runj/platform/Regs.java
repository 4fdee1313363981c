package io.runj.platform;

import jnr.ffi.Pointer;

/**
 * x86-64 {@code struct user_regs_struct} in direct memory, reused across stops so reading
 * registers allocates nothing. Field offsets follow sys/user.h.
 */
public final class Regs {
    public static final int SIZE = 27 * 8;
    private static final int R10 = 7 * 8;
    private static final int R9 = 8 * 8;
    private static final int R8 = 9 * 8;
    private static final int RAX = 10 * 8;
    private static final int RDX = 12 * 8;
    private static final int RSI = 13 * 8;
    private static final int RDI = 14 * 8;
    private static final int ORIG_RAX = 15 * 8;
    private static final int RIP = 16 * 8;
    private static final int RSP = 19 * 8;
    private static final int[] ARG_OFFSETS = {RDI, RSI, RDX, R10, R8, R9};

    private final Pointer mem = Native.allocate(SIZE);
    private final long address = mem.address();

    long address() {
        return address;
    }

    /** The syscall number at a syscall stop. */
    public long origRax() {
        return mem.getLong(ORIG_RAX);
    }

    public void setOrigRax(long v) {
        mem.putLong(ORIG_RAX, v);
    }

    /** The return value at a syscall-exit stop (or the number, -ENOSYS, at entry). */
    public long rax() {
        return mem.getLong(RAX);
    }

    public void setRax(long v) {
        mem.putLong(RAX, v);
    }

    public long rip() {
        return mem.getLong(RIP);
    }

    public void setRip(long v) {
        mem.putLong(RIP, v);
    }

    public long rsp() {
        return mem.getLong(RSP);
    }

    /** Syscall argument {@code i} (0..5) in the x86-64 calling convention. */
    public long arg(int i) {
        return mem.getLong(ARG_OFFSETS[i]);
    }

    public void setArg(int i, long v) {
        mem.putLong(ARG_OFFSETS[i], v);
    }

    /** Copies the six syscall arguments into {@code out}. */
    public void args(long[] out) {
        for (int i = 0; i < 6; i++) {
            out[i] = mem.getLong(ARG_OFFSETS[i]);
        }
    }

    public void copyFrom(Regs other) {
        mem.transferFrom(0, other.mem, 0, SIZE);
    }
}
