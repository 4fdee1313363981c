package io.runj.sentry.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.runj.gofer.Created;
import io.runj.gofer.GoferClient;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.NativeException;
import io.runj.platform.ProcessVm;
import io.runj.platform.Regs;
import io.runj.platform.syscall.SyscallNumbers;
import io.runj.platform.trace.TraceHandler.Resume;
import io.runj.platform.trace.Tracer;

/**
 * The trapped path calls the sentry emulates through its mount table and the gofer: open, openat,
 * creat, the stat family, access, readlink, chdir, fchdir, getcwd; and the calls that guard the
 * reserved fd. Runs on the tracer thread: gofer round trips block it for now (a worker pool is
 * the plan; each handler already only needs the task's registers and memory).
 *
 * <p>An fd the gofer opens is installed in the guest through the socket whose other end is the
 * guest's reserved fd {@link #CHANNEL_FD}: the sentry sends the fd and rewrites the trapped call
 * into recvmsg on that fd, with its msghdr written below the guest's red zone; at the exit stop
 * it reads the received fd number and restores the registers with that as the result.
 */
public final class Vfs {
    /** The guest's end of the fd channel: reserved, so the guest cannot close or dup over it. */
    public static final int CHANNEL_FD = 1000;

    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int AT_EACCESS = 0x200;
    private static final int AT_EMPTY_PATH = 0x1000;
    private static final int PATH_MAX = 4096;
    private static final int RED_ZONE = 128;
    private static final int MSG_CTRUNC = 0x8;
    private static final int MSG_CMSG_CLOEXEC = 0x40000000;
    private static final int S_ISGID = 02000;
    /** Open flags passed on to the gofer: the rest are the sentry's (creation, following) or refused there. */
    private static final int GOFER_FLAGS = HostFs.O_ACCMODE | HostFs.O_TRUNC | HostFs.O_APPEND | HostFs.O_NONBLOCK
            | HostFs.O_DSYNC | HostFs.O_SYNC | HostFs.O_DIRECT | HostFs.O_LARGEFILE | HostFs.O_DIRECTORY
            | HostFs.O_NOATIME | HostFs.O_NOCTTY;

    private final MountTable table;
    private final GoferClient gofer;
    private final PathWalk walker;
    private final MessageSocket channel;
    private final Tracer tracer;
    private final List<String> initialCwd;
    private final byte[] seq = new byte[8];
    private long sequence;
    /** The task whose recvmsg is in flight: the channel carries one fd at a time. */
    private FsTask installing;

    /**
     * @param channelFd  the sentry's end of the fd channel, which the Vfs now owns
     * @param initialCwd the init's cwd in the guest
     */
    public Vfs(MountTable table, GoferClient gofer, int channelFd, Tracer tracer, String initialCwd) {
        this.table = table;
        this.gofer = gofer;
        this.walker = new PathWalk(table, gofer);
        this.channel = new MessageSocket(channelFd, 64);
        this.tracer = tracer;
        this.initialCwd = PathWalk.components(MountTable.normalize(initialCwd));
    }

    /** The VFS state of the init. */
    public FsTask initTask() {
        return new FsTask(new FsTask.Context(new ArrayList<>(initialCwd)));
    }

    /** The VFS state of another process started in the sandbox (runj exec), whose cwd is {@code cwd}. */
    public FsTask taskAt(String cwd) {
        return new FsTask(new FsTask.Context(new ArrayList<>(PathWalk.components(MountTable.normalize(cwd)))));
    }

    /** A new task's state: a thread shares its process's cwd, a new process copies it. */
    public FsTask newTask(FsTask parent, boolean thread) {
        return new FsTask(thread ? parent.fs : new FsTask.Context(new ArrayList<>(parent.fs.cwd)));
    }

    /** The task died: an fd in flight to it is forgotten (a stale message is detected by its sequence). */
    public void onExit(FsTask t) {
        if (installing == t) {
            installing = null;
        }
    }

