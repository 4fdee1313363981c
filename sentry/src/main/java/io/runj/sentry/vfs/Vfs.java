package io.runj.sentry.vfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.runj.gofer.GoferClient;
import io.runj.platform.HostFs;
import io.runj.platform.Regs;
import io.runj.platform.syscall.SyscallNumbers;
import io.runj.platform.trace.TraceHandler.Resume;
import io.runj.platform.trace.Tracer;

/**
 * The dispatcher of the trapped path calls the sentry emulates through its mount table and the
 * gofer, one class per family as gVisor's sys_file.go, sys_stat.go, sys_xattr.go: {@link OpenCalls},
 * {@link StatCalls}, {@link CwdCalls}, {@link CreateCalls}, {@link UnlinkCalls},
 * {@link RenameCalls}, {@link AttrCalls}, {@link XattrCalls}; {@link FdChannel} installs opened
 * fds and guards the reserved fd. Runs on the tracer thread: gofer round trips block it for now (a
 * worker pool is the plan; each handler already only needs the task's registers and memory).
 *
 * <p>A path that reaches a mount the VFS does not serve ({@link LeaveToHost}) is run by the host
 * inside the guest's chroot; a directory fd in such a call is first replaced by its guest path,
 * since an fd the gofer opened lies outside the chroot and `..` from it would climb out.
 */
public final class Vfs {
    /** The guest's end of the fd channel: reserved, so the guest cannot close or dup over it. */
    public static final int CHANNEL_FD = 1000;

    /** Not a result: let the host kernel run the call unchanged. */
    static final long RUN = Long.MIN_VALUE;
    /** Not a result: the call was rewritten, and is finished at its exit stop. */
    static final long REWRITTEN = Long.MIN_VALUE + 1;
    /** Not a result: the task re-enters the same call later (the channel was busy). */
    static final long RETRY = Long.MIN_VALUE + 2;

    private final TaskAccess access;
    private final FdChannel channel;
    private final OpenCalls open;
    private final StatCalls stat;
    private final CwdCalls cwd;
    private final CreateCalls create;
    private final UnlinkCalls unlink;
    private final RenameCalls rename;
    private final AttrCalls attr;
    private final XattrCalls xattr;
    private final List<String> initialCwd;

    /**
     * @param channelFd  the sentry's end of the fd channel, which the Vfs now owns
     * @param initialCwd the init's cwd in the guest
     */
    public Vfs(MountTable table, GoferClient gofer, int channelFd, Tracer tracer, String initialCwd) {
        PathWalk walker = new PathWalk(table, gofer);
        this.access = new TaskAccess(table, tracer);
        this.channel = new FdChannel(access, channelFd);
        this.open = new OpenCalls(access, walker, gofer, channel);
        this.stat = new StatCalls(access, walker, gofer);
        this.cwd = new CwdCalls(access, walker);
        this.create = new CreateCalls(access, walker, gofer);
        this.unlink = new UnlinkCalls(access, walker, gofer);
        this.rename = new RenameCalls(access, walker, gofer);
        this.attr = new AttrCalls(access, walker, gofer);
        this.xattr = new XattrCalls(access, walker, gofer);
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
        channel.onExit(t);
    }

    /** Handles a trapped call routed to the VFS; {@code regs} are the task's, loaded. */
    public Resume onSyscall(FsTask t, int tid, Regs regs) {
        try {
            long rc;
            try {
                rc = dispatch(t, tid, regs);
            } catch (LeaveToHost e) {
                rc = hostWithoutDirfds(t, tid, regs);
            }
            if (rc == RUN) {
                return Resume.RUN;
            }
            if (rc == REWRITTEN) {
                return Resume.RUN_AND_REPORT_EXIT;
            }
            regs.setRax(rc);
        } catch (VfsException e) {
            regs.setRax(-e.errno());
        }
        return Resume.EMULATED;
    }

