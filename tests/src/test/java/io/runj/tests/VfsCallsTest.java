package io.runj.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The path calls that create, remove, rename, link and change files, emulated by the sentry's VFS
 * and applied by the gofer: each test runs the same thing under runj and under runc, each on its
 * own copy of the files, and compares; the escape tests also check the host is unchanged.
 */
class VfsCallsTest {
    @TempDir
    Path work;

    /** One runtime's copy of a test's files: a rootfs, the sources of /ro and /data, a host directory outside. */
    private final class World {
        final String name;
        final Path rootfs;
        final Path bundle;
        final Path ro;
        final Path data;
        final Path outside;

        World(String name) throws Exception {
            this.name = name;
            Path dir = Files.createDirectory(work.resolve(name));
            rootfs = Fixtures.copyOfRootfs(dir.resolve("rootfs"));
            bundle = Files.createDirectory(dir.resolve("bundle"));
            ro = Files.createDirectory(dir.resolve("ro"));
            data = Files.createDirectory(dir.resolve("data"));
            outside = Files.createDirectory(dir.resolve("outside"));
            Files.writeString(ro.resolve("f"), "read-only\n");
            Files.writeString(outside.resolve("f"), "host file\n");
            Files.createDirectories(rootfs.resolve("ro"));
            Files.createDirectories(rootfs.resolve("data"));
            Files.createDirectories(rootfs.resolve("root/w"));
            Fixtures.compileInto(rootfs, "vfs_calls");
            Fixtures.busyboxBundle(bundle, "true");
            Fixtures.editConfig(bundle, c -> {
                ((ObjectNode) c.get("root")).put("path", rootfs.toString()).put("readonly", false);
                ArrayNode mounts = (ArrayNode) c.get("mounts");
                mounts.addObject().put("destination", "/ro").put("type", "bind").put("source", ro.toString())
                        .putArray("options").add("rbind").add("ro");
                mounts.addObject().put("destination", "/data").put("type", "bind").put("source", data.toString())
                        .putArray("options").add("rbind").add("rw");
            });
        }

        void config(Consumer<ObjectNode> edit) throws Exception {
            Fixtures.editConfig(bundle, edit);
        }

        void script(String script) throws Exception {
            config(c -> {
                ArrayNode args = ((ObjectNode) c.get("process")).putArray("args");
                List.of("sh", "-c", script.replace("$OUT", outside.toString())).forEach(args::add);
            });
        }

        Runj.Result runj() throws Exception {
            return Runj.run(bundle, "--root", work.resolve("state").toString(), "run", "c-" + name);
        }

        Runj.Result runc() throws Exception {
            return Runj.exec(bundle, List.of("runc", "--root", work.resolve("runc-state").toString(), "run",
                    "--bundle", bundle.toString(), "r-" + name));
        }
    }

    /** Runs {@code script} (with $OUT the host directory) under runj and runc, each in a world {@code setup} prepared; asserts equal output. */
    private Runj.Result sameAsRunc(String script, WorldSetup setup) throws Exception {
        World a = new World("runj");
        World b = new World("runc");
        for (World w : List.of(a, b)) {
            setup.accept(w);
            w.script(script);
        }
        Runj.Result runj = a.runj();
        Runj.Result runc = b.runc();
        assertEquals(runc.out(), runj.out(), () -> "runj:\n" + runj + "\nrunc:\n" + runc);
        assertEquals(runc.exit(), runj.exit(), runj::toString);
        return runj;
    }

    private interface WorldSetup {
        void accept(World w) throws Exception;
    }

    private static void addCapabilities(World w, String... caps) throws Exception {
        w.config(c -> {
            ObjectNode sets = (ObjectNode) c.get("process").get("capabilities");
            for (String set : List.of("bounding", "effective", "permitted")) {
                for (String cap : caps) {
                    ((ArrayNode) sets.get(set)).add(cap);
                }
            }
        });
    }