    /** Handles a trapped call routed to the VFS; {@code regs} are the task's, loaded. */
    public Resume onSyscall(FsTask t, int tid, Regs regs) {
        int nr = (int) regs.origRax();
        try {
            long rc = switch (nr) {
                case SyscallNumbers.OPEN -> open(t, tid, regs, AT_FDCWD, 0, (int) regs.arg(1), (int) regs.arg(2));
                case SyscallNumbers.OPENAT -> open(t, tid, regs, (int) regs.arg(0), 1, (int) regs.arg(2), (int) regs.arg(3));
                case SyscallNumbers.CREAT -> open(t, tid, regs, AT_FDCWD, 0,
                        HostFs.O_CREAT | HostFs.O_WRONLY | HostFs.O_TRUNC, (int) regs.arg(1));
                case SyscallNumbers.STAT -> stat(t, tid, AT_FDCWD, regs.arg(0), 0, regs.arg(1), false);
                case SyscallNumbers.LSTAT -> stat(t, tid, AT_FDCWD, regs.arg(0), AT_SYMLINK_NOFOLLOW, regs.arg(1), false);
                case SyscallNumbers.NEWFSTATAT -> stat(t, tid, (int) regs.arg(0), regs.arg(1), (int) regs.arg(3), regs.arg(2), false);
                case SyscallNumbers.STATX -> stat(t, tid, (int) regs.arg(0), regs.arg(1), (int) regs.arg(2), regs.arg(4), true);
                case SyscallNumbers.ACCESS -> access(t, tid, AT_FDCWD, regs.arg(0), (int) regs.arg(1), 0);
                case SyscallNumbers.FACCESSAT -> access(t, tid, (int) regs.arg(0), regs.arg(1), (int) regs.arg(2), 0);
                case SyscallNumbers.FACCESSAT2 -> access(t, tid, (int) regs.arg(0), regs.arg(1), (int) regs.arg(2), (int) regs.arg(3));
                case SyscallNumbers.READLINK -> readlink(t, tid, AT_FDCWD, regs.arg(0), regs.arg(1), (int) regs.arg(2));
                case SyscallNumbers.READLINKAT -> readlink(t, tid, (int) regs.arg(0), regs.arg(1), regs.arg(2), (int) regs.arg(3));
                case SyscallNumbers.GETCWD -> getcwd(t, tid, regs.arg(0), regs.arg(1));
                case SyscallNumbers.CHDIR -> chdir(t, tid, regs, AT_FDCWD, path(tid, regs.arg(0)));
                case SyscallNumbers.FCHDIR -> chdir(t, tid, regs, (int) regs.arg(0), null);
                case SyscallNumbers.CLOSE -> regs.arg(0) == CHANNEL_FD ? -Errno.EBADF : RUN;
                case SyscallNumbers.DUP2, SyscallNumbers.DUP3 -> (int) regs.arg(1) == CHANNEL_FD ? -Errno.EBADF : RUN;
                case SyscallNumbers.CLOSE_RANGE -> closeRange(t, tid, regs);
                default -> RUN;
            };
            if (rc == RUN) {
                return Resume.RUN;
            }
            if (rc == REWRITTEN) {
                return Resume.RUN_AND_REPORT_EXIT;
            }
            regs.setRax(rc);
        } catch (VfsException e) {
            regs.setRax(-e.errno());
        } catch (LeaveToHost e) {
            return Resume.RUN;
        }
        return Resume.EMULATED;
    }

    /** Not a result: let the host kernel run the call unchanged. */
    private static final long RUN = Long.MIN_VALUE;
    /** Not a result: the call was rewritten, and is finished at its exit stop. */
    private static final long REWRITTEN = Long.MIN_VALUE + 1;
    /** Not a result: the task re-enters the same call later (the channel was busy). */
    private static final long RETRY = Long.MIN_VALUE + 2;

    /** The exit of a call {@link #onSyscall} rewrote. */
    public void onSyscallExit(FsTask t, int tid, Regs regs) {
        FsTask.Pending p = t.pending;
        t.pending = FsTask.Pending.NONE;
        long rc = regs.rax();
        long result;
        switch (p) {
            case INSTALL -> {
                installing = null;
                result = received(t, tid, rc);
                if (result == RETRY) {
                    // A stale fd arrived (its task died before taking it): run the call again.
                    t.saved.setRip(t.saved.rip() - 2);
                    t.saved.setRax(t.saved.origRax());
                    tracer.ptrace().setRegs(tid, t.saved);
                    return;
                }
            }
            case RESTORE -> result = rc;
            case HOST_CHDIR -> {
                if (rc == 0) {
                    t.fs.cwd = t.newCwd;
                }
                result = rc;
            }
            case CLOSE_RANGE_UPPER -> {
                result = rc;
                if (rc == 0) {
                    result = tracer.injector().inject(tid, t.saved.rip() - 2, SyscallNumbers.CLOSE_RANGE,
                            CHANNEL_FD + 1, t.saved.arg(1), t.saved.arg(2));
                }
            }
            // The host's cwd follows the virtual one where it can; the guest sees the VFS's answer.
            case CHDIR -> result = 0;
            default -> {
                return;
            }
        }
        t.saved.setRax(result);
        tracer.ptrace().setRegs(tid, t.saved);
        regs.setRax(result);
    }

