package io.runj.sentry.kernel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.runj.platform.SeccompFilter;
import io.runj.platform.syscall.SyscallTable;
import io.runj.sentry.syscalls.SyscallDispositions;
import io.runj.sentry.syscalls.SyscallEntry;

/** The seccomp program the guest runs under, derived from the syscall table. Other ABIs are killed. */
public final class SeccompPolicy {
    private SeccompPolicy() {
    }

    /**
     * The table's filter: ALLOW, TRACE or ERRNO per syscall, with its argument rules; numbers
     * x86-64 does not assign fail with ENOSYS, as the kernel would answer them.
     */
    public static byte[] fromTable() {
        int[] actions = new int[SyscallTable.MAX_NUMBER + 1];
        int unassigned = SyscallDispositions.unassignedAction();
        Arrays.fill(actions, unassigned);
        Map<Integer, List<SeccompFilter.ArgCheck>> checks = new HashMap<>();
        for (SyscallEntry e : SyscallDispositions.all()) {
            actions[e.number()] = e.seccompAction();
            if (!e.rules().isEmpty()) {
                checks.put(e.number(), e.argChecks());
            }
        }
        return SeccompFilter.build(actions, unassigned, checks);
    }

    /**
     * Every syscall traps to the sentry (SECCOMP_RET_TRACE), which then applies the table itself:
     * for --strace, so that every call is seen, passed-through ones included.
     */
    public static byte[] traceAll() {
        int[] actions = new int[SyscallTable.MAX_NUMBER + 1];
        Arrays.fill(actions, SeccompFilter.RET_TRACE);
        return SeccompFilter.build(actions, SeccompFilter.RET_TRACE);
    }

    /** The program for a guest: {@link #traceAll} when --strace must see everything, else {@link #fromTable}. */
    public static byte[] forGuest(boolean traceEverything) {
        return traceEverything ? traceAll() : fromTable();
    }
}
