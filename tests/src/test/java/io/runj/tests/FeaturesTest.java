package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runj features}: runc's JSON shape, with what runj does. */
class FeaturesTest {
    @TempDir
    Path dir;

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void featuresStateWhatRunjDoesInRuncsShape() throws Exception {
        Runj.Result r = Runj.run(dir, "features");
        assertEquals(0, r.exit(), r::toString);
        JsonNode f = new ObjectMapper().readTree(r.out());
        // The members `runc features` prints (runc 1.1).
        assertEquals(Set.of("ociVersionMin", "ociVersionMax", "hooks", "mountOptions", "linux", "annotations"), names(f));
        assertEquals(Set.of("namespaces", "capabilities", "cgroup", "seccomp", "apparmor", "selinux"), names(f.get("linux")));
        assertEquals("1.0.0", f.get("ociVersionMin").asText());
        assertEquals(List.of("prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"),
                strings(f.get("hooks")));
        // The namespaces the sentry makes; pid and user namespaces are not made yet.
        assertEquals(List.of("cgroup", "ipc", "mount", "network", "uts"), strings(f.get("linux").get("namespaces")));
        assertTrue(f.get("linux").get("cgroup").get("v1").asBoolean());
        assertTrue(f.get("linux").get("cgroup").get("v2").asBoolean());
        assertFalse(f.get("linux").get("cgroup").get("systemd").asBoolean());
        List<String> caps = strings(f.get("linux").get("capabilities"));
        assertEquals("CAP_CHOWN", caps.get(0));
        assertTrue(caps.contains("CAP_CHECKPOINT_RESTORE"));
        List<String> mountOptions = strings(f.get("mountOptions"));
        assertTrue(mountOptions.containsAll(List.of("bind", "rbind", "ro", "nosuid", "nodev", "noexec")), mountOptions::toString);
        assertFalse(mountOptions.contains("shared"), "mount propagation is not honoured");
        // config.json's seccomp, AppArmor and SELinux settings are not applied.
        assertFalse(f.get("linux").get("seccomp").get("enabled").asBoolean());
        assertFalse(f.get("linux").get("apparmor").get("enabled").asBoolean());
        assertFalse(f.get("linux").get("selinux").get("enabled").asBoolean());
        JsonNode version = Runj.run(dir, "version").out().lines().findFirst().map(l -> new ObjectMapper().getNodeFactory()
                .textNode(l.replace("runj version ", ""))).orElseThrow();
        assertEquals(version.asText(), f.get("annotations").get("io.runj.version").asText());
        assertEquals("ptrace", f.get("annotations").get("io.runj.platform").asText());
    }
}