    private long dispatch(FsTask t, int tid, Regs r) {
        int nr = (int) r.origRax();
        return switch (nr) {
            case SyscallNumbers.OPEN -> open.open(t, tid, r, HostFs.AT_FDCWD, 0, i(r, 1), i(r, 2));
            case SyscallNumbers.OPENAT -> open.open(t, tid, r, i(r, 0), 1, i(r, 2), i(r, 3));
            case SyscallNumbers.CREAT -> open.open(t, tid, r, HostFs.AT_FDCWD, 0,
                    HostFs.O_CREAT | HostFs.O_WRONLY | HostFs.O_TRUNC, i(r, 1));
            case SyscallNumbers.STAT -> stat.stat(t, tid, HostFs.AT_FDCWD, r.arg(0), 0, r.arg(1), false);
            case SyscallNumbers.LSTAT -> stat.stat(t, tid, HostFs.AT_FDCWD, r.arg(0), HostFs.AT_SYMLINK_NOFOLLOW, r.arg(1), false);
            case SyscallNumbers.NEWFSTATAT -> stat.stat(t, tid, i(r, 0), r.arg(1), i(r, 3), r.arg(2), false);
            case SyscallNumbers.STATX -> stat.stat(t, tid, i(r, 0), r.arg(1), i(r, 2), r.arg(4), true);
            case SyscallNumbers.ACCESS -> stat.access(t, tid, HostFs.AT_FDCWD, r.arg(0), i(r, 1), 0);
            case SyscallNumbers.FACCESSAT -> stat.access(t, tid, i(r, 0), r.arg(1), i(r, 2), 0);
            case SyscallNumbers.FACCESSAT2 -> stat.access(t, tid, i(r, 0), r.arg(1), i(r, 2), i(r, 3));
            case SyscallNumbers.READLINK -> stat.readlink(t, tid, HostFs.AT_FDCWD, r.arg(0), r.arg(1), i(r, 2));
            case SyscallNumbers.READLINKAT -> stat.readlink(t, tid, i(r, 0), r.arg(1), r.arg(2), i(r, 3));
            case SyscallNumbers.STATFS -> stat.statfs(t, tid, r.arg(0), r.arg(1));
            case SyscallNumbers.GETCWD -> cwd.getcwd(t, tid, r.arg(0), r.arg(1));
            case SyscallNumbers.CHDIR -> cwd.chdir(t, tid, r);
            case SyscallNumbers.FCHDIR -> cwd.fchdir(t, tid, r);
            case SyscallNumbers.MKDIR -> create.mkdir(t, tid, HostFs.AT_FDCWD, r.arg(0), i(r, 1));
            case SyscallNumbers.MKDIRAT -> create.mkdir(t, tid, i(r, 0), r.arg(1), i(r, 2));
            case SyscallNumbers.MKNOD -> create.mknod(t, tid, HostFs.AT_FDCWD, r.arg(0), i(r, 1));
            case SyscallNumbers.MKNODAT -> create.mknod(t, tid, i(r, 0), r.arg(1), i(r, 2));
            case SyscallNumbers.SYMLINK -> create.symlink(t, tid, r.arg(0), HostFs.AT_FDCWD, r.arg(1));
            case SyscallNumbers.SYMLINKAT -> create.symlink(t, tid, r.arg(0), i(r, 1), r.arg(2));
            case SyscallNumbers.LINK -> create.link(t, tid, HostFs.AT_FDCWD, r.arg(0), HostFs.AT_FDCWD, r.arg(1), 0);
            case SyscallNumbers.LINKAT -> create.link(t, tid, i(r, 0), r.arg(1), i(r, 2), r.arg(3), i(r, 4));
            case SyscallNumbers.UNLINK -> unlink.unlink(t, tid, HostFs.AT_FDCWD, r.arg(0));
            case SyscallNumbers.RMDIR -> unlink.rmdir(t, tid, HostFs.AT_FDCWD, r.arg(0));
            case SyscallNumbers.UNLINKAT -> unlink.unlinkat(t, tid, i(r, 0), r.arg(1), i(r, 2));
            case SyscallNumbers.RENAME -> rename.rename(t, tid, HostFs.AT_FDCWD, r.arg(0), HostFs.AT_FDCWD, r.arg(1), 0);
            case SyscallNumbers.RENAMEAT -> rename.rename(t, tid, i(r, 0), r.arg(1), i(r, 2), r.arg(3), 0);
            case SyscallNumbers.RENAMEAT2 -> rename.rename(t, tid, i(r, 0), r.arg(1), i(r, 2), r.arg(3), i(r, 4));
            case SyscallNumbers.CHMOD -> attr.chmod(t, tid, HostFs.AT_FDCWD, r.arg(0), i(r, 1), 0);
            case SyscallNumbers.FCHMODAT -> attr.chmod(t, tid, i(r, 0), r.arg(1), i(r, 2), 0);
            case SyscallNumbers.FCHMODAT2 -> attr.chmod(t, tid, i(r, 0), r.arg(1), i(r, 2), i(r, 3));
            case SyscallNumbers.CHOWN -> attr.chown(t, tid, HostFs.AT_FDCWD, r.arg(0), i(r, 1), i(r, 2), 0);
            case SyscallNumbers.LCHOWN -> attr.chown(t, tid, HostFs.AT_FDCWD, r.arg(0), i(r, 1), i(r, 2),
                    HostFs.AT_SYMLINK_NOFOLLOW);
            case SyscallNumbers.FCHOWNAT -> attr.chown(t, tid, i(r, 0), r.arg(1), i(r, 2), i(r, 3), i(r, 4));
            case SyscallNumbers.UTIME -> attr.utime(t, tid, r.arg(0), r.arg(1));
            case SyscallNumbers.UTIMES -> attr.utimes(t, tid, HostFs.AT_FDCWD, r.arg(0), r.arg(1));
            case SyscallNumbers.FUTIMESAT -> attr.utimes(t, tid, i(r, 0), r.arg(1), r.arg(2));
            case SyscallNumbers.UTIMENSAT -> attr.utimensat(t, tid, i(r, 0), r.arg(1), r.arg(2), i(r, 3));
            case SyscallNumbers.TRUNCATE -> attr.truncate(t, tid, r.arg(0), r.arg(1));
            case SyscallNumbers.FCHMOD, SyscallNumbers.FCHOWN, SyscallNumbers.FSETXATTR,
                    SyscallNumbers.FREMOVEXATTR -> attr.writeThroughFd(tid, i(r, 0));
            case SyscallNumbers.FTRUNCATE -> attr.ftruncate(tid, i(r, 0));
            case SyscallNumbers.GETXATTR -> xattr.getxattr(t, tid, r.arg(0), r.arg(1), r.arg(2), r.arg(3), true);
            case SyscallNumbers.LGETXATTR -> xattr.getxattr(t, tid, r.arg(0), r.arg(1), r.arg(2), r.arg(3), false);
            case SyscallNumbers.SETXATTR -> xattr.setxattr(t, tid, r.arg(0), r.arg(1), r.arg(2), r.arg(3), i(r, 4), true);
            case SyscallNumbers.LSETXATTR -> xattr.setxattr(t, tid, r.arg(0), r.arg(1), r.arg(2), r.arg(3), i(r, 4), false);
            case SyscallNumbers.LISTXATTR -> xattr.listxattr(t, tid, r.arg(0), r.arg(1), r.arg(2), true);
            case SyscallNumbers.LLISTXATTR -> xattr.listxattr(t, tid, r.arg(0), r.arg(1), r.arg(2), false);
            case SyscallNumbers.REMOVEXATTR -> xattr.removexattr(t, tid, r.arg(0), r.arg(1), true);
            case SyscallNumbers.LREMOVEXATTR -> xattr.removexattr(t, tid, r.arg(0), r.arg(1), false);
            case SyscallNumbers.CLOSE -> FdChannel.guardTarget(r.arg(0));
            case SyscallNumbers.DUP2, SyscallNumbers.DUP3 -> FdChannel.guardTarget(r.arg(1));
            case SyscallNumbers.CLOSE_RANGE -> channel.closeRange(t, tid, r);
            default -> RUN;
        };
    }