    // ---- open ----

    private long open(FsTask t, int tid, Regs regs, int dirfd, int pathArg, int flags, int mode) {
        if (installing != null && installing != t) {
            regs.setRip(regs.rip() - 2);
            return regs.origRax();
        }
        String path = path(tid, regs.arg(pathArg));
        if ((flags & HostFs.O_PATH) != 0) {
            // O_PATH: no gofer descriptor without read access, so it asks for read permission.
            flags = (flags & (HostFs.O_CLOEXEC | HostFs.O_NOFOLLOW | HostFs.O_DIRECTORY));
        }
        boolean creat = (flags & HostFs.O_CREAT) != 0;
        boolean excl = creat && (flags & HostFs.O_EXCL) != 0;
        boolean follow = (flags & HostFs.O_NOFOLLOW) == 0 && !excl;
        Credentials cred = Credentials.of(tid);
        int fd;
        try (PathWalk.Result r = walker.walk(cred, start(tid, t, dirfd, path), path, follow, creat)) {
            if (r.node == null) {
                fd = create(cred, r, flags, mode);
            } else {
                fd = openExisting(cred, r, flags, creat, excl);
            }
        }
        return install(t, tid, regs, fd, (flags & HostFs.O_CLOEXEC) != 0);
    }

    private int create(Credentials cred, PathWalk.Result r, int flags, int mode) {
        if (r.trailingSlash) {
            throw new VfsException(Errno.EISDIR);
        }
        FileStat dir = r.parent.stat();
        if (r.parent.mount().readOnly()) {
            throw new VfsException(Errno.EROFS);
        }
        if (!cred.permits(dir.mode(), dir.uid(), dir.gid(), 3, false)) {
            throw new VfsException(Errno.EACCES);
        }
        int gid = (dir.mode() & S_ISGID) != 0 ? dir.gid() : cred.fsgid();
        Created c = PathWalk.call(() -> gofer.create(r.parent.handle(), r.name, flags & GOFER_FLAGS & ~HostFs.O_DIRECTORY,
                mode & 07777 & ~cred.umask(), cred.fsuid(), gid));
        PathWalk.release(gofer, new PathWalk.Node(r.parent.mount(), c.handle(), true, c.stat()));
        return c.fd();
    }

    private int openExisting(Credentials cred, PathWalk.Result r, int flags, boolean creat, boolean excl) {
        FileStat st = r.node.stat();
        int acc = flags & HostFs.O_ACCMODE;
        boolean writes = acc != HostFs.O_RDONLY || (flags & HostFs.O_TRUNC) != 0;
        if (excl) {
            throw new VfsException(Errno.EEXIST);
        }
        if (st.isSymlink()) {
            throw new VfsException(Errno.ELOOP);
        }
        if (st.isDirectory() && (creat || acc != HostFs.O_RDONLY)) {
            throw new VfsException(Errno.EISDIR);
        }
        if ((flags & HostFs.O_DIRECTORY) != 0 && !st.isDirectory()) {
            throw new VfsException(Errno.ENOTDIR);
        }
        if (writes && r.node.mount().readOnly() && (st.isRegular() || st.isDirectory())) {
            throw new VfsException(Errno.EROFS);
        }
        int want = (acc == HostFs.O_WRONLY ? 0 : 4) | (writes ? 2 : 0);
        if (!cred.permits(st.mode(), st.uid(), st.gid(), want, false)) {
            throw new VfsException(Errno.EACCES);
        }
        int goferFlags = flags & GOFER_FLAGS;
        if (!st.isRegular()) {
            goferFlags &= ~HostFs.O_TRUNC;
        }
        int open = goferFlags;
        return PathWalk.call(() -> gofer.open(r.node.handle(), open));
    }

    /** Sends {@code fd} (closed here) down the channel and turns the trapped call into the guest's recvmsg of it. */
    private long install(FsTask t, int tid, Regs regs, int fd, boolean cloexec) {
        long n = ++sequence;
        ByteBuffer.wrap(seq).order(ByteOrder.LITTLE_ENDIAN).putLong(0, n);
        try {
            channel.send(seq, 8, fd);
        } catch (NativeException e) {
            throw new VfsException(Errno.EIO);
        } finally {
            HostFs.close(fd);
        }
        // msghdr (56) | iovec (16) at +64 | data (8) at +80 | control (CMSG_SPACE(4) = 24) at +96
        long s = (regs.rsp() - RED_ZONE - 128) & ~15L;
        ByteBuffer b = ByteBuffer.allocate(120).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(16, s + 64).putLong(24, 1).putLong(32, s + 96).putLong(40, 24);
        b.putLong(64, s + 80).putLong(72, 8);
        write(tid, s, b.array());
        t.saved.copyFrom(regs);
        t.pending = FsTask.Pending.INSTALL;
        t.sequence = n;
        t.scratch = s;
        regs.setOrigRax(SyscallNumbers.RECVMSG);
        regs.setArg(0, CHANNEL_FD);
        regs.setArg(1, s);
        regs.setArg(2, cloexec ? MSG_CMSG_CLOEXEC : 0);
        tracer.ptrace().setRegs(tid, regs);
        installing = t;
        return REWRITTEN;
    }

