package io.runj.gofer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import io.runj.platform.DirEntry;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;
import io.runj.platform.StatFs;
import io.runj.platform.UnixSockets;

/** Every request against a real tree, served in-process over a socketpair; and the escapes. */
class GoferServerTest {
    private static final int RW = 0;
    private static final int RO = 1;

    @TempDir
    Path tmp;
    Path root;
    Path roRoot;
    Path outside;
    GoferClient gofer;
    Thread server;

    @BeforeEach
    void start() throws IOException {
        root = Files.createDirectories(tmp.resolve("root"));
        roRoot = Files.createDirectories(tmp.resolve("ro"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "host secret");
        Files.writeString(roRoot.resolve("file"), "read only");
        Files.createDirectories(roRoot.resolve("dir"));
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/file"), "hello");
        List<MountSpec> mounts = List.of(new MountSpec(root, false, false), new MountSpec(roRoot, true, false));
        int[] pair = UnixSockets.socketpair();
        int[] roots = GoferServer.openRoots(mounts);
        GoferServer s = new GoferServer(pair[1], mounts, roots);
        server = new Thread(s::serve, "gofer");
        server.start();
        gofer = new GoferClient(pair[0]);
    }

    @AfterEach
    void stop() throws InterruptedException {
        gofer.close();
        server.join(5000);
        assertFalse(server.isAlive(), "the server stops at EOF");
    }

    private static void assertErrno(int errno, Executable call) {
        GoferException e = assertThrows(GoferException.class, call);
        assertEquals(Errno.name(errno), Errno.name(e.errno()), e.getMessage());
    }

    private static String read(int fd) throws IOException {
        try {
            return Files.readString(Path.of("/proc/self/fd/" + fd));
        } finally {
            HostFs.close(fd);
        }
    }

    @Test
    void walkStatOpenRelease() throws IOException {
        Walked w = gofer.walk(RW, "a/b/file", false);
        assertTrue(w.stat().isRegular());
        assertEquals(5, w.stat().size());
        assertEquals(Files.getAttribute(root.resolve("a/b/file"), "unix:ino"), w.stat().ino());
        assertEquals(w.stat(), gofer.stat(w.handle()));
        assertEquals("hello", read(gofer.open(w.handle(), HostFs.O_RDONLY)));
        gofer.release(w.handle());
        assertErrno(Errno.EBADF, () -> gofer.stat(w.handle()));
        assertErrno(Errno.EINVAL, () -> gofer.release(RW));
        assertErrno(Errno.ENOENT, () -> gofer.walk(RW, "a/missing", false));
        assertErrno(Errno.EINVAL, () -> gofer.open(RW, HostFs.O_RDONLY | HostFs.O_CREAT));
    }

    @Test
    void createWriteAndOwnership() throws IOException {
        Walked dir = gofer.walk(RW, "a", false);
        Created c = gofer.create(dir.handle(), "new", HostFs.O_RDWR, 0640, 1234, 5678);
        Files.writeString(Path.of("/proc/self/fd/" + c.fd()), "written");
        HostFs.close(c.fd());
        assertEquals("written", Files.readString(root.resolve("a/new")));
        FileStat s = gofer.stat(c.handle());
        assertEquals(0100640, s.mode());
        assertEquals(1234, s.uid());
        assertEquals(5678, s.gid());
        assertErrno(Errno.EEXIST, () -> gofer.create(dir.handle(), "new", HostFs.O_RDWR, 0600, -1, -1));
        assertErrno(Errno.EINVAL, () -> gofer.create(dir.handle(), "../escape", HostFs.O_RDWR, 0600, -1, -1));
        assertErrno(Errno.EINVAL, () -> gofer.create(dir.handle(), "..", HostFs.O_RDWR, 0600, -1, -1));
    }

    @Test
    void mkdirMknodSymlinkReadlinkLinkUnlinkRmdirRename() throws IOException {
        Walked d = gofer.mkdir(RW, "d", 0750, -1, -1);
        assertTrue(d.stat().isDirectory());
        assertEquals(040750, d.stat().mode());
        Walked fifo = gofer.mknod(d.handle(), "fifo", HostFs.S_IFIFO | 0600, -1, -1);
        assertEquals(HostFs.S_IFIFO, fifo.stat().type());
        HostFs.close(gofer.open(fifo.handle(), HostFs.O_RDONLY));
        Walked sock = gofer.mknod(d.handle(), "sock", HostFs.S_IFSOCK | 0600, -1, -1);
        assertEquals(HostFs.S_IFSOCK, sock.stat().type());
        assertErrno(Errno.ENXIO, () -> gofer.open(sock.handle(), HostFs.O_RDONLY));
        Walked reg = gofer.mknod(d.handle(), "reg", 0644, -1, -1);
        assertTrue(reg.stat().isRegular());
        assertErrno(Errno.EPERM, () -> gofer.mknod(d.handle(), "null", HostFs.S_IFCHR | 0666, -1, -1));
        assertErrno(Errno.EPERM, () -> gofer.mknod(d.handle(), "sda", HostFs.S_IFBLK | 0666, -1, -1));
        assertFalse(Files.exists(root.resolve("d/null")));

        Walked link = gofer.symlink(d.handle(), "link", "../a/b/file", -1, -1);
        assertTrue(link.stat().isSymlink());
        assertEquals("../a/b/file", gofer.readlink(link.handle()));
        assertErrno(Errno.EINVAL, () -> gofer.readlink(d.handle()));
        assertErrno(Errno.ELOOP, () -> gofer.open(link.handle(), HostFs.O_RDONLY));

        gofer.link(d.handle(), "reg", RW, "hard");
        assertEquals(2, gofer.walk(RW, "hard", false).stat().nlink());
        assertErrno(Errno.EXDEV, () -> gofer.link(d.handle(), "reg", RO, "hard"));

        gofer.rename(d.handle(), "reg", RW, "moved", 0);
        assertTrue(Files.exists(root.resolve("moved")));
        assertErrno(Errno.EEXIST, () -> gofer.rename(RW, "moved", RW, "hard", HostFs.RENAME_NOREPLACE));
        gofer.rename(RW, "moved", d.handle(), "fifo", HostFs.RENAME_EXCHANGE);
        assertTrue(Files.isRegularFile(root.resolve("d/fifo")));
        assertErrno(Errno.EINVAL, () -> gofer.rename(RW, "moved", RW, "x", 4));

        gofer.unlink(RW, "hard");
        assertFalse(Files.exists(root.resolve("hard")));
        assertErrno(Errno.ENOTEMPTY, () -> gofer.rmdir(RW, "d"));
        for (String n : List.of("fifo", "sock", "link")) {
            gofer.unlink(d.handle(), n);
        }
        gofer.unlink(RW, "moved");
        gofer.rmdir(RW, "d");
        assertFalse(Files.exists(root.resolve("d")));
    }

    @Test
    void setattrModeOwnerTimesSize() throws IOException {
        Walked f = gofer.walk(RW, "a/b/file", false);
        FileStat s = gofer.setattr(f.handle(), new SetAttr().mode(0600).uid(42).gid(43).size(2)
                .atime(1_000_000, 5).mtime(2_000_000, 7));
        assertEquals(0100600, s.mode());
        assertEquals(42, s.uid());
        assertEquals(43, s.gid());
        assertEquals(2, s.size());
        assertEquals(1_000_000, s.atimeSec());
        assertEquals(5, s.atimeNsec());
        assertEquals(2_000_000, s.mtimeSec());
        assertEquals("he", Files.readString(root.resolve("a/b/file")));
        assertEquals(FileTime.from(java.time.Instant.ofEpochSecond(2_000_000, 7)), Files.getLastModifiedTime(root.resolve("a/b/file")));
        FileStat before = gofer.stat(f.handle());
        s = gofer.setattr(f.handle(), new SetAttr().mtimeNow());
        assertTrue(s.mtimeSec() > 2_000_000);
        assertEquals(before.atimeSec(), s.atimeSec(), "atime untouched");
        Walked dir = gofer.walk(RW, "a", false);
        assertErrno(Errno.EISDIR, () -> gofer.setattr(dir.handle(), new SetAttr().size(0)));
        Walked link = gofer.symlink(RW, "l", "a", -1, -1);
        assertEquals(7, gofer.setattr(link.handle(), new SetAttr().uid(7)).uid());
        assertErrno(Errno.EOPNOTSUPP, () -> gofer.setattr(link.handle(), new SetAttr().mode(0777)));
    }

    @Test
    void getdentsPagesThroughALargeDirectory() throws IOException {
        Walked d = gofer.mkdir(RW, "many", 0755, -1, -1);
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            String name = "file-with-a-longish-name-" + i;
            gofer.release(gofer.mknod(d.handle(), name, 0644, -1, -1).handle());
            made.add(name);
        }
        Set<String> seen = new HashSet<>();
        long cookie = 0;
        int pages = 0;
        while (true) {
            List<DirEntry> page = gofer.getdents(d.handle(), cookie);
            if (page.isEmpty()) {
                break;
            }
            pages++;
            for (DirEntry e : page) {
                assertTrue(seen.add(e.name()), "no entry twice: " + e.name());
                cookie = e.next();
            }
        }
        assertTrue(pages > 1, "more than one page");
        assertTrue(seen.remove("."));
        assertTrue(seen.remove(".."));
        assertEquals(made, seen);
        Walked f = gofer.walk(RW, "a/b/file", false);
        assertErrno(Errno.ENOTDIR, () -> gofer.getdents(f.handle(), 0));
    }

