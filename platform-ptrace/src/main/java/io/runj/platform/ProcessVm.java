package io.runj.platform;

import java.nio.charset.StandardCharsets;

import jnr.ffi.Pointer;

/**
 * A tracee's memory through process_vm_readv/writev: one syscall per transfer, no ptrace stop
 * needed beyond the tracee being stopped. Buffers are reused, so one instance per thread.
 */
public final class ProcessVm implements TraceeMemory {
    private static final int CHUNK = 64 * 1024;
    private static final int PAGE = 4096;
    private static final int SYS_PROCESS_VM_READV = 310;
    private static final int SYS_PROCESS_VM_WRITEV = 311;

    private final Pointer buf = Native.allocate(CHUNK);
    private final Pointer iov = Native.allocate(32);
    private final long iovAddr = iov.address();
    private int pid;

    public ProcessVm(int pid) {
        this.pid = pid;
    }

    /** Points this accessor at another tracee. */
    public ProcessVm of(int newPid) {
        this.pid = newPid;
        return this;
    }

    private long transfer(boolean write, long addr, int len) {
        iov.putLong(0, buf.address());
        iov.putLong(8, len);
        iov.putLong(16, addr);
        iov.putLong(24, len);
        // The raw syscall: jnr-ffi's binding of the glibc wrappers passed a bad flags word (EINVAL).
        long rc = Native.LIBC.syscall(write ? SYS_PROCESS_VM_WRITEV : SYS_PROCESS_VM_READV,
                pid, iovAddr, 1, iovAddr + 16, 1, 0);
        return Native.check(write ? "process_vm_writev" : "process_vm_readv", rc);
    }

    @Override
    public byte[] read(long addr, int len) {
        byte[] out = new byte[len];
        int done = 0;
        while (done < len) {
            int n = (int) transfer(false, addr + done, Math.min(CHUNK, len - done));
            if (n == 0) {
                break;
            }
            buf.get(0, out, done, n);
            done += n;
        }
        return done == len ? out : java.util.Arrays.copyOf(out, done);
    }

    @Override
    public String readCString(long addr, int max) {
        if (addr == 0) {
            return null;
        }
        StringBuilderBytes acc = new StringBuilderBytes();
        long p = addr;
        while (acc.size() < max) {
            // Never read across a page boundary in one go: the next page may be unmapped.
            int n = (int) Math.min(PAGE - (p & (PAGE - 1)), max - acc.size());
            int got = (int) transfer(false, p, n);
            for (int i = 0; i < got; i++) {
                byte b = buf.getByte(i);
                if (b == 0) {
                    return acc.toString();
                }
                acc.add(b);
            }
            if (got < n) {
                break;
            }
            p += n;
        }
        return acc.toString();
    }

    /** Writes {@code data} at {@code addr} in the tracee. */
    public void write(long addr, byte[] data) {
        int done = 0;
        while (done < data.length) {
            int n = Math.min(CHUNK, data.length - done);
            buf.put(0, data, done, n);
            int w = (int) transfer(true, addr + done, n);
            if (w == 0) {
                throw new NativeException("process_vm_writev", Errno.EFAULT);
            }
            done += w;
        }
    }

    /** Writes a NUL-terminated string and returns the address just past it. */
    public long writeCString(long addr, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] z = java.util.Arrays.copyOf(b, b.length + 1);
        write(addr, z);
        return addr + z.length;
    }

    /**
     * A growable byte buffer for C strings of unknown length, decoded one char per byte (ISO-8859-1)
     * so that no byte of a guest path is lost or merged.
     */
    private static final class StringBuilderBytes {
        private byte[] data = new byte[64];
        private int size;

        void add(byte b) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = b;
        }

        int size() {
            return size;
        }

        @Override
        public String toString() {
            return new String(data, 0, size, StandardCharsets.ISO_8859_1);
        }
    }
}
