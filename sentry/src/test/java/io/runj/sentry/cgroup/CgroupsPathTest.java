package io.runj.sentry.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** linux.cgroupsPath as runc's fs and systemd drivers name the cgroup, and runc's v1-to-v2 conversions. */
class CgroupsPathTest {
    @Test
    void cgroupfsPathsAreCleanedAndDefaultToTheIdRelative() {
        assertEquals("c1", CgroupsPath.resolve(null, false, "c1"));
        assertEquals("c1", CgroupsPath.resolve("", false, "c1"));
        assertEquals("/runj/c1", CgroupsPath.resolve("/runj//./c1/", false, "c1"));
        assertEquals("/c1", CgroupsPath.resolve("/../../c1", false, "x"));
        // A relative path cannot climb out of the tree it starts in.
        assertEquals("etc/x", CgroupsPath.resolve("../../etc/x", false, "x"));
        assertEquals("a/b", CgroupsPath.resolve("a/b", false, "x"));
    }

    @Test
    void systemdPathsNameTheScopeSystemdWouldMake() {
        assertEquals("/system.slice/runc-c1.scope", CgroupsPath.resolve("", true, "c1"));
        assertEquals("/system.slice/docker-abc.scope", CgroupsPath.resolve("system.slice:docker:abc", true, "x"));
        assertEquals("/machine.slice/machine-libpod.slice/libpod-abc.scope",
                CgroupsPath.resolve("machine-libpod.slice:libpod:abc", true, "x"));
        assertEquals("/kubepods.slice/kubepods-pod1.slice",
                CgroupsPath.resolve("kubepods.slice:cri:kubepods-pod1.slice", true, "x"));
        assertEquals("/runj-c1.scope", CgroupsPath.resolve("-.slice:runj:c1", true, "x"));
        assertEquals("/system.slice/p-n.scope", CgroupsPath.resolve(":p:n", true, "x"));
        CgroupException e = assertThrows(CgroupException.class, () -> CgroupsPath.resolve("/a/b", true, "x"));
        assertEquals("expected cgroupsPath to be of format \"slice:prefix:name\" for systemd cgroups, got \"/a/b\" instead",
                e.getMessage());
        assertEquals("invalid slice name: a--b.slice",
                assertThrows(CgroupException.class, () -> CgroupsPath.resolve("a--b.slice:p:n", true, "x")).getMessage());
        assertEquals("invalid slice name: nope",
                assertThrows(CgroupException.class, () -> CgroupsPath.resolve("nope:p:n", true, "x")).getMessage());
    }

    @Test
    void v1ValuesConvertToV2AsRuncConvertsThem() {
        assertEquals(0, V2Values.cpuWeight(0));
        assertEquals(1, V2Values.cpuWeight(2));
        assertEquals(39, V2Values.cpuWeight(1024));
        assertEquals(10000, V2Values.cpuWeight(262144));
        assertEquals(1, V2Values.ioWeight(10));
        assertEquals(10000, V2Values.ioWeight(1000));
        assertEquals(-1, V2Values.swap(0, -1));
        assertEquals(0, V2Values.swap(0, 100));
        assertEquals(-1, V2Values.swap(-1, 100));
        assertEquals(50, V2Values.swap(150, 100));
        assertEquals("memory+swap limit should be >= memory limit",
                assertThrows(CgroupException.class, () -> V2Values.swap(50, 100)).getMessage());
        assertEquals("unable to set swap limit without memory limit",
                assertThrows(CgroupException.class, () -> V2Values.swap(50, 0)).getMessage());
        assertEquals("", V2Values.text(0));
        assertEquals("max", V2Values.text(-1));
    }
}
