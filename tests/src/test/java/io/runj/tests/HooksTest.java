package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config.json's hooks: order, the state on stdin, failures and timeouts, as the runtime spec has them. */
class HooksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL =
            List.of("prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop");

    @TempDir
    Path dir;
    Path bundle;
    Path root;
    Path seen;

    @BeforeEach
    void bundle() throws Exception {
        bundle = Fixtures.busyboxBundle(Files.createDirectory(dir.resolve("bundle")), "sh", "-c", "sleep 30");
        root = dir.resolve("root");
        seen = Files.createDirectory(dir.resolve("seen"));
    }

    @AfterEach
    void delete() throws Exception {
        runj("delete", "--force", "h");
    }

    private Runj.Result runj(String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--root", root.toString()));
        all.addAll(List.of(args));
        return Runj.run(bundle, all.toArray(String[]::new));
    }

    /** A hook that records its stdin in seen/KIND.json and its name in seen/order, then runs {@code then}. */
    private ObjectNode recorder(String kind, String then) {
        ObjectNode hook = JSON.createObjectNode().put("path", "/bin/sh");
        hook.putArray("args").add("sh").add("-c")
                .add("cat > " + seen.resolve(kind + ".json") + "; echo " + kind + " >> " + seen.resolve("order") + "; " + then);
        hook.putArray("env").add("HOOK_KIND=" + kind);
        return hook;
    }

    private void hooks(Map<String, ObjectNode> hooks) throws IOException {
        Fixtures.editConfig(bundle, c -> {
            ObjectNode h = c.putObject("hooks");
            hooks.forEach((kind, hook) -> ((ArrayNode) h.putArray(kind)).add(hook));
        });
    }

    @Test
    void everyHookRunsInOrderWithTheStateOnStdin() throws Exception {
        Map<String, ObjectNode> hooks = new java.util.LinkedHashMap<>();
        for (String kind : ALL) {
            // Only what the hook's env holds: HOOK_KIND, not the caller's HOME.
            hooks.put(kind, recorder(kind, "test \"$HOOK_KIND\" = " + kind + " && test -z \"$HOME\""));
        }
        hooks(hooks);
        Runj.Result create = runj("create", "h");
        assertEquals(0, create.exit(), create::toString);
        assertEquals("prestart\ncreateRuntime\ncreateContainer\n", Files.readString(seen.resolve("order")));
        assertEquals(0, runj("start", "h").exit());
        assertEquals(0, runj("kill", "h", "KILL").exit());
        Runj.Result delete = runj("delete", "--force", "h");
        assertEquals(0, delete.exit(), delete::toString);
        assertEquals(String.join("\n", ALL) + "\n", Files.readString(seen.resolve("order")));
        Map<String, String> status = Map.of("prestart", "creating", "createRuntime", "creating", "createContainer",
                "creating", "startContainer", "created", "poststart", "running", "poststop", "stopped");
        long pid = JSON.readTree(seen.resolve("prestart.json").toFile()).get("pid").asLong();
        assertTrue(pid > 0);
        for (String kind : ALL) {
            JsonNode state = JSON.readTree(seen.resolve(kind + ".json").toFile());
            assertEquals("h", state.get("id").asText(), kind);
            assertEquals(status.get(kind), state.get("status").asText(), kind);
            assertEquals(bundle.toString(), state.get("bundle").asText(), kind);
            assertEquals(kind.equals("poststop") ? 0 : pid, state.get("pid").asLong(), kind);
        }
    }

    @Test
    void aFailingCreateRuntimeHookFailsCreateAndLeavesNothing() throws Exception {
        hooks(Map.of("createRuntime", recorder("createRuntime", "echo oops >&2; exit 3"),
                "poststop", recorder("poststop", "true")));
        Runj.Result create = runj("create", "h");
        assertEquals(1, create.exit(), create::toString);
        assertEquals("runj: error running createRuntime hook #0: exit status 3, stdout: , stderr: oops\n", create.err());
        long pid = JSON.readTree(seen.resolve("createRuntime.json").toFile()).get("pid").asLong();
        assertFalse(Files.exists(root.resolve("h")), "the container's directory is gone");
        for (int i = 0; i < 100 && ProcessHandle.of(pid).isPresent(); i++) {
            Thread.sleep(50);
        }
        assertFalse(ProcessHandle.of(pid).isPresent(), "the sentry is gone");
        assertEquals("", runj("list", "-q").out());
    }

    @Test
    void aHookPastItsTimeoutIsKilledAndFailsCreate() throws Exception {
        ObjectNode slow = recorder("createContainer", "sleep 20");
        slow.put("timeout", 1);
        hooks(Map.of("createContainer", slow));
        long start = System.nanoTime();
        Runj.Result create = runj("create", "h");
        assertEquals(1, create.exit(), create::toString);
        assertEquals("runj: error running createContainer hook #0: hook ran past specified timeout of 1.0s\n", create.err());
        assertTrue(System.nanoTime() - start < 15_000_000_000L, "the hook was not waited for");
        assertFalse(Files.exists(root.resolve("h")));
    }

    @Test
    void aFailingPoststartHookIsAWarningAndAFailingStartContainerHookStopsTheContainer() throws Exception {
        hooks(Map.of("poststart", recorder("poststart", "exit 4")));
        assertEquals(0, runj("create", "h").exit());
        Runj.Result start = runj("start", "h");
        assertEquals(0, start.exit(), start::toString);
        assertEquals("runj: warning: error running poststart hook #0: exit status 4, stdout: , stderr: \n", start.err());
        assertTrue(runj("state", "h").out().contains("\"running\""));
        assertEquals(0, runj("delete", "--force", "h").exit());

        hooks(Map.of("startContainer", recorder("startContainer", "exit 5")));
        assertEquals(0, runj("create", "h").exit());
        Runj.Result failed = runj("start", "h");
        assertEquals(1, failed.exit(), failed::toString);
        assertTrue(failed.err().startsWith("runj: error running startContainer hook #0: exit status 5"), failed::toString);
        String state = "";
        for (int i = 0; i < 100 && !state.contains("\"stopped\""); i++) {
            Thread.sleep(50);
            state = runj("state", "h").out();
        }
        assertTrue(state.contains("\"stopped\""), state);
    }
}