    @Test
    void atCallsWithRealDirfdsMatchRunc() throws Exception {
        Runj.Result r = sameAsRunc("vfs_calls at /root/w 2>&1; ls -A /root/w", w -> {
        });
        assertEquals(0, r.exit(), r::toString);
        for (String line : List.of("mknodat(s, \"chr\", S_IFCHR | 0600, makedev(1, 3)): EPERM",
                "syscall(SYS_renameat2, s, \"reg\", s, \"fifo\", RENAME_EXCHANGE): 0",
                "linkat(d, \"sub\", d, \"subdir-link\", 0): EPERM", "list user.k",
                "unlinkat(d, \"sub\", AT_REMOVEDIR): ENOTEMPTY", "renameat(d, \"sub\", s, \"inside\"): EINVAL",
                "stat reg: mode 100604 nlink 3 uid 0 gid 0 size 0 atime 200000000.000001000 mtime 300000000.000002000")) {
            assertTrue(r.out().contains(line + "\n"), () -> line + "\n" + r);
        }
    }

    @Test
    void busyboxFileToolsMatchRunc() throws Exception {
        String script = "cd /root && mkdir -p t/a/b/c/d/e/f/g/h && for i in 1 2 3 4 5; do echo $i > t/a/b/c/f$i;"
                + " mkdir t/a/d$i; ln -s ../f$i t/a/b/c/d/l$i; done; rm -r t && ls -A;"
                + " echo hello > g && mv g h && ln h i && ln -s h s && stat -c '%n %h %F' h i s && readlink s;"
                + " mv h /data/moved && cat /data/moved && mv /data/moved /root/back && cat back;"
                + " mkdir dir && mv i dir/ && ls dir; chmod 4751 back && stat -c '%a' back;"
                + " chown 123:456 back && stat -c '%u %g' back; chown -h 7:8 s && stat -c '%u %g' s;"
                + " touch -d '2001-02-03 04:05:06' back && stat -c '%y' back; truncate -s 3 back && cat back && echo;"
                + " mkfifo pipe && stat -c '%F %a' pipe; mknod dev c 1 3; echo mknod $?;"
                + " stat -f -c '%T %l' / /data; umask 0 && mkdir open && stat -c %a open;"
                + " mkdir -m 2775 sg && chown :12 sg && mkdir sg/in && stat -c '%a %g' sg/in;"
                + " rmdir dir 2>&1; rm -r /root/* && ls -A /root; echo end";
        Runj.Result r = sameAsRunc(script, w -> addCapabilities(w, "CAP_CHOWN", "CAP_FOWNER", "CAP_DAC_OVERRIDE"));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("hello\nhello\n"), r::toString);
        assertTrue(r.out().contains("123 456\n7 8\n2001-02-03 04:05:06.000000000"), r::toString);
        assertTrue(r.out().contains("mknod 1\n"), r::toString);
        assertTrue(r.out().endsWith("end\n"), r::toString);
    }

    @Test
    void aNonRootUserIsRefusedAsByRunc() throws Exception {
        String script = "exec 2>&1; cd /tmp; echo x > mine; chown 0 mine; chown :0 mine; chmod 600 /etc/passwd;"
                + " rm /sticky/rootfile; mv /sticky/rootfile /tmp/; rm /sticky/mine; mkdir /etc/x;"
                + " touch -d 2001-01-01 /etc/passwd; touch /etc/passwd; ln /etc/passwd /tmp/pw; truncate -s 0 /etc/passwd;"
                + " ln -s x /etc/link; mkfifo /etc/fifo; chmod 2755 mine;"
                + " stat -c '%n %a %u %g' /etc/passwd /sticky/rootfile /tmp/mine; rm -r /tmp/mine; echo end";
        Runj.Result r = sameAsRunc(script, w -> {
            Path sticky = Files.createDirectory(w.rootfs.resolve("sticky"));
            Fixtures.command("chmod", "1777", sticky.toString());
            Files.writeString(sticky.resolve("rootfile"), "root's\n");
            Files.writeString(sticky.resolve("mine"), "mine\n");
            Fixtures.command("chown", "1000:1000", sticky.resolve("mine").toString());
            w.config(c -> ((ObjectNode) c.get("process")).putObject("user").put("uid", 1000).put("gid", 1000));
        });
        assertTrue(r.out().contains("Operation not permitted"), r::toString);
        assertTrue(r.out().contains("Permission denied"), r::toString);
        assertTrue(r.out().contains("/etc/passwd 644 0 0\n/sticky/rootfile 644 0 0\n/tmp/mine 2755 1000 1000\n"), r::toString);
    }

    @Test
    void writesToAReadOnlyBindMountFailAndTheHostFileIsUnchanged() throws Exception {
        String script = "vfs_calls ro /ro /ro/f; echo x > /ro/f; chmod 777 /ro/f; rm /ro/f; mv /ro/f /ro/g; touch /ro/f;"
                + " ln -s a /ro/s; mkdir /ro/d; cat /ro/f";
        List<Snapshot> before = new java.util.ArrayList<>();
        Runj.Result r = sameAsRunc(script, w -> before.add(Snapshot.of(w.ro)));
        assertTrue(r.out().contains("fchmod(f, 0777): EROFS\nfchown(f, 1, 1): EROFS\n"), r::toString);
        assertTrue(r.out().endsWith("read-only\n"), r::toString);
        assertEquals(before.get(0), Snapshot.of(work.resolve("runj/ro")));
    }

    @Test
    void writesToAReadOnlyRootfsFailAndTheHostFileIsUnchanged() throws Exception {
        List<Snapshot> before = new java.util.ArrayList<>();
        Runj.Result r = sameAsRunc("vfs_calls ro /etc /etc/passwd; ls /etc", w -> {
            w.config(c -> ((ObjectNode) c.get("root")).put("readonly", true));
            before.add(Snapshot.of(w.rootfs.resolve("etc")));
        });
        assertTrue(r.out().contains("chmod(file, 0777): EROFS\n"), r::toString);
        assertTrue(r.out().contains("futimens(f, NULL): EROFS\n"), r::toString);
        assertTrue(r.out().endsWith("group\npasswd\n"), r::toString);
        assertEquals(before.get(0), Snapshot.of(work.resolve("runj/rootfs/etc")));
    }

    @Test
    void noCallLeavesTheRootThroughDotDotOrSymlinks() throws Exception {
        String script = "vfs_calls climb /data $OUT; for p in /../../../../../../../..$OUT /esc-abs /esc-rel; do"
                + " mkdir $p/new; mkfifo $p/fifo; mknod $p/nod p; rm -f $p/f; mv $p/f $p/g; ln $p/f $p/h; ln -s x $p/s;"
                + " chmod 777 $p/f; chown 1:1 $p/f; touch -d 2001-01-01 $p/f; truncate -s 0 $p/f; rm -r $p;"
                + " stat -f $p/f; done 2>/dev/null; echo end";
        List<Snapshot> before = new java.util.ArrayList<>();
        Runj.Result r = sameAsRunc(script, w -> {
            Files.createSymbolicLink(w.rootfs.resolve("esc-abs"), w.outside);
            Files.createSymbolicLink(w.rootfs.resolve("esc-rel"), Path.of("../../../../../../../.." + w.outside));
            before.add(Snapshot.of(w.outside));
        });
        assertEquals(0, r.exit(), r::toString);
        int calls = 0;
        for (String line : r.out().split("\n")) {
            if (line.startsWith("openat(base")) {
                assertTrue(line.endsWith(">= 0: 0"), () -> line + "\n" + r);
            } else if (line.matches(".*\\b(base|f)\\b.*")) {
                assertTrue(line.endsWith(": ENOENT"), () -> line + "\n" + r);
                calls++;
            }
        }
        assertEquals(23, calls, r::toString);
        assertTrue(r.out().contains("mkdirat(d, \"../dev/climbed\", 0700): 0\nfaccessat(AT_FDCWD, \"/dev/climbed\", F_OK, 0): 0\n"
                + "openat(d, \"../dev/null\", O_WRONLY) >= 0: 1\n"), r::toString);
        assertFalse(Files.exists(work.resolve("runj/dev")), "a host directory beside the bind mount's source");
        assertTrue(r.out().endsWith("end\n"), r::toString);
        assertEquals(before.get(0), Snapshot.of(work.resolve("runj/outside")));
    }

    /** A directory's entries with each one's type, mode, size, mtime and content, to show nothing changed. */
    private record Snapshot(List<String> entries) {
        static Snapshot of(Path dir) throws Exception {
            try (Stream<Path> s = Files.list(dir)) {
                List<String> out = new java.util.ArrayList<>();
                for (Path p : s.sorted().toList()) {
                    String content = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.readString(p) : "";
                    FileTime mtime = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                    out.add(p.getFileName() + " " + Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)
                            + " " + Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS) + " "
                            + Files.size(p) + " " + mtime + " " + content);
                }
                return new Snapshot(out);
            }
        }
    }
}
