package io.runj.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jnr.ffi.Pointer;

/**
 * Privilege reduction for a runj helper process (the gofer). Linux keeps capabilities and
 * no_new_privs per thread, and a JVM has many threads before main() runs, so the capability
 * calls here reduce the calling thread (and threads it starts later); only the seccomp filter,
 * installed with SECCOMP_FILTER_FLAG_TSYNC, reaches every thread of the process, and TSYNC also
 * gives every thread the caller's no_new_privs.
 */
public final class Confinement {
    private static final int SYS_PRCTL = 157;
    private static final int SYS_CAPSET = 126;
    private static final int SYS_SECCOMP = 317;
    private static final int PR_CAPBSET_DROP = 24;
    private static final int PR_SET_NO_NEW_PRIVS = 38;
    private static final int PR_CAP_AMBIENT = 47;
    private static final int PR_CAP_AMBIENT_CLEAR_ALL = 4;
    private static final int LINUX_CAPABILITY_VERSION_3 = 0x20080522;
    private static final int SECCOMP_SET_MODE_FILTER = 1;
    private static final int SECCOMP_FILTER_FLAG_TSYNC = 1;

    private Confinement() {
    }

    private static long sys(String call, long nr, long a1, long a2, long a3, long a4, long a5) {
        return Native.check(call, Native.LIBC.syscall(nr, a1, a2, a3, a4, a5, 0));
    }

    /** PR_SET_NO_NEW_PRIVS on the calling thread: execve can never gain privileges again. */
    public static void noNewPrivs() {
        sys("prctl(PR_SET_NO_NEW_PRIVS)", SYS_PRCTL, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    }

    /**
     * Leaves the calling thread only the capabilities in {@code keep} (a bit per CAP_* number):
     * effective and permitted sets reduced, inheritable and ambient cleared, and the others dropped
     * from the bounding set so no later execve can regain them. Dropping the bounding set needs
     * CAP_SETPCAP, so it is done first, while the thread still may.
     */
    public static void keepOnlyCapabilities(long keep) {
        int last = lastCapability();
        for (int cap = 0; cap <= last; cap++) {
            if ((keep & (1L << cap)) == 0) {
                long rc = Native.LIBC.syscall(SYS_PRCTL, PR_CAPBSET_DROP, cap, 0, 0, 0, 0);
                // Without CAP_SETPCAP (an unprivileged gofer) the bounding set cannot shrink; the
                // capabilities themselves are still dropped below.
                if (rc < 0 && Native.errno() != Errno.EPERM) {
                    throw new NativeException("prctl(PR_CAPBSET_DROP)", Native.errno());
                }
            }
        }
        sys("prctl(PR_CAP_AMBIENT_CLEAR_ALL)", SYS_PRCTL, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
        Pointer header = Native.allocate(8);
        header.putInt(0, LINUX_CAPABILITY_VERSION_3);
        header.putInt(4, 0);
        Pointer data = Native.allocate(24);
        // Two {effective, permitted, inheritable} words: capabilities 0-31, then 32-63.
        data.putInt(0, (int) keep);
        data.putInt(4, (int) keep);
        data.putInt(12, (int) (keep >>> 32));
        data.putInt(16, (int) (keep >>> 32));
        sys("capset", SYS_CAPSET, header.address(), data.address(), 0, 0, 0);
    }

    /**
     * Installs a seccomp-bpf program (struct sock_filter[], as {@link SeccompFilter#build} makes
     * it) on every thread of the process. The calling thread must have no_new_privs.
     */
    public static void seccompAllThreads(byte[] program) {
        Pointer prog = Native.allocate(program.length);
        prog.put(0, program, 0, program.length);
        Pointer fprog = Native.allocate(16);
        fprog.putShort(0, (short) (program.length / 8));
        fprog.putLong(8, prog.address());
        long rc = sys("seccomp(SET_MODE_FILTER, TSYNC)", SYS_SECCOMP, SECCOMP_SET_MODE_FILTER,
                SECCOMP_FILTER_FLAG_TSYNC, fprog.address(), 0, 0);
        // With TSYNC a positive result is the tid of a thread that could not be synchronized.
        if (rc != 0) {
            throw new NativeException("seccomp(TSYNC): thread " + rc + " not synchronized", Errno.EPERM);
        }
        java.lang.ref.Reference.reachabilityFence(prog);
    }

    private static int lastCapability() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/kernel/cap_last_cap")).trim());
        } catch (IOException | NumberFormatException e) {
            return 40;
        }
    }
}