    private static int i(Regs r, int arg) {
        return (int) r.arg(arg);
    }

    /** The (dirfd, path) argument pairs of the *at calls the VFS serves. */
    private static int[] dirfdPathArgs(int nr) {
        return switch (nr) {
            case SyscallNumbers.OPENAT, SyscallNumbers.NEWFSTATAT, SyscallNumbers.STATX, SyscallNumbers.FACCESSAT,
                    SyscallNumbers.FACCESSAT2, SyscallNumbers.READLINKAT, SyscallNumbers.MKDIRAT,
                    SyscallNumbers.MKNODAT, SyscallNumbers.UNLINKAT, SyscallNumbers.FCHMODAT,
                    SyscallNumbers.FCHMODAT2, SyscallNumbers.FCHOWNAT, SyscallNumbers.FUTIMESAT,
                    SyscallNumbers.UTIMENSAT -> new int[] {0, 1};
            case SyscallNumbers.RENAMEAT, SyscallNumbers.RENAMEAT2, SyscallNumbers.LINKAT -> new int[] {0, 1, 2, 3};
            case SyscallNumbers.SYMLINKAT -> new int[] {1, 2};
            default -> new int[0];
        };
    }

    /**
     * The call reaches a mount left to the host. Each relative path under a directory fd is
     * replaced by the fd's guest path joined with it, and the fd by AT_FDCWD, so that the host
     * resolves it inside the chroot; the registers are restored at the exit.
     */
    private long hostWithoutDirfds(FsTask t, int tid, Regs regs) {
        int[] pairs = dirfdPathArgs((int) regs.origRax());
        t.saved.copyFrom(regs);
        long limit = Long.MAX_VALUE;
        boolean rewritten = false;
        for (int k = 0; k < pairs.length; k += 2) {
            int dirfd = (int) regs.arg(pairs[k]);
            long addr = regs.arg(pairs[k + 1]);
            if (dirfd == HostFs.AT_FDCWD || addr == 0) {
                continue;
            }
            String path = access.path(tid, addr);
            if (path.isEmpty() || path.startsWith("/")) {
                continue;
            }
            byte[] abs = (access.fdPath(tid, dirfd) + "/" + path + "\0").getBytes(StandardCharsets.ISO_8859_1);
            if (abs.length > TaskAccess.PATH_MAX) {
                return -io.runj.platform.Errno.ENAMETOOLONG;
            }
            limit = access.below(regs, limit, abs.length);
            access.write(tid, limit, abs);
            regs.setArg(pairs[k], HostFs.AT_FDCWD);
            regs.setArg(pairs[k + 1], limit);
            rewritten = true;
        }
        if (!rewritten) {
            return RUN;
        }
        t.pending = FsTask.Pending.RESTORE;
        access.setRegs(tid, regs);
        return REWRITTEN;
    }

    /** The exit of a call {@link #onSyscall} rewrote. */
    public void onSyscallExit(FsTask t, int tid, Regs regs) {
        FsTask.Pending p = t.pending;
        t.pending = FsTask.Pending.NONE;
        long rc = regs.rax();
        long result;
        switch (p) {
            case INSTALL -> {
                result = channel.received(t, tid, rc);
                if (result == RETRY) {
                    // A stale fd arrived (its task died before taking it): run the call again.
                    t.saved.setRip(t.saved.rip() - 2);
                    t.saved.setRax(t.saved.origRax());
                    access.setRegs(tid, t.saved);
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
            case CLOSE_RANGE_UPPER -> result = rc == 0 ? channel.closeUpper(t, tid) : rc;
            // The host's cwd follows the virtual one where it can; the guest sees the VFS's answer.
            case CHDIR -> result = 0;
            default -> {
                return;
            }
        }
        t.saved.setRax(result);
        access.setRegs(tid, t.saved);
        regs.setRax(result);
    }
}
