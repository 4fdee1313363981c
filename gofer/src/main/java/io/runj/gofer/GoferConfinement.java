package io.runj.gofer;

import io.runj.platform.Confinement;
import io.runj.platform.Errno;
import io.runj.platform.SeccompFilter;

/**
 * What the gofer gives up once its mount roots are open (see docs/architecture.md, "Gofer"):
 * no_new_privs; on the serving thread every capability but those serving files as the guest's
 * owner needs; and on every thread a seccomp filter that refuses (EPERM) the calls a file server
 * never makes and an attacker would want: mounts and namespaces, exec, ptrace and process_vm,
 * module and kexec loading, bpf, perf, io_uring, keyrings, open_by_handle_at.
 */
final class GoferConfinement {
    private static final int CAP_CHOWN = 0;
    private static final int CAP_DAC_OVERRIDE = 1;
    private static final int CAP_DAC_READ_SEARCH = 2;
    private static final int CAP_FOWNER = 3;
    private static final int CAP_FSETID = 4;
    static final long KEPT_CAPABILITIES = (1L << CAP_CHOWN) | (1L << CAP_DAC_OVERRIDE)
            | (1L << CAP_DAC_READ_SEARCH) | (1L << CAP_FOWNER) | (1L << CAP_FSETID);

    /** x86-64 numbers of the refused calls. */
    private static final int[] DENIED = {
        59, 322,                      // execve, execveat
        101, 310, 311,                // ptrace, process_vm_readv, process_vm_writev
        133,                          // mknod (the gofer uses mknodat, and only for FIFOs, sockets, files)
        153, 155, 161, 163, 164, 165, 166, 167, 168, 169, 170, 171, // vhangup .. setdomainname
        172, 173, 175, 176, 179, 227, 159,                          // iopl, ioperm, modules, quotactl, clocks
        246, 248, 249, 250, 272, 298, 303, 304, 308, 313, 320, 321, 323,
        425, 426, 427, 428, 429, 430, 431, 432, 433, 442,           // io_uring, new mount API, mount_setattr
    };
    private static final int TABLE_SIZE = 512;

    private GoferConfinement() {
    }

    static void apply() {
        Confinement.noNewPrivs();
        Confinement.keepOnlyCapabilities(KEPT_CAPABILITIES);
        int[] actions = new int[TABLE_SIZE];
        java.util.Arrays.fill(actions, SeccompFilter.RET_ALLOW);
        for (int nr : DENIED) {
            actions[nr] = SeccompFilter.RET_ERRNO | Errno.EPERM;
        }
        Confinement.seccompAllThreads(SeccompFilter.build(actions, SeccompFilter.RET_ALLOW));
    }
}
