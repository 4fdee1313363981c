package io.runj.platform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import jnr.ffi.Pointer;

/**
 * The guest stub: a 33-byte static x86-64 ELF, emitted here and kept in a sealed-off memfd, so
 * starting a guest needs no helper binary on disk and no fork of the JVM. It stops itself with
 * SIGSTOP and then loops in pause(); the tracer seizes it in that stop and drives everything else
 * (jail setup, execve of the guest) by injecting syscalls at {@link #SYSCALL_INSN}. It maps a
 * {@link #SCRATCH_SIZE} byte scratch area at {@link #SCRATCH} where the tracer writes the
 * strings and structures those syscalls read.
 */
public final class Stub {
    public static final long BASE = 0x10000000L;
    private static final int HEADERS = 64 + 56;
    public static final long SCRATCH = BASE + 0x1000;
    public static final int SCRATCH_SIZE = 1 << 20;

    private static final byte[] CODE = {
        (byte) 0xb8, 39, 0, 0, 0,            //  0: mov eax, SYS_getpid
        0x0f, 0x05,                          //  5: syscall
        (byte) 0x89, (byte) 0xc7,            //  7: mov edi, eax
        (byte) 0xbe, 19, 0, 0, 0,            //  9: mov esi, SIGSTOP
        (byte) 0xb8, 62, 0, 0, 0,            // 14: mov eax, SYS_kill
        0x0f, 0x05,                          // 19: syscall
        (byte) 0xb8, 34, 0, 0, 0,            // 21: mov eax, SYS_pause
        0x0f, 0x05,                          // 26: syscall   <- injection point
        (byte) 0xeb, (byte) 0xf7,            // 28: jmp 21
    };
    /** Address of a {@code syscall} instruction the tracer points rip at to inject a call. */
    public static final long SYSCALL_INSN = BASE + HEADERS + 26;

    private static final int MFD_CLOEXEC = 1;
    private static volatile String path;

    private Stub() {
    }

    /** The ELF image. */
    static byte[] image() {
        ByteBuffer b = ByteBuffer.allocate(HEADERS + CODE.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        b.putShort((short) 2).putShort((short) 0x3e).putInt(1); // ET_EXEC, EM_X86_64, EV_CURRENT
        b.putLong(BASE + HEADERS).putLong(64).putLong(0);      // e_entry, e_phoff, e_shoff
        b.putInt(0).putShort((short) 64).putShort((short) 56).putShort((short) 1); // flags, ehsize, phentsize, phnum
        b.putShort((short) 0).putShort((short) 0).putShort((short) 0);
        b.putInt(1).putInt(7);                                   // PT_LOAD, RWX
        b.putLong(0).putLong(BASE).putLong(BASE);                // offset, vaddr, paddr
        b.putLong(HEADERS + CODE.length);                        // filesz
        b.putLong(SCRATCH - BASE + SCRATCH_SIZE);                // memsz: code page + scratch
        b.putLong(0x1000);
        b.put(CODE);
        return b.array();
    }

    /**
     * A path that executes the stub: /proc/self/fd/N of a close-on-exec memfd of this process.
     * The kernel opens it during execve, before close-on-exec fds are closed, so it works from
     * posix_spawn while the fd never reaches the guest.
     */
    public static String path() {
        if (path == null) {
            synchronized (Stub.class) {
                if (path == null) {
                    path = "/proc/" + Native.getpid() + "/fd/" + createMemfd();
                }
            }
        }
        return path;
    }

    private static int createMemfd() {
        int fd = (int) Native.check("memfd_create", Native.LIBC.memfd_create("runj-stub", MFD_CLOEXEC));
        byte[] img = image();
        Pointer p = Native.allocate(img.length);
        p.put(0, img, 0, img.length);
        Native.check("write", Native.LIBC.write(fd, p.address(), img.length));
        return fd;
    }
}
