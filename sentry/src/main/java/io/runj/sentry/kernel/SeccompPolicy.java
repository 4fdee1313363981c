package io.runj.sentry.kernel;

import java.util.Arrays;

import io.runj.platform.SeccompFilter;
import io.runj.platform.syscall.SyscallTable;

/** The seccomp program the guest runs under, derived from the syscall table. */
public final class SeccompPolicy {
    private SeccompPolicy() {
    }

    /** Every syscall traps to the sentry (SECCOMP_RET_TRACE); other ABIs are killed. */
    public static byte[] traceAll() {
        int[] actions = new int[SyscallTable.MAX_NUMBER + 1];
        Arrays.fill(actions, SeccompFilter.RET_TRACE);
        return SeccompFilter.build(actions, SeccompFilter.RET_TRACE);
    }
}
