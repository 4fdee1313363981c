package io.runj.sentry.syscalls;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A classic-BPF interpreter for seccomp programs, enough for what SeccompFilter emits (absolute
 * word loads, JEQ/JGE/JGT/JSET with constants, JA, RET K), so a test can ask the generated filter
 * what it decides for a given struct seccomp_data. Anything else fails the test loudly.
 */
final class ClassicBpf {
    private final ByteBuffer prog;
    private final int length;

    ClassicBpf(byte[] program) {
        prog = ByteBuffer.wrap(program).order(ByteOrder.LITTLE_ENDIAN);
        length = program.length / 8;
    }

    int length() {
        return length;
    }

    /** The SECCOMP_RET_* value for syscall {@code nr} under {@code arch} with {@code args}. */
    int run(int nr, int arch, long... args) {
        ByteBuffer data = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(0, nr).putInt(4, arch).putLong(8, 0x401000L);
        for (int i = 0; i < args.length; i++) {
            data.putLong(16 + 8 * i, args[i]);
        }
        int a = 0;
        int pc = 0;
        for (int steps = 0; steps < 100_000; steps++) {
            if (pc < 0 || pc >= length) {
                throw new AssertionError("pc " + pc + " outside the program");
            }
            int code = prog.getShort(pc * 8) & 0xffff;
            int jt = prog.get(pc * 8 + 2) & 0xff;
            int jf = prog.get(pc * 8 + 3) & 0xff;
            int k = prog.getInt(pc * 8 + 4);
            pc++;
            switch (code) {
                case 0x20 -> {
                    if (k < 0 || k > 60 || k % 4 != 0) {
                        throw new AssertionError("load outside seccomp_data: " + k);
                    }
                    a = data.getInt(k);
                }
                case 0x15 -> pc += a == k ? jt : jf;
                case 0x35 -> pc += Integer.compareUnsigned(a, k) >= 0 ? jt : jf;
                case 0x25 -> pc += Integer.compareUnsigned(a, k) > 0 ? jt : jf;
                case 0x45 -> pc += (a & k) != 0 ? jt : jf;
                case 0x05 -> pc += k;
                case 0x06 -> {
                    return k;
                }
                default -> throw new AssertionError("unexpected BPF opcode 0x" + Integer.toHexString(code));
            }
        }
        throw new AssertionError("no RET reached");
    }
}
