package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runj run} of real busybox bundles: status, output and processes as Linux gives them. */
class RunBusyboxTest {
    @TempDir
    Path bundle;
    @TempDir
    Path state;

    private Runj.Result run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), args);
    }

    private Runj.Result runWith(List<String> globals, String... args) throws IOException, InterruptedException {
        Fixtures.busyboxBundle(bundle, args);
        List<String> cmd = new ArrayList<>(List.of("--root", state.toString()));
        cmd.addAll(globals);
        cmd.addAll(List.of("run", "--bundle", bundle.toString(), "c1"));
        return Runj.run(bundle, cmd.toArray(String[]::new));
    }

    @Test
    void echoAndExitStatus() throws Exception {
        Runj.Result r = run("sh", "-c", "echo hi; exit 3");
        assertEquals(3, r.exit(), r::toString);
        assertEquals("hi\n", r.out(), r::toString);
        assertFalse(Files.exists(state.resolve("c1")), "state removed after run");
    }

    @Test
    void listingOfRootMatchesTheRootfs() throws Exception {
        Runj.Result r = run("sh", "-c", "ls / | wc -l");
        long expected;
        try (var s = Files.list(Fixtures.busyboxRootfs())) {
            expected = s.count();
        }
        assertEquals(0, r.exit(), r::toString);
        assertEquals(String.valueOf(expected), r.out().trim());
    }

    @Test
    void shellKilledBySigtermExits143() throws Exception {
        Runj.Result r = run("sh", "-c", "kill -TERM $$; sleep 5");
        assertEquals(143, r.exit(), r::toString);
    }

    @Test
    void nestedForkExecFourDeep() throws Exception {
        Runj.Result r = run("sh", "-c", "echo 1; sh -c 'echo 2; sh -c \"echo 3; sh -c \\\"echo 4; exit 9\\\"; exit \\$?\"; exit $?'");
        assertEquals("1\n2\n3\n4\n", r.out(), r::toString);
        assertEquals(9, r.exit(), r::toString);
    }

    @Test
    void multithreadedGuestRunsAndExitsCleanly() throws Exception {
        Runj.Result r = run("/bin/threads");
        assertEquals("sum 56\nlast thread done\n", r.out(), r::toString);
        assertEquals(7, r.exit(), r::toString);
    }

    @Test
    void straceShowsTheWriteWithItsResult() throws Exception {
        Runj.Result r = runWith(List.of("--strace"), "sh", "-c", "echo hi");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("hi\n", r.out());
        assertTrue(r.err().contains("write(1, \"hi\\n\", 3) = 3"), r::toString);
        assertTrue(r.err().contains("execve(\"/bin/sh\", [\"sh\", \"-c\", \"echo hi\"]"), r::toString);
        assertTrue(r.err().contains("exit_group(0) = ?"), r::toString);
    }

    @Test
    void straceGoesToTheDebugLogWhenGiven() throws Exception {
        Path log = state.resolve("debug.log");
        Runj.Result r = runWith(List.of("--strace", "--debug-log", log.toString()), "sh", "-c", "echo hi");
        assertEquals(0, r.exit(), r::toString);
        assertFalse(r.err().contains("write(1"), r::toString);
        assertTrue(Files.readString(log).contains("write(1, \"hi\\n\", 3) = 3"));
    }

    @Test
    void programLookedUpInTheGuestPath() throws Exception {
        Runj.Result r = run("nosuchprogram");
        assertEquals(127, r.exit(), r::toString);
        assertTrue(r.err().contains("exec: \"nosuchprogram\": executable file not found in $PATH"), r::toString);
        assertFalse(Files.exists(state.resolve("c1")), "state removed after a failed start");
    }

    @Test
    void guestRunsAsTheConfiguredUserWithTheConfiguredHostname() throws Exception {
        Runj.Result r = run("sh", "-c", "id -u; id -g; hostname; pwd");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("0\n0\nrunj\n/\n", r.out(), r::toString);
    }

    @Test
    void defaultCapabilitiesRefuseHostnameAndMount() throws Exception {
        Runj.Result r = run("sh", "-c", "hostname foo || echo refused; mount -t tmpfs none /tmp || echo refused; hostname");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("refused\nrefused\nrunj\n", r.out(), r::toString);
    }

    @Test
    void capabilitiesFromTheConfigAreGranted() throws Exception {
        Fixtures.busyboxBundle(bundle, "sh", "-c", "hostname foo && hostname");
        Fixtures.editConfig(bundle, c -> {
            var caps = (com.fasterxml.jackson.databind.node.ObjectNode) c.get("process").get("capabilities");
            for (String set : List.of("bounding", "effective", "permitted")) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) caps.get(set)).add("CAP_SYS_ADMIN");
            }
        });
        Runj.Result r = Runj.run(bundle, "--root", state.toString(), "run", "c1");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("foo\n", r.out(), r::toString);
    }

    @Test
    void devHasTheDefaultDevicesAndTheRootfsIsUntouched() throws Exception {
        Runj.Result r = run("sh", "-c", "echo gone > /dev/null; dd if=/dev/zero bs=1 count=3 2>/dev/null | wc -c;"
                + " head -c 5 /dev/urandom | wc -c; echo x > /dev/full || echo full; ls /dev");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("3\n5\nfull\nfd\nfull\nmqueue\nnull\nptmx\npts\nrandom\nshm\nstderr\nstdin\nstdout\ntty\n"
                + "urandom\nzero\n", r.out(), r::toString);
        try (var s = Files.list(Fixtures.busyboxRootfs().resolve("dev"))) {
            assertEquals(0, s.count(), "the rootfs's own /dev is left empty");
        }
    }
}
