package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCI lifecycle as runc has it: create, start, state, kill, delete, list, ps, run --detach,
 * each checked against what runc prints for the same calls.
 */
class LifecycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STATE_KEYS =
            List.of("ociVersion", "id", "pid", "status", "bundle", "rootfs", "created", "owner");

    /** Bundles are only read, so the tests share them; each test has its own --root. */
    @TempDir
    static Path bundles;
    /** The guest's first action writes to stdout: before start, nothing may be there. */
    static Path sleeper;
    static Path missingProgram;
    static Path trapsTerm;

    @TempDir
    Path state;
    Path bundle;
    Path stdout;

    @BeforeAll
    static void bundles() throws Exception {
        sleeper = Fixtures.busyboxBundle(Files.createDirectory(bundles.resolve("sleeper")),
                "sh", "-c", "echo started; exec sleep 60");
        missingProgram = variant("missing", "nosuchprogram");
        trapsTerm = variant("traps-term", "sh", "-c", "trap 'echo term' TERM; echo started; sleep 60; exit 7");
    }

    /** The sleeper's config with other args, without another `runj spec`. */
    private static Path variant(String name, String... args) throws IOException {
        Path dir = Files.createDirectory(bundles.resolve(name));
        Files.copy(sleeper.resolve("config.json"), dir.resolve("config.json"));
        Fixtures.editConfig(dir, c -> {
            var a = ((ObjectNode) c.get("process")).putArray("args");
            List.of(args).forEach(a::add);
        });
        return dir;
    }

    @BeforeEach
    void stdout() throws IOException {
        bundle = sleeper;
        stdout = state.resolve("stdout.txt");
        Files.createFile(stdout);
    }

    /** No sentry outlives a test, whatever it left behind. */
    @AfterEach
    void killSentries() throws IOException {
        try (var dirs = Files.list(state).filter(Files::isDirectory)) {
            for (Path dir : dirs.toList()) {
                Path file = dir.resolve("state.json");
                if (Files.exists(file)) {
                    long pid = JSON.readTree(file.toFile()).get("state").get("pid").asLong();
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
    }

    private Runj.Result runj(String... args) throws IOException, InterruptedException {
        return Runj.run(bundle, withRoot(args));
    }

    /** create and run: the container keeps their stdout, the file {@link #stdout}. */
    private Runj.Result launch(String... args) throws IOException, InterruptedException {
        Runj.Result r = Runj.runWithStdout(bundle, stdout, withRoot(args));
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err(), r::toString);
        return r;
    }

    private String[] withRoot(String... args) {
        List<String> cmd = new ArrayList<>(List.of("--root", state.toString()));
        cmd.addAll(List.of(args));
        return cmd.toArray(String[]::new);
    }

    private Runj.Result ok(String... args) throws IOException, InterruptedException {
        Runj.Result r = runj(args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private JsonNode state(String id) throws IOException, InterruptedException {
        Runj.Result r = ok("state", id);
        assertTrue(r.out().startsWith("{\n  \"ociVersion\": ") && r.out().endsWith("\n}"), r::toString);
        return JSON.readTree(r.out());
    }

    private static void assertError(Runj.Result r, String message) {
        assertEquals(1, r.exit(), r::toString);
        assertEquals("runj: " + message + "\n", r.err(), r::toString);
    }

    private void awaitOutput(String expected) throws Exception {
        for (int i = 0; i < 500 && !Files.readString(stdout).contains(expected); i++) {
            Thread.sleep(10);
        }
        assertTrue(Files.readString(stdout).contains(expected), () -> "stdout: " + expected);
    }

    /** Waits until {@code pid} has exited (a zombie counts: nobody may reap it here). */
    private static void awaitGone(long pid) throws Exception {
        for (int i = 0; i < 1000 && alive(pid); i++) {
            Thread.sleep(10);
        }
        assertFalse(alive(pid), "process " + pid + " still alive");
    }

    private static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            char st = stat.charAt(stat.lastIndexOf(')') + 2);
            return st != 'Z' && st != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void createSetsUpWithoutRunningUserCodeAndStartRunsItWithTheCallersStdout() throws Exception {
        Path pidFile = state.resolve("pid");
        launch("create", "--bundle", bundle.toString(), "--pid-file", pidFile.toString(), "c1");
        JsonNode s = state("c1");
        assertEquals(STATE_KEYS, fieldNames(s));
        assertEquals("created", s.get("status").asText());
        assertEquals(bundle.toString(), s.get("bundle").asText());
        assertEquals("", s.get("owner").asText());
        assertEquals(Files.readString(pidFile), s.get("pid").asText(), "--pid-file holds the sentry's pid, no newline");
        assertTrue(alive(s.get("pid").asLong()));
        assertFalse(Files.readString(stdout).contains("started"), "no guest code ran before start");

        ok("start", "c1");
        awaitOutput("started\n");
        assertEquals("running", state("c1").get("status").asText());
    }

    @Test
    void killStopsTheGuestAndDeleteRemovesTheContainer() throws Exception {
        launch("run", "--detach", "--bundle", bundle.toString(), "c1");
        awaitOutput("started\n");
        long sentry = state("c1").get("pid").asLong();
        ok("kill", "c1", "TERM");
        awaitGone(sentry);
        JsonNode s = state("c1");
        assertEquals("stopped", s.get("status").asText());
        assertEquals(0, s.get("pid").asInt());
        assertError(runj("kill", "c1", "KILL"), "container not running");
        ok("delete", "c1");
        assertFalse(Files.exists(state.resolve("c1")));
    }

    @Test
    void killBeforeStartEndsTheContainerUnstarted() throws Exception {
        launch("create", "--bundle", bundle.toString(), "c1");
        long sentry = state("c1").get("pid").asLong();
        ok("kill", "c1", "SIGKILL");
        awaitGone(sentry);
        assertError(runj("start", "c1"), "cannot start a container that has stopped");
        assertFalse(Files.readString(stdout).contains("started"), "the guest never ran");
        ok("delete", "c1");
    }

    @Test
    void sentryKilledMeansStoppedAndDeleteForceCleansUp() throws Exception {
        launch("run", "-d", "--bundle", bundle.toString(), "c1");
        awaitOutput("started\n");
        long sentry = state("c1").get("pid").asLong();
        long guest = JSON.readTree(ok("ps", "--format", "json", "c1").out()).get(0).asLong();
        assertTrue(alive(guest));
        ProcessHandle.of(sentry).orElseThrow().destroyForcibly();
        awaitGone(sentry);
        awaitGone(guest);
        JsonNode s = state("c1");
        assertEquals("stopped", s.get("status").asText());
        assertEquals(0, s.get("pid").asInt());
        ok("delete", "--force", "c1");
        assertFalse(Files.exists(state.resolve("c1")));
        ok("delete", "--force", "c1");
    }

    @Test
    void deleteForceKillsARunningContainerAndItsGuest() throws Exception {
        launch("run", "--detach", "--bundle", bundle.toString(), "c1");
        awaitOutput("started\n");
        long sentry = state("c1").get("pid").asLong();
        assertError(runj("delete", "c1"), "cannot delete container c1 that is not stopped: running");
        ok("delete", "--force", "c1");
        assertFalse(alive(sentry));
        assertFalse(Files.exists(state.resolve("c1")));
    }

    @Test
    void listAndPsPrintRuncsShapes() throws Exception {
        launch("run", "--detach", "--bundle", bundle.toString(), "c1");
        awaitOutput("started\n");
        long sentry = state("c1").get("pid").asLong();

        String json = ok("list", "--format", "json").out();
        assertTrue(json.startsWith("[{\"ociVersion\":") && json.endsWith("}]\n"), json);
        JsonNode list = JSON.readTree(json);
        assertEquals(1, list.size());
        assertEquals(STATE_KEYS, fieldNames(list.get(0)));
        assertEquals("running", list.get(0).get("status").asText());
        assertEquals("root", list.get(0).get("owner").asText());
        assertEquals(sentry, list.get(0).get("pid").asLong());

        assertEquals("c1\n", ok("list", "-q").out());
        List<String> table = ok("list").out().lines().toList();
        assertEquals(2, table.size(), table::toString);
        String header = table.get(0);
        assertTrue(header.matches("ID {10}PID {9}STATUS {6}BUNDLE +CREATED +OWNER"), header);
        assertTrue(table.get(1).matches("c1 {10}" + sentry + " +running +" + Pattern.quote(bundle.toString()) + " +\\S+Z +root"), table.get(1));

        String psJson = ok("ps", "--format", "json", "c1").out();
        assertTrue(psJson.matches("\\[\\d+]\n"), psJson);
        JsonNode pids = JSON.readTree(psJson);
        long guest = pids.get(0).asLong();
        assertTrue(Files.readString(Path.of("/proc/" + guest + "/cmdline")).startsWith("sleep"));

        List<String> ps = ok("ps", "c1").out().lines().toList();
        assertEquals(2, ps.size(), ps::toString);
        assertTrue(ps.get(0).matches("UID +PID +PPID.*CMD"), ps.toString());
        assertTrue(ps.get(1).matches("\\S+ +" + guest + " .*sleep 60"), ps.toString());
    }

    @Test
    void killAllSignalsEveryGuestProcess() throws Exception {
        bundle = trapsTerm;
        launch("run", "--detach", "--bundle", bundle.toString(), "c1");
        awaitOutput("started\n");
        JsonNode pids = JSON.readTree(ok("ps", "--format", "json", "c1").out());
        assertEquals(2, pids.size(), pids::toString);
        ok("kill", "--all", "c1", "15");
        // The child dies of it; the init's trap runs once its foreground child is gone.
        awaitGone(pids.get(1).asLong());
        awaitOutput("term\n");
        awaitGone(pids.get(0).asLong());
    }

    @Test
    void wrongStateAndDuplicateIdAreRefusedAsRuncDoes() throws Exception {
        launch("create", "--bundle", bundle.toString(), "c1");
        assertError(runj("create", "--bundle", bundle.toString(), "c1"), "container with given ID already exists");
        ok("start", "c1");
        assertError(runj("start", "c1"), "cannot start an already running container");
        assertEquals("running", state("c1").get("status").asText());
    }

    @Test
    void setupErrorLeavesNothingBehind() throws Exception {
        bundle = missingProgram;
        Runj.Result r = runj("create", "--bundle", bundle.toString(), "c1");
        assertEquals(127, r.exit(), r::toString);
        assertEquals("runj: exec: \"nosuchprogram\": executable file not found in $PATH\n", r.err());
        assertFalse(Files.exists(state.resolve("c1")), "no state directory");
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String cmdline;
                try {
                    cmdline = Files.readString(p.resolve("cmdline"));
                } catch (IOException e) {
                    continue;
                }
                assertFalse(cmdline.contains(state.toString()) && alive(Long.parseLong(p.getFileName().toString())),
                        "left running: " + cmdline);
            }
        }
    }

    @Test
    void unknownIdAndMissingIdFailAsRuncDoes() throws Exception {
        for (String cmd : List.of("state", "start", "kill", "delete", "ps")) {
            assertError(runj(cmd, "nope"), "container does not exist");
        }
        ok("delete", "--force", "nope");
        Runj.Result r = runj("state");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("runj: \"state\" requires exactly 1 argument(s)\n"), r::toString);
        r = runj("kill");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("runj: \"kill\" requires a minimum of 1 argument(s)\n"), r::toString);
    }

    @Test
    void errorsGoToTheJsonLogAsRuncWritesThem() throws Exception {
        Path log = state.resolve("log.json");
        assertError(runj("--log-format=json", "--log", log.toString(), "state", "nope"), "container does not exist");
        JsonNode line = JSON.readTree(Files.readString(log));
        assertEquals(List.of("level", "msg", "time"), fieldNames(line));
        assertEquals("error", line.get("level").asText());
        assertEquals("container does not exist", line.get("msg").asText());
        assertTrue(line.get("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), line::toString);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
