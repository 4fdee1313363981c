package io.runj.sentry.vfs;

import io.runj.gofer.Created;
import io.runj.gofer.GoferClient;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;
import io.runj.platform.Regs;

/** open, openat and creat: the sentry resolves the path, the gofer opens or creates the file, the channel installs it. */
final class OpenCalls {
    static final int S_ISGID = 02000;
    /** Open flags passed on to the gofer: the rest are the sentry's (creation, following) or refused there. */
    private static final int GOFER_FLAGS = HostFs.O_ACCMODE | HostFs.O_TRUNC | HostFs.O_APPEND | HostFs.O_NONBLOCK
            | HostFs.O_DSYNC | HostFs.O_SYNC | HostFs.O_DIRECT | HostFs.O_LARGEFILE | HostFs.O_DIRECTORY
            | HostFs.O_NOATIME | HostFs.O_NOCTTY;

    private final TaskAccess access;
    private final PathWalk walker;
    private final GoferClient gofer;
    private final FdChannel channel;

    OpenCalls(TaskAccess access, PathWalk walker, GoferClient gofer, FdChannel channel) {
        this.access = access;
        this.walker = walker;
        this.gofer = gofer;
        this.channel = channel;
    }

    long open(FsTask t, int tid, Regs regs, int dirfd, int pathArg, int flags, int mode) {
        if (channel.busyFor(t, tid, regs)) {
            return regs.origRax();
        }
        String path = access.path(tid, regs.arg(pathArg));
        if ((flags & HostFs.O_PATH) != 0) {
            // O_PATH: no gofer descriptor without read access, so it asks for read permission.
            flags = (flags & (HostFs.O_CLOEXEC | HostFs.O_NOFOLLOW | HostFs.O_DIRECTORY));
        }
        boolean creat = (flags & HostFs.O_CREAT) != 0;
        boolean excl = creat && (flags & HostFs.O_EXCL) != 0;
        boolean follow = (flags & HostFs.O_NOFOLLOW) == 0 && !excl;
        Credentials cred = Credentials.of(tid);
        int fd;
        try (PathWalk.Result r = walker.walk(cred, access.start(tid, t, dirfd, path), path, follow, creat)) {
            if (r.node == null) {
                fd = create(cred, r, flags, mode);
            } else {
                fd = openExisting(cred, r, flags, creat, excl);
            }
        }
        return channel.install(t, tid, regs, fd, (flags & HostFs.O_CLOEXEC) != 0);
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
}
