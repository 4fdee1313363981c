package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Podman with bin/runj as its OCI runtime: conmon calls runj create (json --log, --pid-file,
 * pipes or a --console-socket), start, kill 15 then 9, and delete --force. The image is the
 * busybox rootfs imported from a tarball, and all of Podman's storage is in a temp dir.
 * The class shares one storage and one import: each Podman command costs seconds.
 */
class PodmanTest {
    private static final String IMAGE = "localhost/runj-test/busybox:latest";
    /**
     * No systemd on the machines this runs on, a hard nofile limit of 20000 and no
     * CAP_SYS_RESOURCE (Podman's default ulimits are higher), and no network runj supports yet.
     */
    private static final List<String> RUN_OPTIONS = List.of("--network=none",
            "--ulimit", "nofile=20000:20000", "--ulimit", "nproc=32768:32768");

    @TempDir
    static Path dir;

    @BeforeAll
    static void importTheBusyboxRootfsAsAnImage() throws Exception {
        Files.writeString(dir.resolve("containers.conf"), String.join("\n",
                "[engine]",
                "cgroup_manager = \"cgroupfs\"",
                "events_logger = \"file\"",
                "events_logfile_path = \"" + dir.resolve("events.log") + "\"",
                "tmp_dir = \"" + Files.createDirectory(dir.resolve("tmp")) + "\"",
                "runtime = \"runj\"",
                // Only runtimes listed here get --log-format=json, whose msg Podman shows as the error.
                "runtime_supports_json = [\"runj\"]",
                "[engine.runtimes]",
                "runj = [\"" + Runj.LAUNCHER + "\"]",
                ""));
        Path tar = dir.resolve("rootfs.tar");
        Fixtures.command("tar", "-C", Fixtures.busyboxRootfs().toString(), "-cf", tar.toString(), ".");
        Runj.Result imported = podman("import", tar.toString(), IMAGE);
        assertEquals(0, imported.exit(), imported::toString);
    }

    @AfterAll
    static void removeTheContainersLeft() throws Exception {
        podman("rm", "--all", "--force", "--time", "0");
        // conmon runs `podman container cleanup` when a container exits: let it finish with the
        // storage before the temp dir goes.
        Clients.awaitExitOfProcessesNaming(dir);
    }

    @Test
    void runPassesTheOutputAndTheExitCodeAndRemovesTheContainer() throws Exception {
        Runj.Result r = podman(run("--rm", IMAGE, "sh", "-c", "echo hi from runj; exit 3"));
        assertEquals(3, r.exit(), r::toString);
        assertEquals("hi from runj\n", r.out(), r::toString);
        assertEquals("", podman("ps", "--all", "--quiet").out(), "--rm left no container");
    }

    @Test
    void aCreateErrorIsShownWithRuncsExitCode() throws Exception {
        // runj create fails: its json --log msg is what Podman shows, and 127 is runc's status for it.
        Runj.Result missing = podman(run("--rm", IMAGE, "no-such-command"));
        assertEquals(127, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("\"no-such-command\": executable file not found in $PATH"), missing::toString);
    }

    @Test
    void detachedContainerLogsAndStopsOnTerm() throws Exception {
        String id = runDetached("trap 'echo term; exit 7' TERM; sleep 1000 & echo started; wait");
        assertTrue(podman("ps", "--quiet", "--no-trunc").out().contains(id), "running");
        Runj.Result stop = podman("stop", "--time", "60", id);
        assertEquals(0, stop.exit(), stop::toString);
        assertEquals("7\n", podman("inspect", "--format", "{{.State.ExitCode}}", id).out());
        assertEquals("started\nterm\n", podman("logs", id).out());
        assertRemoved(id);
    }

