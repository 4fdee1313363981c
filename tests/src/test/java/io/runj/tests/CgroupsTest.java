package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * linux.resources applied with cgroups to the whole sandbox (this host's v1 hierarchies), and the
 * commands that use them: update, events, pause and resume; delete removes what create made.
 * Every container id is unique, so no test meets a cgroup another run left behind.
 */
class CgroupsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MIB = 1 << 20;

    @TempDir
    static Path rootfsDir;
    static Path rootfs;

    @TempDir
    Path state;
    @TempDir
    Path bundle;
    Path stdout;
    private final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void programs() throws Exception {
        rootfs = Fixtures.copyOfRootfs(rootfsDir.resolve("rootfs"));
        Fixtures.compileInto(rootfs, "hog");
        Fixtures.compileInto(rootfs, "forks");
    }

    /** No container outlives a test: delete --force (which also thaws and removes its cgroups). */
    @AfterEach
    void deleteContainers() throws Exception {
        for (String id : ids) {
            runj("delete", "--force", id);
        }
    }

    @Test
    void limitsApplyToTheWholeSandboxAndDeleteRemovesTheCgroups() throws Exception {
        String parent = "/runj-test-" + UUID.randomUUID().toString().substring(0, 8);
        String id = newId();
        bundle("sh", "-c", "i=0; while true; do i=$((i+1)); echo $i; sleep 0.05; done");
        Fixtures.editConfig(bundle, c -> {
            ObjectNode linux = (ObjectNode) c.get("linux");
            linux.put("cgroupsPath", parent + "/" + id);
            ((com.fasterxml.jackson.databind.node.ArrayNode) linux.get("namespaces")).addObject().put("type", "cgroup");
            ObjectNode r = linux.putObject("resources");
            r.putObject("memory").put("limit", 400 * MIB).put("reservation", 100 * MIB).put("swap", 400 * MIB);
            r.putObject("cpu").put("shares", 512).put("quota", 150000).put("period", 100000);
            r.putObject("pids").put("limit", 40);
            r.putObject("blockIO").put("weight", 300);
        });
        launch("create", "--bundle", bundle.toString(), id);
        Path memory = Path.of("/sys/fs/cgroup/memory" + parent + "/" + id);
        Path cpu = Path.of("/sys/fs/cgroup/cpu" + parent + "/" + id);
        Path pids = Path.of("/sys/fs/cgroup/pids" + parent + "/" + id);
        Path blkio = Path.of("/sys/fs/cgroup/blkio" + parent + "/" + id);
        assertEquals(400 * MIB, readLong(memory, "memory.limit_in_bytes"));
        assertEquals(400 * MIB, readLong(memory, "memory.memsw.limit_in_bytes"));
        assertEquals(100 * MIB, readLong(memory, "memory.soft_limit_in_bytes"));
        assertEquals(512, readLong(cpu, "cpu.shares"));
        assertEquals(150000, readLong(cpu, "cpu.cfs_quota_us"));
        assertEquals(100000, readLong(cpu, "cpu.cfs_period_us"));
        assertEquals(40, readLong(pids.resolve("guest"), "pids.max"));
        assertEquals(300, readLong(blkio, Files.exists(blkio.resolve("blkio.weight")) ? "blkio.weight" : "blkio.bfq.weight"));

        // The sentry and its gofer in the sandbox leaf, the guest's init in the guest leaf, in every hierarchy.
        long sentry = state(id).get("pid").asLong();
        assertEquals(parent + "/" + id + "/sandbox", cgroupOf(sentry).get("memory"));
        assertEquals(parent + "/" + id + "/sandbox", cgroupOf(sentry).get("pids"));
        List<ProcessHandle> children = ProcessHandle.of(sentry).orElseThrow().children().toList();
        assertEquals(2, children.size(), children::toString);
        int inGuest = 0;
        long init = 0;
        for (ProcessHandle child : children) {
            String leaf = cgroupOf(child.pid()).get("freezer");
            assertTrue(leaf.equals(parent + "/" + id + "/sandbox") || leaf.equals(parent + "/" + id + "/guest"), leaf);
            inGuest += leaf.endsWith("/guest") ? 1 : 0;
            init = leaf.endsWith("/guest") ? child.pid() : init;
            // The config asks for a cgroup namespace: the guest has its own, rooted at its leaf.
            if (leaf.endsWith("/guest")) {
                assertFalse(Files.readSymbolicLink(Path.of("/proc/" + child.pid() + "/ns/cgroup"))
                        .equals(Files.readSymbolicLink(Path.of("/proc/" + sentry + "/ns/cgroup"))));
            }
        }
        assertEquals(1, inGuest);

        ok("start", id);
        awaitLines(3);
        JsonNode stats = statsOf(id);
        assertTrue(stats.get("memory").get("usage").get("usage").asLong() > 0, stats::toString);
        assertEquals(400 * MIB, stats.get("memory").get("usage").get("limit").asLong(), stats::toString);
        assertTrue(stats.get("pids").get("current").asLong() >= 1, stats::toString);
        assertEquals(40, stats.get("pids").get("limit").asLong(), stats::toString);
        assertTrue(stats.get("cpu").get("usage").get("total").asLong() > 0, stats::toString);

        // update, from options and from a resources file; events then reports the new limits.
        ok("update", "--memory", "300m", "--pids-limit", "50", "--cpu-quota", "120000", id);
        assertEquals(300 * MIB, readLong(memory, "memory.limit_in_bytes"));
        assertEquals(50, readLong(pids.resolve("guest"), "pids.max"));
        assertEquals(120000, readLong(cpu, "cpu.cfs_quota_us"));
        Path resources = bundle.resolve("resources.json");
        Files.writeString(resources, "{\"cpu\": {\"shares\": 256}, \"pids\": {\"limit\": 60}}");
        ok("update", "-r", resources.toString(), id);
        assertEquals(256, readLong(cpu, "cpu.shares"));
        stats = statsOf(id);
        assertEquals(60, stats.get("pids").get("limit").asLong(), stats::toString);
        assertEquals(300 * MIB, stats.get("memory").get("usage").get("limit").asLong(), stats::toString);
        // What update did not name stays: the memory limit of the first update survived the second.
        assertEquals(300 * MIB, readLong(memory, "memory.limit_in_bytes"));

        // pause: the counter stops, the state says paused; resume: it counts again.
        ok("pause", id);
        assertEquals("paused", state(id).get("status").asText());
        assertEquals("FROZEN", Files.readString(Path.of("/sys/fs/cgroup/freezer" + parent + "/" + id, "freezer.state")).strip());
        long frozenAt = lines();
        Thread.sleep(500);
        assertEquals(frozenAt, lines());
        assertError(runj("pause", id), "container not running");
        assertError(runj("start", id), "cannot start a container in the paused state");
        Runj.Result exec = runj("exec", id, "true");
        assertEquals(255, exec.exit(), exec::toString);
        assertEquals("runj: exec failed: cannot exec in a paused container (use --ignore-paused to override)\n",
                exec.err(), exec::toString);
        // ps of a paused container reads the guest's leaf: the sentry cannot answer.
        JsonNode ps = JSON.readTree(ok("ps", "--format", "json", id).out());
        assertEquals(init, ps.get(0).asLong(), ps::toString);
        // A signal to a paused container is delivered and it stays paused, as under runc.
        ok("kill", id, "CONT");
        assertEquals("paused", state(id).get("status").asText());
        ok("resume", id);
        assertEquals("running", state(id).get("status").asText());
        awaitLines(frozenAt + 3);
        assertError(runj("resume", id), "container not paused");

        // delete --force of a paused container: every process gone, every directory runj made removed.
        ok("pause", id);
        ok("delete", "--force", id);
        ids.remove(id);
        for (ProcessHandle child : children) {
            assertFalse(running(child.pid()), child::toString);
        }
        for (String controller : List.of("memory", "cpu", "cpuacct", "cpuset", "pids", "blkio", "freezer", "devices")) {
            assertFalse(Files.exists(Path.of("/sys/fs/cgroup/" + controller + parent)), controller + parent);
        }
    }

    @Test
    void guestBeyondTheMemoryLimitIsKilledByTheOomKillerAndEventsReportsIt() throws Exception {
        String id = newId();
        bundle("sh", "-c", "sleep 3; exec hog");
        Fixtures.editConfig(bundle, c -> {
            ObjectNode memory = ((ObjectNode) c.get("linux")).putObject("resources").putObject("memory");
            memory.put("limit", 320 * MIB).put("swap", 320 * MIB);
        });
        // Detached, the container and its cgroup stay until delete: events sees the kill that ends it.
        launch("run", "--detach", "--bundle", bundle.toString(), id);
        Process events = new ProcessBuilder(Runj.LAUNCHER.toString(), "--root", state.toString(), "events",
                "--interval", "1s", id).redirectErrorStream(true).start();
        assertTrue(events.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        String out = output(events);
        assertTrue(out.contains("{\"type\":\"oom\",\"id\":\"" + id + "\"}\n"), out);
        assertTrue(out.startsWith("{\"type\":\"stats\",\"id\":\"" + id + "\",\"data\":{\"cpu\":"), out);
        ok("delete", id);
        // In the foreground, the status is the OOM-killed init's, as under runc.
        String again = newId();
        Runj.Result r = runj("run", "--bundle", bundle.toString(), again);
        assertEquals(137, r.exit(), r::toString);
        ids.remove(id);
        ids.remove(again);
    }

    @Test
    void pidsLimitMakesForkFailWithEagain() throws Exception {
        String id = newId();
        bundle("forks");
        Fixtures.editConfig(bundle, c -> ((ObjectNode) c.get("linux")).putObject("resources").putObject("pids").put("limit", 10));
        Runj.Result r = runj("run", "--bundle", bundle.toString(), id);
        // The init is one of the ten: nine children, as under runc.
        assertEquals("forked 9, then EAGAIN\n", r.out(), r::toString);
        assertEquals(0, r.exit(), r::toString);
        // The foreground run was the sentry, inside the cgroup: it left it, then removed it.
        try (var dirs = Files.walk(Path.of("/sys/fs/cgroup/pids"))) {
            assertEquals(List.of(), dirs.filter(d -> d.getFileName().toString().equals(id)).toList());
        }
        ids.remove(id);
    }

    @Test
    void wrongStatesAndBadValuesAreRefusedAsByRunc() throws Exception {
        String id = newId();
        bundle("true");
        launch("run", "--detach", "--bundle", bundle.toString(), id);
        awaitStatus(id, "stopped");
        assertError(runj("pause", id), "container not running");
        assertError(runj("resume", id), "container not paused");
        assertError(runj("update", "--memory", "1m", id), "container not running");
        assertError(runj("events", "--stats", id), "container with id " + id + " is not running");
        assertError(runj("update", "--memory", "1x", id), "invalid value for memory: invalid size: '1x'");
        assertError(runj("events", "--interval", "0s", id), "duration interval must be greater than 0");
        assertError(runj("pause", "nosuch"), "container does not exist");
    }

    private String newId() {
        String id = "cg-" + UUID.randomUUID().toString().substring(0, 8);
        ids.add(id);
        return id;
    }

    private void bundle(String... args) throws IOException, InterruptedException {
        Fixtures.busyboxBundle(bundle, args);
        Fixtures.editConfig(bundle, c -> ((ObjectNode) c.get("root")).put("path", rootfs.toString()));
        stdout = bundle.resolve("stdout.txt");
        Files.deleteIfExists(stdout);
        Files.createFile(stdout);
    }

    private Runj.Result runj(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("--root", state.toString()));
        cmd.addAll(List.of(args));
        return Runj.run(bundle, cmd.toArray(String[]::new));
    }

    private void launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("--root", state.toString()));
        cmd.addAll(List.of(args));
        Runj.Result r = Runj.runWithStdout(bundle, stdout, cmd.toArray(String[]::new));
        assertEquals(0, r.exit(), r::toString);
    }

    private Runj.Result ok(String... args) throws IOException, InterruptedException {
        Runj.Result r = runj(args);
        assertEquals(0, r.exit(), r::toString);
        return r;
    }

    private static void assertError(Runj.Result r, String message) {
        assertEquals(1, r.exit(), r::toString);
        assertEquals("runj: " + message + "\n", r.err(), r::toString);
    }

    private JsonNode state(String id) throws IOException, InterruptedException {
        return JSON.readTree(ok("state", id).out());
    }

    /** events --stats: one line, runc's event shape; its data. */
    private JsonNode statsOf(String id) throws IOException, InterruptedException {
        Runj.Result r = ok("events", "--stats", id);
        assertTrue(r.out().endsWith("}\n") && r.out().indexOf('\n') == r.out().length() - 1, r::toString);
        JsonNode event = JSON.readTree(r.out());
        assertEquals("stats", event.get("type").asText());
        assertEquals(id, event.get("id").asText());
        return event.get("data");
    }

    private void awaitStatus(String id, String status) throws Exception {
        for (int i = 0; i < 1000; i++) {
            Runj.Result r = runj("state", id);
            if (r.exit() == 0 && JSON.readTree(r.out()).get("status").asText().equals(status)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(id + " never " + status);
    }

    private long lines() throws IOException {
        return Files.readAllLines(stdout).size();
    }

    private void awaitLines(long n) throws Exception {
        for (int i = 0; i < 1000 && lines() < n; i++) {
            Thread.sleep(10);
        }
        assertTrue(lines() >= n, () -> "fewer than " + n + " lines");
    }

    /** Whether {@code pid} exists and is not a zombie (nobody here reaps the sentry's orphans). */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private static long readLong(Path dir, String file) throws IOException {
        return Long.parseLong(Files.readString(dir.resolve(file)).strip());
    }

    /** /proc/PID/cgroup as controller to path ("name=systemd" and "" included). */
    private static Map<String, String> cgroupOf(long pid) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/cgroup"))) {
            String[] f = line.split(":", 3);
            for (String c : f[1].split(",")) {
                out.put(c, f[2]);
            }
        }
        return out;
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
