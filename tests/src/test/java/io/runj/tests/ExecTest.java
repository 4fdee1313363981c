package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.runj.platform.FdStreams;
import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.Pty;
import io.runj.platform.UnixSockets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runj exec}: a new process in a running container's sandbox, with runc's options and statuses. */
class ExecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path bundle;
    static Path subreaper;

    @TempDir
    Path dir;
    Path root;

    @BeforeAll
    static void bundle() throws Exception {
        bundle = Fixtures.busyboxBundle(Files.createDirectory(shared.resolve("sleeper")),
                "sh", "-c", "echo started; exec sleep 60");
        subreaper = shared.resolve("subreaper");
        Fixtures.command("gcc", "-O2", "-o", subreaper.toString(),
                Runj.HOME.resolve("tests/src/test/c/subreaper.c").toString());
    }

    @BeforeEach
    void runContainer() throws Exception {
        root = dir.resolve("root");
        Runj.Result run = Runj.runWithStdout(bundle, dir.resolve("init.out"), "--root", root.toString(), "run", "-d", "c");
        assertEquals(0, run.exit(), run::toString);
    }

    @AfterEach
    void delete() throws Exception {
        Runj.run(bundle, "--root", root.toString(), "delete", "--force", "c");
    }

    private Runj.Result runj(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--root", root.toString()));
        all.addAll(List.of(args));
        return Runj.run(bundle, all.toArray(String[]::new));
    }

    @Test
    void execRunsACommandInTheSandboxAndExitsWithItsStatus() throws Exception {
        Runj.Result r = runj("exec", "c", "sh", "-c", "echo out; echo err >&2; hostname; exit 3");
        assertEquals(3, r.exit(), r::toString);
        // The container's UTS namespace: its hostname, not the host's.
        assertEquals("out\nrunj\n", r.out());
        assertEquals("err\n", r.err());
        Runj.Result killed = runj("exec", "c", "sh", "-c", "kill -TERM $$");
        assertEquals(128 + 15, killed.exit(), killed::toString);
    }

    @Test
    void execTakesRuncsOptions() throws Exception {
        Runj.Result r = runj("exec", "--cwd", "/tmp", "-e", "FOO=bar", "--user", "65534:65534", "--additional-gids", "7",
                "c", "sh", "-c", "pwd; echo $FOO; id -u; id -g; id -G");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("/tmp\nbar\n65534\n65534\n65534 7\n", r.out());
    }

    @Test
    void execRunsAProcessFile() throws Exception {
        Path process = dir.resolve("process.json");
        Files.writeString(process, "{\"args\": [\"sh\", \"-c\", \"echo $WHO in $(pwd); exit 4\"], \"cwd\": \"/etc\","
                + " \"env\": [\"PATH=/bin\", \"WHO=file\"], \"user\": {\"uid\": 0, \"gid\": 0}}");
        Runj.Result r = runj("exec", "--process", process.toString(), "c");
        assertEquals(4, r.exit(), r::toString);
        assertEquals("file in /etc\n", r.out());
    }

    @Test
    void detachedExecLeavesAProcessThatExitsWithTheExecdStatus() throws Exception {
        Path pidFile = dir.resolve("exec.pid");
        List<String> cmd = new ArrayList<>(List.of(subreaper.toString(), pidFile.toString(), Runj.LAUNCHER.toString(),
                "--root", root.toString(), "exec", "--detach", "--pid-file", pidFile.toString(), "c",
                "sh", "-c", "sleep 1; exit 5"));
        Runj.Result r = Runj.exec(bundle, cmd);
        assertEquals(0, r.exit(), r::toString);
        String pid = Files.readString(pidFile);
        assertEquals("waited " + pid + ": exit 5\n", r.out());
    }

    /** containerd's shim reads exec's output until EOF: the waiter left behind must not hold it. */
    @Test
    void detachedExecWithATerminalLeavesNothingHoldingTheCallersOutput() throws Exception {
        String socket = dir.resolve("console.sock").toString();
        int listener = UnixSockets.listenStream(socket, 1);
        try {
            Process exec = new ProcessBuilder(Runj.LAUNCHER.toString(), "--root", root.toString(), "exec", "-d", "-t",
                    "--console-socket", socket, "c", "sleep", "30").redirectErrorStream(true).start();
            int conn = UnixSockets.accept(listener, 30_000);
            assertTrue(conn >= 0, "runj connected to the console socket");
            MessageSocket console = new MessageSocket(conn, 4096);
            MessageSocket.Received got = console.receive(new byte[4096]);
            console.close();
            try {
                var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return new String(exec.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                // The master stays open meanwhile: closing it would hang the sleep up.
                assertEquals("", output.get(15, java.util.concurrent.TimeUnit.SECONDS), "EOF long before the sleep ends");
                assertEquals(0, exec.waitFor());
            } finally {
                for (int fd : got.fds()) {
                    HostFs.close(fd);
                }
            }
        } finally {
            HostFs.close(listener);
        }
    }

    @Test
    void psListsExecdProcesses() throws Exception {
        Runj.Result before = runj("ps", "--format", "json", "c");
        Runj.Result exec = runj("exec", "-d", "c", "sleep", "30");
        assertEquals(0, exec.exit(), exec::toString);
        Runj.Result after = runj("ps", "--format", "json", "c");
        assertEquals(1, JSON.readTree(before.out()).size(), before::toString);
        JsonNode pids = JSON.readTree(after.out());
        assertEquals(2, pids.size(), after::toString);
        String cmdline = Files.readString(Path.of("/proc/" + pids.get(1).asInt() + "/cmdline"));
        assertEquals("sleep\u000030\u0000", cmdline);
    }

    @Test
    void execWithATerminalSendsTheMasterToTheConsoleSocket() throws Exception {
        String socket = dir.resolve("console.sock").toString();
        int listener = UnixSockets.listenStream(socket, 1);
        try {
            Process exec = new ProcessBuilder(Runj.LAUNCHER.toString(), "--root", root.toString(), "exec", "-t",
                    "--console-socket", socket, "c", "sh", "-c", "test -t 0 && echo isatty; exit 6")
                    .redirectErrorStream(true).start();
            int conn = UnixSockets.accept(listener, 30_000);
            assertTrue(conn >= 0, "runj connected to the console socket");
            MessageSocket console = new MessageSocket(conn, 4096);
            MessageSocket.Received got = console.receive(new byte[4096]);
            console.close();
            assertEquals(1, got.fds().length);
            int master = got.fds()[0];
            try {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                Thread drain = new Thread(() -> {
                    try {
                        FdStreams.input(master).transferTo(text);
                    } catch (IOException e) {
                        // The end of the terminal.
                    }
                });
                drain.start();
                assertEquals(6, exec.waitFor(), new String(exec.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                drain.join(30_000);
                assertTrue(text.toString(StandardCharsets.UTF_8).contains("isatty\r\n"), text::toString);
            } finally {
                HostFs.close(master);
            }
        } finally {
            HostFs.close(listener);
        }
    }

    @Test
    void execWithATerminalAndNoConsoleSocketRelaysTheCallersTerminal() throws Exception {
        Pty pty = Pty.open();
        try {
            Pty.setWindowSize(pty.slave(), 30, 100);
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> {
                try {
                    FdStreams.input(pty.master()).transferTo(text);
                } catch (IOException e) {
                    // The end of the terminal.
                }
            });
            drain.setDaemon(true);
            drain.start();
            File tty = new File(pty.name());
            Process exec = new ProcessBuilder(Runj.LAUNCHER.toString(), "--root", root.toString(), "exec", "-t", "c",
                    "sh", "-c", "test -t 0 && echo isatty; stty size; exit 7")
                    .redirectInput(tty).redirectOutput(tty).redirectError(tty).start();
            assertTrue(exec.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "runj exec finished");
            assertEquals(7, exec.exitValue(), "the exec'd process's status");
            HostFs.close(pty.slave());
            drain.join(30_000);
            assertTrue(text.toString(StandardCharsets.UTF_8).contains("isatty\r\n30 100\r\n"), text::toString);
        } finally {
            HostFs.close(pty.master());
        }
    }

    @Test
    void execFailsAsRuncDoes() throws Exception {
        Runj.Result missing = runj("exec", "c", "nosuchprogram");
        assertEquals(255, missing.exit(), missing::toString);
        assertEquals("runj: exec failed: exec: \"nosuchprogram\": executable file not found in $PATH\n", missing.err());
        Runj.Result unknown = runj("exec", "nosuch", "true");
        assertEquals(255, unknown.exit(), unknown::toString);
        assertEquals("runj: exec failed: container does not exist\n", unknown.err());
        assertEquals(0, runj("kill", "c", "KILL").exit());
        for (int i = 0; i < 200 && !runj("state", "c").out().contains("\"stopped\""); i++) {
            Thread.sleep(50);
        }
        Runj.Result stopped = runj("exec", "c", "true");
        assertEquals(255, stopped.exit(), stopped::toString);
        assertEquals("runj: exec failed: cannot exec in a stopped container\n", stopped.err());
    }
}
