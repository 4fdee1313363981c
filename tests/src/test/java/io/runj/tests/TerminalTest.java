package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.runj.platform.FdStreams;
import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.Pty;
import io.runj.platform.UnixSockets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * process.terminal: the guest's stdio is a pty that is its controlling terminal, whose master
 * goes to --console-socket as runc sends it, or that {@code runj run} relays itself.
 */
class TerminalTest {
    @TempDir
    Path dir;

    private Path bundle(Integer rows, Integer columns) throws Exception {
        Path b = Fixtures.busyboxBundle(Files.createDirectory(dir.resolve("bundle")), "sh", "-c",
                "test -t 0 && test -t 1 && test -t 2 && echo isatty; stty size; echo $((6*7)); exit 3");
        Fixtures.editConfig(b, c -> {
            ObjectNode process = (ObjectNode) c.get("process");
            process.put("terminal", true);
            if (rows != null) {
                process.putObject("consoleSize").put("height", rows).put("width", columns);
            }
        });
        return b;
    }

    @Test
    void consoleSocketReceivesTheMasterOfTheGuestsControllingTerminal() throws Exception {
        Path bundle = bundle(24, 80);
        Path root = dir.resolve("root");
        String socket = dir.resolve("console.sock").toString();
        int listener = UnixSockets.listenStream(socket, 1);
        try {
            Runj.Result create = Runj.run(bundle, "--root", root.toString(), "create", "--console-socket", socket, "tty1");
            assertEquals(0, create.exit(), create::toString);
            int conn = UnixSockets.accept(listener, 10_000);
            assertTrue(conn >= 0, "the sentry connected to the console socket");
            MessageSocket console = new MessageSocket(conn, 4096);
            byte[] name = new byte[4096];
            MessageSocket.Received got = console.receive(name);
            console.close();
            assertTrue(new String(name, 0, got.length(), StandardCharsets.UTF_8).matches("/dev/pts/\\d+"),
                    "the payload is the pty's name");
            assertEquals(1, got.fds().length);
            int master = got.fds()[0];
            try {
                Drain out = new Drain(FdStreams.input(master));
                Runj.Result start = Runj.run(bundle, "--root", root.toString(), "start", "tty1");
                assertEquals(0, start.exit(), start::toString);
                String text = out.await();
                assertTrue(text.contains("isatty\r\n24 80\r\n42\r\n"), text);
            } finally {
                HostFs.close(master);
            }
            assertEquals(0, Runj.run(bundle, "--root", root.toString(), "delete", "--force", "tty1").exit());
        } finally {
            HostFs.close(listener);
        }
    }

    @Test
    void createWithoutConsoleSocketIsRefusedAsRuncDoes() throws Exception {
        Path bundle = bundle(null, null);
        Runj.Result r = Runj.run(bundle, "--root", dir.resolve("root").toString(), "create", "tty2");
        assertEquals(1, r.exit(), r::toString);
        assertEquals("runj: cannot allocate tty if runj will detach without setting console socket\n", r.err());
    }

    @Test
    void runRelaysTheTerminalItIsGivenAndRestoresIt() throws Exception {
        Path bundle = bundle(null, null);
        Pty pty = Pty.open();
        try {
            Pty.setWindowSize(pty.slave(), 30, 100);
            String before = Fixtures.command("stty", "-g", "-F", pty.name());
            Drain out = new Drain(FdStreams.input(pty.master()));
            File tty = new File(pty.name());
            Process runj = new ProcessBuilder(Runj.LAUNCHER.toString(), "--root", dir.resolve("root").toString(),
                    "run", "tty3").directory(bundle.toFile())
                    .redirectInput(tty).redirectOutput(tty).redirectError(tty).start();
            assertTrue(runj.waitFor(60, TimeUnit.SECONDS), "runj run finished");
            assertEquals(3, runj.exitValue(), "the guest's status");
            assertEquals(before, Fixtures.command("stty", "-g", "-F", pty.name()), "the terminal's mode is restored");
            HostFs.close(pty.slave());
            String text = out.await();
            assertTrue(text.contains("isatty\r\n30 100\r\n42\r\n"), text);
        } finally {
            HostFs.close(pty.master());
        }
    }

    /** Reads a stream to its end on a thread of its own. */
    private static final class Drain {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        Drain(InputStream in) {
            thread = new Thread(() -> {
                try {
                    in.transferTo(bytes);
                } catch (IOException e) {
                    // The end of the terminal: what was read is the result.
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        String await() throws InterruptedException {
            thread.join(30_000);
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