    @Test
    void statfsAndXattrs() {
        StatFs s = gofer.statfs(RW);
        assertTrue(s.bsize() > 0);
        assertTrue(s.namelen() >= 255);
        Walked f = gofer.walk(RW, "a/b/file", false);
        try {
            gofer.setxattr(f.handle(), "user.runj", "v1".getBytes(StandardCharsets.UTF_8), 0);
        } catch (GoferException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(e.errno() != Errno.EOPNOTSUPP, "no user xattrs here");
            throw e;
        }
        assertArrayEquals("v1".getBytes(StandardCharsets.UTF_8), gofer.getxattr(f.handle(), "user.runj"));
        assertTrue(gofer.listxattr(f.handle()).contains("user.runj"));
        gofer.removexattr(f.handle(), "user.runj");
        assertErrno(Errno.ENODATA, () -> gofer.getxattr(f.handle(), "user.runj"));
        assertErrno(Errno.EROFS, () -> gofer.setxattr(RO, "user.x", new byte[1], 0));
    }

    @Test
    void dotDotAndAbsolutePathsStayInTheRoot() throws IOException {
        Files.writeString(root.resolve("secret"), "inside");
        Walked up = gofer.walk(RW, "../../../secret", false);
        assertEquals(Files.getAttribute(root.resolve("secret"), "unix:ino"), up.stat().ino(),
                "`..` stops at the mount root");
        assertErrno(Errno.ENOENT, () -> gofer.walk(RW, "../../../outside/secret", true));
        assertErrno(Errno.ENOENT, () -> gofer.walk(RW, outside.resolve("secret").toString(), true));
        assertErrno(Errno.ENOENT, () -> gofer.walk(RW, "a/../../outside/secret", true));
        Walked a = gofer.walk(RW, "a", false);
        assertErrno(Errno.ENOENT, () -> gofer.walk(a.handle(), "../secret", true));
    }

