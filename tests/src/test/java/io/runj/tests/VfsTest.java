package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Paths walked by the sentry and files opened by the gofer: what the guest sees matches runc, and
 * the ways out of the root or round a read-only mount all fail, leaving the host unchanged.
 */
class VfsTest {
    @TempDir
    Path work;
    private Path rootfs;
    private Path bundle;
    private Path state;

    @BeforeEach
    void bundle() throws Exception {
        rootfs = Fixtures.copyOfRootfs(work.resolve("rootfs"));
        bundle = Files.createDirectory(work.resolve("bundle"));
        state = Files.createDirectory(work.resolve("state"));
        Fixtures.busyboxBundle(bundle, "true");
        Fixtures.editConfig(bundle, c -> ((ObjectNode) c.get("root")).put("path", rootfs.toString()));
    }

    private Runj.Result run(String script) throws Exception {
        Fixtures.editConfig(bundle, c -> {
            ArrayNode args = ((ObjectNode) c.get("process")).putArray("args");
            List.of("sh", "-c", script).forEach(args::add);
        });
        return Runj.run(bundle, "--root", state.toString(), "run", "c1");
    }

    private void bindMount(String destination, Path source, String... options) throws Exception {
        Files.createDirectories(rootfs.resolve(destination.substring(1)));
        Fixtures.editConfig(bundle, c -> {
            ObjectNode m = ((ArrayNode) c.get("mounts")).addObject();
            m.put("destination", destination).put("type", "bind").put("source", source.toString());
            ArrayNode o = m.putArray("options");
            List.of(options).forEach(o::add);
        });
    }

    @Test
    void dotDotAndSymlinksNeverLeaveTheRoot() throws Exception {
        Path secret = Files.writeString(work.resolve("secret"), "host secret\n");
        Files.createSymbolicLink(rootfs.resolve("rel"), Path.of("../secret"));
        Files.createSymbolicLink(rootfs.resolve("abs"), secret);
        Files.createSymbolicLink(rootfs.resolve("etc-abs"), Path.of("/etc"));
        Files.createSymbolicLink(rootfs.resolve("etc-rel"), Path.of("../../../../../../../../etc"));
        Runj.Result r = run("cat /rel || echo blocked; cat /abs || echo blocked; cat /../../../secret || echo blocked;"
                + " wc -l < /etc-abs/passwd; wc -l < /etc-rel/passwd; wc -l < /../../../../etc/passwd;"
                + " cd /../../..; pwd");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("blocked\nblocked\nblocked\n2\n2\n2\n/\n", r.out(), r::toString);
        assertFalse(r.out().contains("host secret"));
    }

    @Test
    void readOnlyBindMountRefusesWritesAndTheHostFileIsUnchanged() throws Exception {
        Path ro = Files.createDirectory(work.resolve("ro"));
        Files.writeString(ro.resolve("f"), "original\n");
        bindMount("/ro", ro, "rbind", "ro");
        Runj.Result r = run("cat /ro/f; echo x > /ro/f || echo refused; echo x >> /ro/f || echo refused;"
                + " touch /ro/new || echo refused");
        assertEquals("original\nrefused\nrefused\nrefused\n", r.out(), r::toString);
        assertTrue(r.err().contains("Read-only file system"), r::toString);
        assertEquals("original\n", Files.readString(ro.resolve("f")));
        assertFalse(Files.exists(ro.resolve("new")));
    }

    @Test
    void readWriteBindMountWritesReachTheHost() throws Exception {
        Path rw = Files.createDirectory(work.resolve("rw"));
        bindMount("/data", rw, "rbind", "rw");
        Runj.Result r = run("echo hello > /data/new && cat /data/new && cd /data && pwd && cat new");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("hello\n/data\nhello\n", r.out(), r::toString);
        assertEquals("hello\n", Files.readString(rw.resolve("new")));
    }

    @Test
    void sameOutputAsRunc() throws Exception {
        String script = "cd /etc && pwd && cat passwd group && cd ../bin && pwd && readlink sh && ls -l sh"
                + " && stat -c '%s %a %F' /bin/busybox /etc /bin/sh && test -x /bin/busybox && echo exec"
                + " && cat /nope 2>&1; ls /etc; [ -d /tmp ] && echo dir; cd /nope 2>&1; echo $?";
        Runj.Result runj = run(script);
        Runj.Result runc = Runj.exec(bundle, List.of("runc", "--root", state.resolve("runc").toString(),
                "run", "--bundle", bundle.toString(), "r1"));
        assertEquals(0, runc.exit(), runc::toString);
        assertEquals(runc.out(), runj.out(), runj::toString);
        assertEquals(runc.exit(), runj.exit());
    }

    @Test
    void theReservedFdCannotBeClosedOrReplaced() throws Exception {
        Fixtures.compileInto(rootfs, "reserved_fd");
        Runj.Result r = run("/bin/reserved_fd && cat /etc/group");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("close -1 9 dup2 -1 9 dup3 -1 9 alive 1\nroot:x:0:\nnogroup:x:65534:\n", r.out(), r::toString);
    }
}
