package io.runj.sentry.syscalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.runj.platform.Errno;
import io.runj.platform.SeccompFilter;
import io.runj.platform.syscall.SyscallInfo;
import io.runj.platform.syscall.SyscallNumbers;
import io.runj.platform.syscall.SyscallTable;
import io.runj.sentry.kernel.SeccompPolicy;

class SyscallDispositionsTest {
    private static final int I386 = 0x40000003;
    private static final int X86_64 = SeccompFilter.AUDIT_ARCH_X86_64;
    private static final ClassicBpf TABLE = new ClassicBpf(SeccompPolicy.fromTable());

    @Test
    void everySyscallHasExactlyOneEntry() {
        List<String> missing = new ArrayList<>();
        for (SyscallInfo info : SyscallTable.all()) {
            SyscallEntry e = SyscallDispositions.entry(info.number());
            if (e == null) {
                missing.add(info.name());
            } else {
                assertEquals(info, e.info());
            }
        }
        assertTrue(missing.isEmpty(), "no disposition for " + missing);
        assertEquals(SyscallTable.all().size(), SyscallDispositions.all().size());
    }

    @Test
    void filterDecidesAsTheTableForEverySyscall() {
        Random random = new Random(42);
        for (SyscallEntry e : SyscallDispositions.all()) {
            List<long[]> samples = new ArrayList<>();
            samples.add(new long[6]);
            for (ArgRule r : e.rules()) {
                // The rule's own value, its neighbours, and the same with junk in the upper half.
                for (long v : new long[] {r.value(), r.value() - 1L, r.value() + 1L, r.value() | 0xdead_0000_0000L}) {
                    long[] a = new long[6];
                    a[r.arg()] = v;
                    samples.add(a);
                }
            }
            for (int i = 0; i < 20; i++) {
                long[] a = new long[6];
                for (int j = 0; j < 6; j++) {
                    a[j] = random.nextLong();
                }
                samples.add(a);
            }
            for (long[] a : samples) {
                assertEquals(e.decide(a).seccompAction(), TABLE.run(e.number(), X86_64, a),
                        () -> e.name() + " with " + java.util.Arrays.toString(a));
            }
        }
    }

    @Test
    void unassignedNumbersFailWithEnosys() {
        int enosys = SeccompFilter.RET_ERRNO | Errno.ENOSYS;
        assertNull(SyscallDispositions.entry(400));
        assertEquals(enosys, TABLE.run(335, X86_64));
        assertEquals(enosys, TABLE.run(423, X86_64));
        assertEquals(enosys, TABLE.run(SyscallTable.MAX_NUMBER + 1, X86_64));
        assertEquals(enosys, TABLE.run(100_000, X86_64));
        assertEquals(enosys, TABLE.run(-1, X86_64));
    }

    @Test
    void otherAbisAreKilled() {
        for (ClassicBpf f : List.of(TABLE, new ClassicBpf(SeccompPolicy.traceAll()))) {
            assertEquals(SeccompFilter.RET_KILL_PROCESS, f.run(SyscallNumbers.READ, I386));
            assertEquals(SeccompFilter.RET_KILL_PROCESS, f.run(0x40000000 | SyscallNumbers.GETPID, X86_64));
            assertEquals(SeccompFilter.RET_KILL_PROCESS, f.run(0x40000000 + 512, X86_64));
        }
    }

    @Test
    void straceFilterTrapsEverything() {
        ClassicBpf all = new ClassicBpf(SeccompPolicy.traceAll());
        for (SyscallInfo info : SyscallTable.all()) {
            assertEquals(SeccompFilter.RET_TRACE, all.run(info.number(), X86_64, 0x10000000L, 1, 0x5412));
        }
    }

