package io.runj.gofer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.runj.platform.Errno;
import io.runj.platform.HostFs;
import io.runj.platform.Signals;

/** The gofer as the sentry runs it: its own JVM, connected over a socket, confined. */
class GoferProcessTest {
    private static final int SIGSTOP = 19;

    @TempDir
    Path tmp;

    private GoferProcess start(List<String> launcher, List<MountSpec> mounts) {
        return GoferProcess.start(launcher, tmp.resolve("gofer.sock"), mounts, 30_000);
    }

    private static List<String> gofer() {
        return GoferProcess.jvmCommand(GoferMain.class.getName());
    }

    @Test
    void servesAndRunsConfined() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(root.resolve("f"), "served");
        try (GoferProcess g = start(gofer(), List.of(new MountSpec(root, false, false)))) {
            GoferClient c = g.client();
            Walked w = c.walk(0, "f", false);
            int fd = c.open(w.handle(), HostFs.O_RDONLY);
            assertEquals("served", Files.readString(Path.of("/proc/self/fd/" + fd)));
            HostFs.close(fd);
            assertFalse(Files.exists(tmp.resolve("gofer.sock")), "the rendezvous socket is gone");

            Path proc = Path.of("/proc/" + g.process().pid());
            String status = Files.readString(proc.resolve("status"));
            assertTrue(status.contains("NoNewPrivs:\t1"), status);
            assertTrue(status.contains("Seccomp:\t2"), status);
            // Capabilities are per thread: the serving thread keeps only the file-serving ones.
            long kept = GoferConfinement.KEPT_CAPABILITIES;
            boolean servingThreadFound = false;
            try (var tasks = Files.list(proc.resolve("task"))) {
                for (Path t : (Iterable<Path>) tasks::iterator) {
                    for (String line : Files.readAllLines(t.resolve("status"))) {
                        if (line.startsWith("CapEff:")) {
                            long eff = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                            servingThreadFound |= eff != 0 && (eff & ~kept) == 0;
                        }
                    }
                }
            }
            assertTrue(servingThreadFound || !status.contains("CapEff:\t000001ff"),
                    "a thread with only the kept capabilities");
        }
    }

    @Test
    void killingTheGoferFailsAPendingCallWithEio() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        GoferProcess g = start(gofer(), List.of(new MountSpec(root, false, false)));
        try {
            GoferClient c = g.client();
            c.stat(0);
            Signals.kill((int) g.process().pid(), SIGSTOP);
            awaitStopped(g.process().pid());
            CompletableFuture<Object> pending = CompletableFuture.supplyAsync(() -> c.stat(0));
            Thread.sleep(300);
            assertFalse(pending.isDone(), "the call waits while the gofer is stopped");
            long t0 = System.nanoTime();
            g.process().destroyForcibly();
            ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            GoferException ge = (GoferException) e.getCause();
            assertEquals(Errno.EIO, ge.errno());
            assertTrue(millis < 2000, "failed promptly: " + millis + " ms");
            assertEquals(Errno.EIO, assertThrows(GoferException.class, () -> c.walk(0, "x", false)).errno());
        } finally {
            g.close();
        }
    }

    /** Waits until every thread of {@code pid} is in group-stop: kill only queues SIGSTOP. */
    private static void awaitStopped(long pid) throws Exception {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            boolean all = true;
            try (var ts = Files.list(tasks)) {
                for (Path t : (Iterable<Path>) ts::iterator) {
                    try {
                        String stat = Files.readString(t.resolve("stat"));
                        all &= stat.charAt(stat.lastIndexOf(')') + 2) == 'T';
                    } catch (java.nio.file.NoSuchFileException exited) {
                        // a thread that ended meanwhile does not need to stop
                    }
                }
            }
            if (all) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "the gofer stopped");
            Thread.sleep(10);
        }
    }

    /**
     * A served tree with procfs mounted inside it (in the gofer's own mount namespace only): the
     * magic links there, reached directly or through symlinks in the tree, are refused.
     */
    @Test
    void magicLinksInsideTheTreeAreRefused() throws Exception {
        Assumptions.assumeTrue(new ProcessBuilder("unshare", "--mount", "true").start().waitFor() == 0,
                "needs unshare --mount (CAP_SYS_ADMIN)");
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.createDirectories(root.resolve("proc"));
        Files.createSymbolicLink(root.resolve("procroot"), Path.of("/proc/self/root"));
        Files.createSymbolicLink(root.resolve("procfd"), Path.of("/proc/self/fd/0"));
        Files.createSymbolicLink(root.resolve("cwd"), Path.of("proc/self/cwd"));
        List<String> launcher = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private",
                "sh", "-c", "mount --bind /proc \"$0/proc\" && exec \"$@\"", root.toString()));
        launcher.addAll(gofer());
        for (boolean rbind : List.of(true, false)) {
            try (GoferProcess g = start(launcher, List.of(new MountSpec(root, false, rbind)))) {
                GoferClient c = g.client();
                int expected = rbind ? Errno.ELOOP : Errno.EXDEV;
                for (String p : List.of("proc/self/root/etc/passwd", "proc/1/root", "procroot", "procroot/etc",
                        "procfd", "cwd", "proc/self/fd/0")) {
                    GoferException e = assertThrows(GoferException.class, () -> c.walk(0, p, true), p);
                    // Another process's links are refused earlier still: the gofer lacks CAP_SYS_PTRACE.
                    boolean denied = rbind && p.startsWith("proc/1/") && e.errno() == Errno.EACCES;
                    assertEquals(Errno.name(expected), denied ? Errno.name(expected) : Errno.name(e.errno()), p);
                }
                if (rbind) {
                    assertTrue(c.walk(0, "proc/self/status", true).stat().isRegular(), "procfs is reachable");
                }
            }
        }
        assertFalse(Files.readString(Path.of("/proc/self/mountinfo")).contains(root.toString()),
                "the host's mounts are unchanged");
    }

    @Test
    void aGoferThatCannotStartIsReported() throws IOException {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> start(gofer(), List.of(new MountSpec(tmp.resolve("missing"), true, false))));
        assertTrue(e.getMessage().contains("exited"), e.getMessage());
    }
}
