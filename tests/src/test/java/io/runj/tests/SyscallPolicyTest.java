package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The syscall table as a real guest meets it (src/test/c/syscall_policy.c): refused calls get the
 * errno docs/syscalls.md shows, host pids look absent, and other ABIs are killed with SIGSYS.
 */
class SyscallPolicyTest {
    private static final String PROGRAM = "/bin/syscall_policy";

    @TempDir
    Path bundle;
    @TempDir
    Path state;

    @BeforeAll
    static void compileProbe() throws Exception {
        Path root = Fixtures.busyboxRootfs();
        Path source = Runj.HOME.resolve("tests/src/test/c/syscall_policy.c");
        Path target = root.resolve(PROGRAM.substring(1));
        if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) > 0) {
            return;
        }
        Path tmp = Files.createTempFile(Fixtures.DIR, "syscall_policy", ".tmp");
        Fixtures.command("gcc", "-static", "-O2", "-o", tmp.toString(), source.toString());
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Runj.Result run(List<String> globals, String... args) throws Exception {
        Fixtures.busyboxBundle(bundle, args);
        List<String> cmd = new ArrayList<>(List.of("--root", state.toString()));
        cmd.addAll(globals);
        cmd.addAll(List.of("run", "--bundle", bundle.toString(), "c1"));
        return Runj.run(bundle, cmd.toArray(String[]::new));
    }

    private static Map<String, String> results(Runj.Result r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : r.out().split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                m.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return m;
    }

    private static Map<String, String> expected(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static final Map<String, String> DENIED = expected(
            "bpf", "EPERM",
            "io_uring_setup", "ENOSYS",
            "perf_event_open", "EPERM",
            "kexec_load", "EPERM",
            "init_module", "EPERM",
            "finit_module", "EPERM",
            "keyctl", "ENOSYS",
            "userfaultfd", "EPERM",
            "reboot", "EPERM",
            "open_by_handle_at", "EPERM",
            "clone3", "ENOSYS",
            "unshare_user", "EPERM",
            "socket_packet", "EAFNOSUPPORT",
            "socket_unix", "ok",
            "ioctl_tiocsti", "EPERM");

    private static final Map<String, String> HOST_PIDS = expected(
            "kill_host_init", "ESRCH",
            "kill_sentry", "ESRCH",
            "tkill_sentry", "ESRCH",
            "tgkill_sentry", "ESRCH",
            "sigqueue_sentry", "ESRCH",
            "pidfd_open_host_init", "ESRCH",
            "ptrace_attach_sentry", "EPERM",
            "ptrace_traceme", "EPERM",
            "process_vm_readv_sentry", "ESRCH",
            "prlimit_host_init", "ESRCH",
            "setpriority_host_init", "ESRCH",
            "getpgid_sentry", "ESRCH",
            "getpgid_self", "ok",
            "fcntl_setown_sentry", "ESRCH");

    @Test
    void refusedCallsGetTheirDocumentedErrno() throws Exception {
        Runj.Result r = run(List.of(), PROGRAM, "denied");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(DENIED, results(r), r::toString);
    }

    @Test
    void refusalsAreTheSameUnderStrace() throws Exception {
        Runj.Result r = run(List.of("--strace"), PROGRAM, "denied");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(DENIED, results(r), r::toString);
        assertTrue(r.err().contains("bpf(") && r.err().contains("= -1 EPERM"), r::toString);
    }

    @Test
    void hostProcessesAreOutOfReach() throws Exception {
        Runj.Result r = run(List.of(), PROGRAM, "host-pids");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(HOST_PIDS, results(r), r::toString);
    }

    @Test
    void hostProcessesAreOutOfReachUnderStrace() throws Exception {
        Runj.Result r = run(List.of("--strace"), PROGRAM, "host-pids");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(HOST_PIDS, results(r), r::toString);
    }

    @Test
    void signalsWithinTheSandboxStillWork() throws Exception {
        Runj.Result r = run(List.of(), PROGRAM, "own-pids");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(expected("kill_child", "ok", "child_status", "SIGTERM", "kill_all", "ok",
                "kill_all_reached", "both"), results(r), r::toString);
    }

    @Test
    void int80SyscallIsKilledWithSigsys() throws Exception {
        Runj.Result r = run(List.of(), PROGRAM, "int80");
        // SIGSYS from the filter; some kernels (paravirtualised ones, or booted with
        // ia32_emulation=0) fault int 0x80 with SIGSEGV before seccomp sees it. Never a return.
        assertTrue(r.exit() == 128 + 31 || r.exit() == 128 + 11, r::toString);
        assertTrue(!r.out().contains("returned"), r::toString);
    }

    @Test
    void x32SyscallIsKilledWithSigsys() throws Exception {
        Runj.Result r = run(List.of(), PROGRAM, "x32");
        assertEquals(128 + 31, r.exit(), r::toString);
        assertTrue(!r.out().contains("returned"), r::toString);
    }
}