    /** The fd the guest's recvmsg installed, an errno, or RETRY after a stale message. */
    private long received(FsTask t, int tid, long rc) {
        if (rc < 0) {
            return rc;
        }
        ByteBuffer b = ByteBuffer.wrap(mem(tid).read(t.scratch, 120)).order(ByteOrder.LITTLE_ENDIAN);
        boolean hasFd = b.getLong(96) >= 20 && b.getInt(104) == 1 && b.getInt(108) == 1;
        int fd = b.getInt(112);
        if (hasFd && b.getLong(80) != t.sequence) {
            tracer.injector().inject(tid, t.saved.rip() - 2, SyscallNumbers.CLOSE, fd);
            return RETRY;
        }
        if (!hasFd || (b.getInt(48) & MSG_CTRUNC) != 0) {
            return -Errno.EMFILE;
        }
        return fd;
    }

    // ---- stat, access, readlink ----

    private long stat(FsTask t, int tid, int dirfd, long pathAddr, int flags, long buf, boolean statx) {
        if ((flags & AT_EMPTY_PATH) != 0 && (pathAddr == 0 || path(tid, pathAddr).isEmpty())) {
            // fstat of the fd itself: nothing to resolve.
            return RUN;
        }
        String path = path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, start(tid, t, dirfd, path), path,
                (flags & AT_SYMLINK_NOFOLLOW) == 0, false)) {
            write(tid, buf, statx ? StatLayout.statx(r.node.stat()) : StatLayout.stat(r.node.stat()));
        }
        return 0;
    }

    private long access(FsTask t, int tid, int dirfd, long pathAddr, int mode, int flags) {
        if ((mode & ~7) != 0 || (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        if ((flags & AT_EMPTY_PATH) != 0 && path(tid, pathAddr).isEmpty()) {
            return RUN;
        }
        String path = path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, start(tid, t, dirfd, path), path,
                (flags & AT_SYMLINK_NOFOLLOW) == 0, false)) {
            FileStat st = r.node.stat();
            if ((mode & 2) != 0 && r.node.mount().readOnly() && (st.isRegular() || st.isDirectory() || st.isSymlink())) {
                return -Errno.EROFS;
            }
            boolean real = (flags & AT_EACCESS) == 0;
            return mode == 0 || cred.permits(st.mode(), st.uid(), st.gid(), mode, real) ? 0 : -Errno.EACCES;
        }
    }

    private long readlink(FsTask t, int tid, int dirfd, long pathAddr, long buf, int size) {
        String path = path(tid, pathAddr);
        if (path.isEmpty() && dirfd != AT_FDCWD) {
            return RUN;
        }
        if (size <= 0) {
            return -Errno.EINVAL;
        }
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, start(tid, t, dirfd, path), path, false, false)) {
            if (!r.node.stat().isSymlink()) {
                return -Errno.EINVAL;
            }
            byte[] target = PathWalk.call(() -> gofer.readlink(r.node.handle())).getBytes(StandardCharsets.ISO_8859_1);
            int n = Math.min(size, target.length);
            write(tid, buf, java.util.Arrays.copyOf(target, n));
            return n;
        }
    }

    // ---- cwd ----

    private long getcwd(FsTask t, int tid, long buf, long size) {
        byte[] cwd = ("/" + String.join("/", t.fs.cwd) + "\0").getBytes(StandardCharsets.ISO_8859_1);
        if (size < cwd.length) {
            return -Errno.ERANGE;
        }
        write(tid, buf, cwd);
        return cwd.length;
    }

    /**
     * chdir (path != null) or fchdir: the VFS resolves the directory and sets the virtual cwd. The
     * host's cwd follows (the call is rewritten into chdir of the canonical path) because execve
     * and the path calls not emulated yet still resolve relative paths on the host.
     */
    private long chdir(FsTask t, int tid, Regs regs, int dirfd, String path) {
        List<String> start;
        String target = path;
        if (path == null) {
            start = List.of();
            target = fdPath(tid, dirfd);
        } else {
            start = start(tid, t, dirfd, path);
        }
        Credentials cred = Credentials.of(tid);
        List<String> cwd;
        try (PathWalk.Result r = walker.walk(cred, start, target, true, false)) {
            FileStat st = r.node.stat();
            if (!st.isDirectory()) {
                return -Errno.ENOTDIR;
            }
            if (!cred.permits(st.mode(), st.uid(), st.gid(), 1, false)) {
                return -Errno.EACCES;
            }
            cwd = r.components;
        } catch (LeaveToHost e) {
            if (path == null) {
                throw e;
            }
            // A mount left to the host: the host resolves it; the cwd is taken lexically.
            t.saved.copyFrom(regs);
            t.newCwd = PathWalk.components(MountTable.normalize(
                    (path.startsWith("/") ? "" : "/" + String.join("/", start)) + "/" + path));
            t.pending = FsTask.Pending.HOST_CHDIR;
            return REWRITTEN;
        }
        t.fs.cwd = new ArrayList<>(cwd);
        byte[] abs = ("/" + String.join("/", cwd) + "\0").getBytes(StandardCharsets.ISO_8859_1);
        long s = (regs.rsp() - RED_ZONE - abs.length) & ~15L;
        write(tid, s, abs);
        t.saved.copyFrom(regs);
        t.pending = FsTask.Pending.CHDIR;
        regs.setOrigRax(SyscallNumbers.CHDIR);
        regs.setArg(0, s);
        tracer.ptrace().setRegs(tid, regs);
        return REWRITTEN;
    }

    private long closeRange(FsTask t, int tid, Regs regs) {
        long first = regs.arg(0) & 0xffffffffL;
        long last = regs.arg(1) & 0xffffffffL;
        if (first > CHANNEL_FD || last < CHANNEL_FD) {
            return RUN;
        }
        if (first == CHANNEL_FD) {
            if (last == CHANNEL_FD) {
                return 0;
            }
            regs.setArg(0, CHANNEL_FD + 1);
            tracer.ptrace().setRegs(tid, regs);
            return RUN;
        }
        // The range around the channel: below it now, above it at the exit.
        t.saved.copyFrom(regs);
        t.pending = last > CHANNEL_FD ? FsTask.Pending.CLOSE_RANGE_UPPER : FsTask.Pending.RESTORE;
        regs.setArg(1, CHANNEL_FD - 1);
        tracer.ptrace().setRegs(tid, regs);
        return REWRITTEN;
    }

    // ---- helpers ----

    /** The components of the directory a relative {@code path} starts from. */
    private List<String> start(int tid, FsTask t, int dirfd, String path) {
        if (path.startsWith("/")) {
            return List.of();
        }
        if (dirfd == AT_FDCWD) {
            return t.fs.cwd;
        }
        return PathWalk.components(fdPath(tid, dirfd));
    }

    /**
     * The guest path of the guest's fd {@code fd}, from the host path /proc shows for it: the fds
     * the gofer opened are inside a mount's source.
     */
    private String fdPath(int tid, int fd) {
        if (fd < 0) {
            throw new VfsException(Errno.EBADF);
        }
        String host;
        try {
            host = Files.readSymbolicLink(Path.of("/proc", Integer.toString(tid), "fd", Integer.toString(fd))).toString();
        } catch (IOException e) {
            throw new VfsException(Errno.EBADF);
        }
        if (!host.startsWith("/")) {
            throw new VfsException(Errno.ENOTDIR);
        }
        if (host.endsWith(" (deleted)")) {
            throw new VfsException(Errno.ENOENT);
        }
        String guest = table.guestPath(host);
        if (guest == null) {
            throw new VfsException(Errno.EBADF);
        }
        return guest;
    }

    private ProcessVm mem(int tid) {
        return tracer.memory(tid);
    }

    /** A path argument: EFAULT for a bad pointer, ENAMETOOLONG without a NUL in PATH_MAX bytes. */
    private String path(int tid, long addr) {
        if (addr == 0) {
            throw new VfsException(Errno.EFAULT);
        }
        String s;
        try {
            s = mem(tid).readCString(addr, PATH_MAX);
        } catch (NativeException e) {
            throw new VfsException(Errno.EFAULT);
        }
        if (s.length() >= PATH_MAX) {
            throw new VfsException(Errno.ENAMETOOLONG);
        }
        return s;
    }

    private void write(int tid, long addr, byte[] data) {
        try {
            mem(tid).write(addr, data);
        } catch (NativeException e) {
            throw new VfsException(Errno.EFAULT);
        }
    }
}