    @Test
    void stopKillsAContainerThatIgnoresTerm() throws Exception {
        String id = runDetached("trap '' TERM; echo started; sleep 1000");
        Runj.Result stop = podman("stop", "--time", "1", id);
        assertEquals(0, stop.exit(), stop::toString);
        assertEquals("137\n", podman("inspect", "--format", "{{.State.ExitCode}}", id).out(), "SIGKILL after TERM");
        assertRemoved(id);
    }

    @Test
    void interactiveTerminal() throws Exception {
        List<String> cmd = podmanCommand(run("-it", "--rm", IMAGE, "sh"));
        try (PtyTranscript terminal = new PtyTranscript(30, 100)) {
            Process podman = terminal.start(cmd, dir);
            try {
                terminal.await("# ", 120_000);
                terminal.type("test -t 0 && test -t 1 && test -t 2 && echo isatty; stty size; echo $((6*7)); exit 5\r");
                assertTrue(podman.waitFor(120, TimeUnit.SECONDS), "podman run -it finished");
                assertEquals(5, podman.exitValue(), "the shell's status");
                terminal.await("isatty\r\n30 100\r\n42\r\n", 10_000);
            } finally {
                podman.destroyForcibly();
            }
        }
    }

    @Test
    void execInADetachedContainerWithPipesAndWithATerminal() throws Exception {
        String id = runDetached("trap 'exit 0' TERM; sleep 1000 & echo started; wait");
        Runj.Result exec = podman("exec", id, "sh", "-c", "echo in; exit 4");
        assertEquals(4, exec.exit(), exec::toString);
        assertEquals("in\n", exec.out(), exec::toString);
        List<String> cmd = podmanCommand("exec", "-it", id, "sh");
        try (PtyTranscript terminal = new PtyTranscript(30, 100)) {
            Process podman = terminal.start(cmd, dir);
            try {
                terminal.await("# ", 120_000);
                terminal.type("test -t 0 && echo isatty; stty size; echo $((6*7)); exit 6\r");
                assertTrue(podman.waitFor(120, TimeUnit.SECONDS), "podman exec -it finished");
                assertEquals(6, podman.exitValue(), "the shell's status");
                terminal.await("isatty\r\n30 100\r\n42\r\n", 10_000);
            } finally {
                podman.destroyForcibly();
            }
        }
        Runj.Result stop = podman("stop", "--time", "60", id);
        assertEquals(0, stop.exit(), stop::toString);
        assertEquals("0\n", podman("inspect", "--format", "{{.State.ExitCode}}", id).out());
        assertRemoved(id);
    }

    /** Starts {@code script} in a detached container and waits until its log shows "started". */
    private static String runDetached(String script) throws Exception {
        Runj.Result run = podman(run("--detach", IMAGE, "sh", "-c", script));
        assertEquals(0, run.exit(), run::toString);
        String id = run.out().trim();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!podman("logs", id).out().contains("started")) {
            assertTrue(System.currentTimeMillis() < deadline, "the container never logged started");
            Thread.sleep(200);
        }
        return id;
    }

    private static void assertRemoved(String id) throws Exception {
        Runj.Result rm = podman("rm", id);
        assertEquals(0, rm.exit(), rm::toString);
        assertFalse(podman("ps", "--all", "--quiet", "--no-trunc").out().contains(id), "removed");
    }

    private static String[] run(String... args) {
        List<String> a = new ArrayList<>(List.of("run"));
        a.addAll(RUN_OPTIONS);
        a.addAll(List.of(args));
        return a.toArray(String[]::new);
    }

    private static Runj.Result podman(String... args) throws Exception {
        return Runj.exec(dir, podmanCommand(args));
    }

    /** podman with its storage, its state and its config in the temp dir, and runj as the runtime. */
    private static List<String> podmanCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of("env", "CONTAINERS_CONF=" + dir.resolve("containers.conf"),
                "podman", "--root", dir.resolve("storage").toString(), "--runroot", dir.resolve("run").toString(),
                "--cgroup-manager=cgroupfs", "--runtime", Runj.LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
