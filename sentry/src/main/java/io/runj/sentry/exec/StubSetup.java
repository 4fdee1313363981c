package io.runj.sentry.exec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import io.runj.platform.Errno;
import io.runj.platform.Injector;
import io.runj.platform.ProcessVm;
import io.runj.platform.Stub;

/**
 * Drives the stopped stub through the guest's setup by injecting syscalls into it. Strings and
 * structures the calls read are laid out in the stub's scratch area, bump-allocated.
 */
final class StubSetup {
    private final Injector injector;
    private final ProcessVm mem;
    private final int tid;
    private long next = Stub.SCRATCH;

    StubSetup(Injector injector, ProcessVm mem, int tid) {
        this.injector = injector;
        this.mem = mem;
        this.tid = tid;
    }

    ProcessVm memory() {
        return mem;
    }

    int tid() {
        return tid;
    }

    long reserve(int len) {
        long at = (next + 7) & ~7L;
        if (at + len > Stub.SCRATCH + Stub.SCRATCH_SIZE) {
            throw new SetupException("guest setup: arguments and environment exceed "
                    + Stub.SCRATCH_SIZE + " bytes", 1);
        }
        next = at + len;
        return at;
    }

    long bytes(byte[] data) {
        long at = reserve(data.length);
        mem.write(at, data);
        return at;
    }

    long string(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return bytes(java.util.Arrays.copyOf(b, b.length + 1));
    }

    /** A NULL-terminated array of C strings (argv, envp). */
    long stringArray(List<String> items) {
        ByteBuffer b = ByteBuffer.allocate(8 * (items.size() + 1)).order(ByteOrder.LITTLE_ENDIAN);
        for (String s : items) {
            b.putLong(string(s));
        }
        return bytes(b.array());
    }

    long longs(long... values) {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return bytes(b.array());
    }

    /** Injects a syscall; a failure becomes a SetupException naming {@code what}. */
    long call(String what, long nr, long... args) {
        long rc = injector.inject(tid, Stub.SYSCALL_INSN, nr, args);
        if (rc < 0 && rc > -4096) {
            int errno = (int) -rc;
            throw new SetupException(what + ": " + Errno.message(errno), 1);
        }
        return rc;
    }

    /** Injects a syscall and returns its raw result, failures included. */
    long tryCall(long nr, long... args) {
        return injector.inject(tid, Stub.SYSCALL_INSN, nr, args);
    }
}