    @Test
    void symlinksOutResolveInsideTheRoot() throws IOException {
        Files.createSymbolicLink(root.resolve("abs"), outside.resolve("secret"));
        Files.createSymbolicLink(root.resolve("rel"), Path.of("../outside/secret"));
        Files.createSymbolicLink(root.resolve("reldir"), Path.of("../../../../outside"));
        for (String p : List.of("abs", "rel", "reldir/secret")) {
            assertErrno(Errno.ENOENT, () -> gofer.walk(RW, p, true));
        }
        Walked abs = gofer.walk(RW, "abs", false);
        assertTrue(abs.stat().isSymlink(), "without follow the link itself is walked");
        assertErrno(Errno.ELOOP, () -> gofer.open(abs.handle(), HostFs.O_RDONLY));
        // A create through a dangling symlink out must not create the target on the host.
        Files.createSymbolicLink(root.resolve("dangling"), outside.resolve("created"));
        assertErrno(Errno.EEXIST, () -> gofer.create(RW, "dangling", HostFs.O_WRONLY, 0644, -1, -1));
        assertFalse(Files.exists(outside.resolve("created")));
        assertEquals("host secret", Files.readString(outside.resolve("secret")));
    }

    @Test
    void magicLinksAreRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("procroot"), Path.of("/proc/self/root"));
        Files.createSymbolicLink(root.resolve("procfd"), Path.of("/proc/self/fd/0"));
        assertErrno(Errno.ENOENT, () -> gofer.walk(RW, "procroot/etc/passwd", true));
        assertErrno(Errno.ENOENT, () -> gofer.walk(RW, "procfd", true));
    }

    @Test
    void symlinkSwappedDuringWalksNeverLeadsOut() throws Exception {
        Files.createDirectories(root.resolve("swap"));
        Files.writeString(root.resolve("swap/secret"), "inside");
        long insideIno = (long) Files.getAttribute(root.resolve("swap/secret"), "unix:ino");
        Path link = root.resolve("swap-link");
        Path dir = root.resolve("swap-dir");
        Files.move(root.resolve("swap"), dir);
        Files.createSymbolicLink(link, outside);
        AtomicBoolean stop = new AtomicBoolean();
        Path name = root.resolve("swap");
        Thread swapper = new Thread(() -> {
            boolean toLink = true;
            while (!stop.get()) {
                try {
                    Files.move(toLink ? link : dir, name, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    Files.move(name, toLink ? link : dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                toLink = !toLink;
            }
        });
        swapper.start();
        int found = 0;
        try {
            for (int i = 0; i < 3000; i++) {
                try {
                    Walked w = gofer.walk(RW, "swap/secret", true);
                    assertEquals(insideIno, w.stat().ino(), "only the file inside the root is ever reached");
                    int fd = gofer.open(w.handle(), HostFs.O_RDONLY);
                    assertEquals("inside", read(fd));
                    gofer.release(w.handle());
                    found++;
                } catch (GoferException e) {
                    assertEquals(Errno.ENOENT, e.errno());
                }
            }
        } finally {
            stop.set(true);
            swapper.join();
        }
        assertTrue(found > 0, "the walk sometimes went through the real directory");
    }

    @Test
    void readOnlyMountRefusesEveryWrite() throws IOException {
        Walked file = gofer.walk(RO, "file", false);
        Walked dir = gofer.walk(RO, "dir", false);
        assertEquals("read only", read(gofer.open(file.handle(), HostFs.O_RDONLY)));
        List<Executable> writes = new ArrayList<>(List.of(
                () -> gofer.open(file.handle(), HostFs.O_WRONLY),
                () -> gofer.open(file.handle(), HostFs.O_RDWR),
                () -> gofer.open(file.handle(), HostFs.O_RDONLY | HostFs.O_TRUNC),
                () -> gofer.create(RO, "new", HostFs.O_RDONLY, 0644, -1, -1),
                () -> gofer.mkdir(RO, "newdir", 0755, -1, -1),
                () -> gofer.mknod(RO, "fifo", HostFs.S_IFIFO | 0644, -1, -1),
                () -> gofer.symlink(RO, "l", "file", -1, -1),
                () -> gofer.link(RO, "file", RO, "hard"),
                () -> gofer.unlink(RO, "file"),
                () -> gofer.rmdir(RO, "dir"),
                () -> gofer.rename(RO, "file", RO, "renamed", 0),
                () -> gofer.setattr(file.handle(), new SetAttr().mode(0777)),
                () -> gofer.setattr(file.handle(), new SetAttr().size(0)),
                () -> gofer.setattr(file.handle(), new SetAttr().uid(1)),
                () -> gofer.setattr(dir.handle(), new SetAttr().mtimeNow()),
                () -> gofer.removexattr(file.handle(), "user.x")));
        for (Executable w : writes) {
            assertErrno(Errno.EROFS, w);
        }
        assertEquals("read only", Files.readString(roRoot.resolve("file")));
        assertEquals(Set.of("file", "dir"), Set.copyOf(List.of(roRoot.toFile().list())));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(roRoot.resolve("file"))));
    }

    @Test
    void deviceNodesInTheTreeDoNotOpen() throws Exception {
        Process p = new ProcessBuilder("mknod", root.resolve("null").toString(), "c", "1", "3").start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mknod needs CAP_MKNOD");
        Walked dev = gofer.walk(RW, "null", false);
        assertEquals(HostFs.S_IFCHR, dev.stat().type());
        assertErrno(Errno.EACCES, () -> gofer.open(dev.handle(), HostFs.O_RDWR));
    }
}