    @Test
    void theDocumentedDecisions() {
        assertEquals(SeccompFilter.RET_ALLOW, TABLE.run(SyscallNumbers.READ, X86_64));
        assertEquals(SeccompFilter.RET_ALLOW, TABLE.run(SyscallNumbers.WRITE, X86_64));
        assertEquals(SeccompFilter.RET_TRACE, TABLE.run(SyscallNumbers.OPENAT, X86_64));
        assertEquals(SeccompFilter.RET_TRACE, TABLE.run(SyscallNumbers.KILL, X86_64));
        int eperm = SeccompFilter.RET_ERRNO | Errno.EPERM;
        int enosys = SeccompFilter.RET_ERRNO | Errno.ENOSYS;
        for (int nr : new int[] {SyscallNumbers.BPF, SyscallNumbers.PERF_EVENT_OPEN, SyscallNumbers.KEXEC_LOAD,
                SyscallNumbers.INIT_MODULE, SyscallNumbers.FINIT_MODULE, SyscallNumbers.REBOOT,
                SyscallNumbers.OPEN_BY_HANDLE_AT, SyscallNumbers.PTRACE, SyscallNumbers.USERFAULTFD,
                SyscallNumbers.SETNS, SyscallNumbers.FSOPEN}) {
            assertEquals(eperm, TABLE.run(nr, X86_64), SyscallTable.byNumber(nr).name());
        }
        for (int nr : new int[] {SyscallNumbers.IO_URING_SETUP, SyscallNumbers.KEYCTL, SyscallNumbers.CLONE3}) {
            assertEquals(enosys, TABLE.run(nr, X86_64), SyscallTable.byNumber(nr).name());
        }
        // clone: threads and fork run untrapped; a user namespace is refused; other namespaces trap.
        assertEquals(SeccompFilter.RET_ALLOW, TABLE.run(SyscallNumbers.CLONE, X86_64, 0x3d0f00L));
        assertEquals(eperm, TABLE.run(SyscallNumbers.CLONE, X86_64, 0x10000000L | 17));
        assertEquals(SeccompFilter.RET_TRACE, TABLE.run(SyscallNumbers.CLONE, X86_64, 0x20000000L | 17));
        assertEquals(eperm, TABLE.run(SyscallNumbers.UNSHARE, X86_64, 0x10000000L));
        // socket families
        int eafnosupport = SeccompFilter.RET_ERRNO | Errno.EAFNOSUPPORT;
        assertEquals(SeccompFilter.RET_ALLOW, TABLE.run(SyscallNumbers.SOCKET, X86_64, 1, 1, 0));
        assertEquals(SeccompFilter.RET_ALLOW, TABLE.run(SyscallNumbers.SOCKET, X86_64, 10, 2, 0));
        assertEquals(SeccompFilter.RET_TRACE, TABLE.run(SyscallNumbers.SOCKET, X86_64, 16, 3, 0));
        assertEquals(eafnosupport, TABLE.run(SyscallNumbers.SOCKET, X86_64, 17, 3, 0));
        // ioctl: TIOCSTI refused, TCGETS untrapped, anything else trapped
        assertEquals(eperm, TABLE.run(SyscallNumbers.IOCTL, X86_64, 0, 0x5412));
        assertEquals(eperm, TABLE.run(SyscallNumbers.IOCTL, X86_64, 0, 0xffffffff_00005412L));
        assertEquals(SeccompFilter.RET_ALLOW, TABLE.run(SyscallNumbers.IOCTL, X86_64, 0, 0x5401));
        assertEquals(SeccompFilter.RET_TRACE, TABLE.run(SyscallNumbers.IOCTL, X86_64, 0, 0xc0481273L));
        // close: reserved fds trap
        assertEquals(SeccompFilter.RET_ALLOW, TABLE.run(SyscallNumbers.CLOSE, X86_64, 5));
        assertEquals(SeccompFilter.RET_TRACE, TABLE.run(SyscallNumbers.CLOSE, X86_64, SyscallDispositions.RESERVED_FD_FIRST));
        assertEquals(SeccompFilter.RET_TRACE, TABLE.run(SyscallNumbers.CLOSE, X86_64, -1L));
    }

    @Test
    void filterStaysSmall() {
        // Every syscall is decided in a handful of comparisons; the whole program must fit BPF_MAXINSNS.
        assertTrue(TABLE.length() < 4096, "program of " + TABLE.length() + " instructions");
    }

    @Test
    void trappedEntriesSayWhatTheSentryDoesToday() {
        for (SyscallEntry e : SyscallDispositions.all()) {
            boolean traps = e.base().disposition() == Disposition.EMULATE
                    || e.rules().stream().anyMatch(r -> r.outcome().disposition() == Disposition.EMULATE);
            if (traps) {
                assertNotNull(e.handling(), e.name());
            }
            assertTrue(!e.note().isBlank() || !e.rules().isEmpty(), e.name() + " needs a note");
        }
    }
}
