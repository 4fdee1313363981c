package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: a one-line error naming the problem, a non-zero exit, nothing left behind. */
class CliErrorsTest {
    @TempDir
    Path bundle;
    @TempDir
    Path state;

    private static void assertOneLineError(Runj.Result r, String expected) {
        assertEquals(1, r.exit(), r::toString);
        assertEquals("runj: " + expected + "\n", r.err(), r::toString);
        assertEquals("", r.out(), r::toString);
    }

    @Test
    void missingBundle() throws Exception {
        Path nowhere = bundle.resolve("nope");
        Runj.Result r = Runj.run(bundle, "--root", state.toString(), "run", "--bundle", nowhere.toString(), "c1");
        assertOneLineError(r, "bundle " + nowhere + ": no such directory");
        assertFalse(Files.exists(state.resolve("c1")));
    }

    @Test
    void missingConfig() throws Exception {
        Runj.Result r = Runj.run(bundle, "--root", state.toString(), "run", "c1");
        assertOneLineError(r, "config.json: no such file: " + bundle.resolve("config.json"));
    }

    @Test
    void badConfigNamesTheJsonPath() throws Exception {
        Fixtures.busyboxBundle(bundle, "sh");
        String config = Files.readString(bundle.resolve("config.json"));
        Files.writeString(bundle.resolve("config.json"), config.replace("\"cwd\" : \"/\"", "\"cwd\" : \"relative\""));
        Runj.Result r = Runj.run(bundle, "--root", state.toString(), "run", "c1");
        assertOneLineError(r, "process.cwd: must be absolute");
        assertFalse(Files.exists(state.resolve("c1")), "nothing left behind");
    }

    @Test
    void namespacePathIsRefusedNotReplacedByANewNamespace() throws Exception {
        Fixtures.busyboxBundle(bundle, "true");
        Fixtures.editConfig(bundle, c -> {
            for (var ns : c.get("linux").get("namespaces")) {
                if (ns.get("type").asText().equals("network")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) ns).put("path", "/proc/1/ns/net");
                }
            }
        });
        Runj.Result r = Runj.run(bundle, "--root", state.toString(), "run", "c1");
        assertTrue(r.err().matches("runj: linux\\.namespaces\\[\\d\\]\\.path: joining an existing network namespace "
                + "is not supported by runj yet\n"), r::toString);
        assertEquals(1, r.exit(), r::toString);
        assertFalse(Files.exists(state.resolve("c1")), "nothing left behind");
    }

    @Test
    void malformedConfigNamesLineAndColumn() throws Exception {
        Files.writeString(bundle.resolve("config.json"), "{\n  \"ociVersion\": \"1.0.2\",\n  }\n");
        Runj.Result r = Runj.run(bundle, "--root", state.toString(), "run", "c1");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("runj: config.json: malformed JSON at line 3, column 3"), r::toString);
    }

    @Test
    void invalidId() throws Exception {
        Fixtures.busyboxBundle(bundle, "true");
        Runj.Result r = Runj.run(bundle, "--root", state.toString(), "run", "../escape");
        assertOneLineError(r, "invalid container id format: ../escape");
    }

    @Test
    void duplicateIdIsRefusedWhileTheFirstRuns() throws Exception {
        Fixtures.busyboxBundle(bundle, "sleep", "3");
        Process first = new ProcessBuilder(Runj.LAUNCHER.toString(), "--root", state.toString(), "run", "dup")
                .directory(bundle.toFile()).start();
        try {
            for (int i = 0; i < 100 && !Files.exists(state.resolve("dup")); i++) {
                Thread.sleep(50);
            }
            Runj.Result r = Runj.run(bundle, "--root", state.toString(), "run", "dup");
            assertOneLineError(r, "container with given ID already exists");
        } finally {
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(0, first.exitValue());
        assertFalse(Files.exists(state.resolve("dup")), "the first run cleaned up");
    }

    @Test
    void unwritableStateRoot() throws Exception {
        Fixtures.busyboxBundle(bundle, "true");
        Runj.Result r = Runj.run(bundle, "--root", "/proc/runj-state", "run", "c1");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("runj: state directory /proc/runj-state"), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
    }

    @Test
    void specRefusesToOverwrite() throws Exception {
        assertEquals(0, Runj.run(bundle, "spec").exit());
        Runj.Result r = Runj.run(bundle, "spec");
        assertOneLineError(r, "File config.json exists. Remove it first");
    }

    @Test
    void unknownCommandAndMissingId() throws Exception {
        Runj.Result r = Runj.run(bundle, "frobnicate");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("runj: Unmatched argument at index 0: 'frobnicate'"), r::toString);
        r = Runj.run(bundle, "run");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("runj: \"run\" requires exactly 1 argument(s)\n"), r::toString);
    }
}
