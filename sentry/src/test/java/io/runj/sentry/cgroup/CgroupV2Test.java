package io.runj.sentry.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/**
 * The cgroup v2 driver on the host's cgroup2 hierarchy (at /sys/fs/cgroup on a unified host, at
 * /sys/fs/cgroup/unified on a hybrid one, where it has no resource controller but the core
 * files): making the cgroup and its leaves, joining a process, freezing and thawing it, reading
 * its cpu stats, and removing it.
 */
class CgroupV2Test {
    @Test
    void makesJoinsFreezesThawsAndReportsOnTheHostsCgroup2() throws Exception {
        CgroupMounts.Mount mount = CgroupMounts.read().stream().filter(CgroupMounts.Mount::v2).findFirst()
                .orElseThrow(() -> new AssertionError("no cgroup2 hierarchy mounted"));
        String name = "/runj-v2-test-" + UUID.randomUUID().toString().substring(0, 8);
        CgroupV2 cg = CgroupV2.at(mount.point(), CgroupMounts.own().get(""), name + "/ctr");
        Path dir = mount.point().resolve(name.substring(1)).resolve("ctr");
        assertEquals(dir, cg.paths().get(""));
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            cg.make();
            assertTrue(Files.isDirectory(dir.resolve(Cgroup.GUEST)) && Files.isDirectory(dir.resolve(Cgroup.SANDBOX)));
            cg.join(sleeper.pid(), Cgroup.GUEST);
            assertEquals(List.of("0::" + name + "/ctr/guest"),
                    Files.readAllLines(Path.of("/proc/" + sleeper.pid() + "/cgroup")).stream()
                            .filter(l -> l.startsWith("0::")).toList());
            assertTrue(cg.processes().contains(sleeper.pid()));
            cg.freeze(true);
            assertTrue(cg.frozen());
            assertEquals("1", Files.readString(dir.resolve("cgroup.freeze")).strip());
            cg.freeze(false);
            assertFalse(cg.frozen());
            ObjectNode stats = cg.stats();
            assertTrue(stats.get("cpu").get("usage").has("kernel"), stats::toString);
            assertTrue(stats.has("memory") && stats.has("pids") && stats.has("blkio"), stats::toString);
        } finally {
            sleeper.destroyForcibly().waitFor();
            for (Path d : List.of(dir.resolve(Cgroup.GUEST), dir.resolve(Cgroup.SANDBOX), dir, dir.getParent())) {
                for (int i = 0; i < 100 && Files.exists(d); i++) {
                    try {
                        Files.delete(d);
                    } catch (java.io.IOException e) {
                        Thread.sleep(10);
                    }
                }
            }
        }
        assertFalse(Files.exists(dir.getParent()));
    }
}
