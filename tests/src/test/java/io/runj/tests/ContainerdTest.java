package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * containerd with bin/runj as the runc binary of its runc shim (ctr's --runc-binary is the
 * shim's BinaryName option): the shim calls runj with --root ROOT/NAMESPACE, a json --log, a
 * relative root.path, an inherited fd 3, and stdio pipes or a --console-socket. One containerd,
 * with its root, state and sockets in a temp dir, serves the whole class, and one image: the
 * busybox rootfs as a docker archive imported with ctr.
 */
class ContainerdTest {
    private static final String IMAGE = "localhost/runj-test/busybox:latest";

    @TempDir
    static Path dir;
    private static Process containerd;

    @BeforeAll
    static void startContainerdAndImportTheImage() throws Exception {
        Path config = dir.resolve("config.toml");
        Files.writeString(config, String.join("\n",
                "version = 2",
                "root = \"" + dir.resolve("root") + "\"",
                "state = \"" + dir.resolve("state") + "\"",
                // Kubernetes' plugin, which ctr does not use.
                "disabled_plugins = [\"io.containerd.grpc.v1.cri\"]",
                "[grpc]",
                "  address = \"" + socket() + "\"",
                "[ttrpc]",
                "  address = \"" + socket() + ".ttrpc\"",
                "[plugins.\"io.containerd.internal.v1.opt\"]",
                "  path = \"" + dir.resolve("opt") + "\"",
                ""));
        containerd = new ProcessBuilder("containerd", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("containerd.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (ctr("version").exit() != 0) {
            assertTrue(containerd.isAlive() && System.currentTimeMillis() < deadline,
                    () -> "containerd did not come up: " + log());
            Thread.sleep(100);
        }
        Runj.Result imported = ctr("image", "import", dockerArchive().toString());
        assertEquals(0, imported.exit(), imported::toString);
    }

    @AfterAll
    static void stopContainerd() throws Exception {
        try {
            // A failed test may have left tasks: their shims and overlay mounts go with them.
            for (String id : ctr("container", "list", "--quiet").out().split("\n")) {
                if (!id.isBlank()) {
                    ctr("task", "kill", "--all", "--signal", "SIGKILL", id);
                    ctr("task", "delete", "--force", id);
                    ctr("container", "delete", id);
                }
            }
        } finally {
            if (containerd != null) {
                containerd.destroy();
                containerd.waitFor(30, TimeUnit.SECONDS);
            }
            Clients.awaitExitOfProcessesNaming(dir);
        }
    }

    @Test
    void runPassesTheOutputAndTheExitCodeAndTheShimsFdsStayOutside() throws Exception {
        Runj.Result r = ctr(run("--rm", IMAGE, "c1", "sh", "-c",
                "echo hi from runj; if (: >&3) 2>/dev/null; then echo fd 3 open; else echo fd 3 closed; fi; exit 3"));
        assertEquals(3, r.exit(), r::toString);
        assertEquals("hi from runj\nfd 3 closed\n", r.out(), r::toString);
    }

    @Test
    void detachedTaskPsKillWithTermAndDelete() throws Exception {
        Path log = runDetached("c3", "trap 'echo term; exit 7' TERM; sleep 1000 & echo started; wait");
        Runj.Result ps = ctr("task", "ps", "c3");
        assertEquals(0, ps.exit(), ps::toString);
        assertTrue(ps.out().lines().skip(1).count() >= 2, () -> "sh and sleep: " + ps.out());
        Runj.Result kill = ctr("task", "kill", "c3");
        assertEquals(0, kill.exit(), kill::toString);
        awaitStopped("c3");
        assertEquals("started\nterm\n", Files.readString(log));
        deleted("c3", 7);
    }

    @Test
    void killAllWithKill() throws Exception {
        runDetached("c4", "trap '' TERM; echo started; sleep 1000");
        Runj.Result kill = ctr("task", "kill", "--all", "--signal", "SIGKILL", "c4");
        assertEquals(0, kill.exit(), kill::toString);
        awaitStopped("c4");
        deleted("c4", 137);
    }

    @Test
    void terminal() throws Exception {
        List<String> cmd = ctrCommand(run("--rm", "--tty", IMAGE, "c5", "sh", "-c",
                "test -t 0 && test -t 1 && test -t 2 && echo isatty; exit 4"));
        try (PtyTranscript terminal = new PtyTranscript(30, 100)) {
            Process ctr = terminal.start(cmd, dir);
            try {
                assertTrue(ctr.waitFor(120, TimeUnit.SECONDS), "ctr run --tty finished");
                assertEquals(4, ctr.exitValue(), "the guest's status");
                // ctr leaves output processing on in its own terminal: the pty's \r\n comes out as \r\r\n.
                terminal.await("isatty\r\r\n", 10_000);
            } finally {
                ctr.destroyForcibly();
            }
        }
    }

    @Test
    void execWithPipesAndWithATerminal() throws Exception {
        runDetached("c6", "trap 'exit 7' TERM; sleep 1000 & echo started; wait");
        Runj.Result exec = ctr("task", "exec", "--exec-id", "e1", "c6", "sh", "-c", "echo hi; exit 5");
        assertEquals(5, exec.exit(), exec::toString);
        assertEquals("hi\n", exec.out(), exec::toString);
        List<String> cmd = ctrCommand("task", "exec", "--exec-id", "e2", "--tty", "c6", "sh", "-c",
                "test -t 0 && test -t 1 && test -t 2 && echo isatty; exit 6");
        try (PtyTranscript terminal = new PtyTranscript(30, 100)) {
            Process ctr = terminal.start(cmd, dir);
            try {
                assertTrue(ctr.waitFor(120, TimeUnit.SECONDS), "ctr task exec --tty finished");
                assertEquals(6, ctr.exitValue(), "the process's status");
                terminal.await("isatty\r\r\n", 10_000);
            } finally {
                ctr.destroyForcibly();
            }
        }
        Runj.Result kill = ctr("task", "kill", "c6");
        assertEquals(0, kill.exit(), kill::toString);
        awaitStopped("c6");
        deleted("c6", 7);
    }

    /** Starts {@code script} as task {@code id} with its output in a file; waits until it shows "started". */
    private static Path runDetached(String id, String script) throws Exception {
        Path log = dir.resolve(id + ".log");
        Runj.Result run = ctr(run("--detach", "--log-uri", log.toUri().toString(), IMAGE, id, "sh", "-c", script));
        assertEquals(0, run.exit(), run::toString);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(log) || !Files.readString(log).contains("started")) {
            assertTrue(System.currentTimeMillis() < deadline, "the task never wrote started");
            Thread.sleep(100);
        }
        return log;
    }

    private static void awaitStopped(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!ctr("task", "list").out().matches("(?s).*\\n" + id + "\\s+\\d+\\s+STOPPED.*")) {
            assertTrue(System.currentTimeMillis() < deadline, id + " never stopped");
            Thread.sleep(100);
        }
    }

    /** Deletes the stopped task (ctr reports its exit status) and its container. */
    private static void deleted(String id, int status) throws Exception {
        Runj.Result delete = ctr("task", "delete", id);
        assertEquals(0, delete.exit(), delete::toString);
        assertTrue(delete.err().contains("exit code " + status), delete::toString);
        Runj.Result rm = ctr("container", "delete", id);
        assertEquals(0, rm.exit(), rm::toString);
    }

    /**
     * A docker archive of the busybox rootfs as one layer: manifest.json, the image config (whose
     * diff_ids name the layer by its sha256) and the layer tar.
     */
    private static Path dockerArchive() throws Exception {
        Path image = Files.createDirectory(dir.resolve("image"));
        Path layer = image.resolve("layer.tar");
        Fixtures.command("tar", "-C", Fixtures.busyboxRootfs().toString(), "-cf", layer.toString(), ".");
        String diffId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(layer)));
        Files.writeString(image.resolve("config.json"), "{\"architecture\":\"amd64\",\"os\":\"linux\","
                + "\"config\":{\"Env\":[\"PATH=/usr/sbin:/usr/bin:/sbin:/bin\"],\"Cmd\":[\"sh\"]},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + diffId + "\"]}}");
        Files.writeString(image.resolve("manifest.json"),
                "[{\"Config\":\"config.json\",\"RepoTags\":[\"" + IMAGE + "\"],\"Layers\":[\"layer.tar\"]}]");
        Path archive = dir.resolve("image.tar");
        Fixtures.command("tar", "-C", image.toString(), "-cf", archive.toString(),
                "manifest.json", "config.json", "layer.tar");
        return archive;
    }

    private static String[] run(String... args) {
        List<String> a = new ArrayList<>(List.of("run", "--runc-binary", Runj.LAUNCHER.toString(),
                "--runc-root", dir.resolve("runj").toString()));
        a.addAll(List.of(args));
        return a.toArray(String[]::new);
    }

    private static Runj.Result ctr(String... args) throws Exception {
        return Runj.exec(dir, ctrCommand(args));
    }

    private static List<String> ctrCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ctr", "--address", socket(), "--namespace", "runj-test"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String socket() {
        return dir.resolve("containerd.sock").toString();
    }

    private static String log() {
        try {
            return Files.readString(dir.resolve("containerd.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
