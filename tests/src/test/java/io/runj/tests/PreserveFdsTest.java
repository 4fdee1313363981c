package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --preserve-fds and systemd's LISTEN_FDS: the caller's fds 3.. reach the guest as the same
 * numbers, and no other fd the caller holds does (containerd's runtime gets an extra fd 3).
 * The host's /bin/sh opens the fds for runj, as a caller's shell would.
 */
class PreserveFdsTest {
    /** The guest reads fd 3 and says whether fd 4 is open, and what LISTEN_* it has. */
    private static final String PROBE = "read line 2>/dev/null <&3 && echo \"fd3: $line\" || echo 'fd3 closed'; "
            + "( : <&4 ) 2>/dev/null && echo 'fd4 open' || echo 'fd4 closed'; echo \"listen: $LISTEN_FDS $LISTEN_PID $$\"";

    @TempDir
    Path dir;
    Path bundle;
    Path root;

    @BeforeEach
    void files() throws Exception {
        bundle = Fixtures.busyboxBundle(Files.createDirectory(dir.resolve("bundle")), "sh", "-c", PROBE);
        root = dir.resolve("root");
        Files.writeString(dir.resolve("three"), "the caller's fd 3\n");
        Files.writeString(dir.resolve("four"), "the caller's fd 4\n");
    }

    /** bin/runj ARGS run by the host's sh with fds 3 and 4 open on the two files, after {@code env}. */
    private Runj.Result withFds(String env, String args) throws Exception {
        String script = env + "exec " + Runj.LAUNCHER + " --root " + root + " " + args
                + " 3<" + dir.resolve("three") + " 4<" + dir.resolve("four");
        return Runj.exec(bundle, List.of("/bin/sh", "-c", script));
    }

    @Test
    void preservedFdsReachTheGuestAndOthersDoNot() throws Exception {
        Runj.Result r = withFds("", "run --preserve-fds 1 p");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("fd3: the caller's fd 3\nfd4 closed\n", r.out().lines().limit(2).map(l -> l + "\n")
                .reduce("", String::concat));
        Runj.Result none = withFds("", "run q");
        assertEquals(0, none.exit(), none::toString);
        assertEquals("fd3 closed\nfd4 closed\n", none.out().lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
    }

    @Test
    void listenFdsArePassedAsSystemdSetsThem() throws Exception {
        // LISTEN_PID is runj's own pid: sh execs bin/runj, which execs the JVM.
        Runj.Result r = withFds("LISTEN_FDS=1 LISTEN_PID=$$ ", "run l");
        assertEquals(0, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("fd3: the caller's fd 3", lines.get(0));
        assertEquals("fd4 closed", lines.get(1));
        String[] listen = lines.get(2).split(" ");
        assertEquals("1", listen[1], r::toString);
        // Runj has no pid namespace yet: LISTEN_PID is the pid the guest's getpid() returns.
        assertEquals(listen[3], listen[2], r::toString);
        Runj.Result other = withFds("LISTEN_FDS=1 LISTEN_PID=1 ", "run m");
        assertEquals("fd3 closed", other.out().lines().findFirst().orElseThrow(), "not ours: not passed");
    }

    @Test
    void execPassesPreservedFdsToo() throws Exception {
        Fixtures.editConfig(bundle, c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c.get("process"))
                .putArray("args").add("sleep").add("30"));
        assertEquals(0, Runj.run(bundle, "--root", root.toString(), "run", "-d", "e").exit());
        try {
            Runj.Result r = withFds("", "exec --preserve-fds 1 e sh -c '" + PROBE.replace("'", "'\\''") + "'");
            assertEquals(0, r.exit(), r::toString);
            assertEquals("fd3: the caller's fd 3", r.out().lines().findFirst().orElseThrow());
            assertEquals("fd4 closed", r.out().lines().skip(1).findFirst().orElseThrow());
            Runj.Result bad = Runj.run(bundle, "--root", root.toString(), "exec", "--preserve-fds", "40", "e", "true");
            assertEquals(255, bad.exit(), bad::toString);
        } finally {
            Runj.run(bundle, "--root", root.toString(), "delete", "--force", "e");
        }
    }
}
