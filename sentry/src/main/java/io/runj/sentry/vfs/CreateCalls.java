package io.runj.sentry.vfs;

import java.util.List;

import io.runj.gofer.GoferClient;
import io.runj.gofer.Walked;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;

/** The calls that make a new name: mkdir, mknod, symlink and link (and their *at forms). */
final class CreateCalls {
    private static final int AT_SYMLINK_FOLLOW = 0x400;
    private static final int S_ISUID = 04000;

    private final TaskAccess access;
    private final PathWalk walker;
    private final GoferClient gofer;

    CreateCalls(TaskAccess access, PathWalk walker, GoferClient gofer) {
        this.access = access;
        this.walker = walker;
        this.gofer = gofer;
    }

    long mkdir(FsTask t, int tid, int dirfd, long pathAddr, int mode) {
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = newName(cred, access.start(tid, t, dirfd, path), path, true)) {
            // A set-group-ID parent gives its group, and the host gives the new directory its S_ISGID.
            made(() -> gofer.mkdir(r.parent.handle(), r.name, mode & 01777 & ~cred.umask(), cred.fsuid(), groupFor(cred, r)));
        }
        return 0;
    }

    /** mknod: regular files, FIFOs and sockets; device nodes are EPERM, as without CAP_MKNOD. */
    long mknod(FsTask t, int tid, int dirfd, long pathAddr, int mode) {
        int type = mode & HostFs.S_IFMT;
        boolean device = type == HostFs.S_IFCHR || type == HostFs.S_IFBLK;
        if (type == HostFs.S_IFDIR) {
            return -Errno.EPERM;
        }
        if (type != 0 && type != HostFs.S_IFREG && type != HostFs.S_IFIFO && type != HostFs.S_IFSOCK && !device) {
            return -Errno.EINVAL;
        }
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = newName(cred, access.start(tid, t, dirfd, path), path, false)) {
            if (device) {
                return -Errno.EPERM;
            }
            int gid = groupFor(cred, r);
            int perm = mode & 07777 & ~cred.umask();
            if (!cred.inGroup(gid) && !cred.has(Credentials.CAP_FSETID)) {
                perm &= ~OpenCalls.S_ISGID;
            }
            int node = (type == 0 ? HostFs.S_IFREG : type) | perm;
            made(() -> gofer.mknod(r.parent.handle(), r.name, node, cred.fsuid(), gid));
        }
        return 0;
    }

    long symlink(FsTask t, int tid, long targetAddr, int dirfd, long pathAddr) {
        String target = access.path(tid, targetAddr);
        if (target.isEmpty()) {
            return -Errno.ENOENT;
        }
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = newName(cred, access.start(tid, t, dirfd, path), path, false)) {
            made(() -> gofer.symlink(r.parent.handle(), r.name, target, cred.fsuid(), groupFor(cred, r)));
        }
        return 0;
    }

    /**
     * link and linkat: a hard link in the same mount (EXDEV across), never to a directory, and
     * with fs.protected_hardlinks' rule that a non-owner may only link a regular file it can read
     * and write that is not set-id.
     */
    long link(FsTask t, int tid, int oldDirfd, long oldAddr, int newDirfd, long newAddr, int flags) {
        if ((flags & ~(AT_SYMLINK_FOLLOW | HostFs.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        String oldPath = access.path(tid, oldAddr);
        Credentials cred = Credentials.of(tid);
        List<String> oldStart;
        boolean follow = (flags & AT_SYMLINK_FOLLOW) != 0;
        if (oldPath.isEmpty() && (flags & HostFs.AT_EMPTY_PATH) != 0) {
            if (!cred.has(Credentials.CAP_DAC_READ_SEARCH)) {
                return -Errno.ENOENT;
            }
            oldPath = oldDirfd == HostFs.AT_FDCWD ? "." : access.fdPath(tid, oldDirfd);
            oldStart = access.start(tid, t, HostFs.AT_FDCWD, oldPath);
            follow = false;
        } else {
            oldStart = access.start(tid, t, oldDirfd, oldPath);
        }
        String newPath = access.path(tid, newAddr);
        List<String> oldComps;
        FileStat st;
        try (PathWalk.Result o = walker.walk(cred, oldStart, oldPath, follow, false)) {
            oldComps = o.components;
            st = o.node.stat();
            if (walker.isMountRoot(oldComps)) {
                return -Errno.EXDEV;
            }
        }
        List<String> newStart = access.start(tid, t, newDirfd, newPath);
        try (PathWalk.Result n = newName(cred, walker.walkSecondParent(cred, newStart, newPath), false);
                PathWalk.Result o = walker.walkParent(cred, List.of(), "/" + String.join("/", oldComps))) {
            if (o.parent.mount() != n.parent.mount()) {
                return -Errno.EXDEV;
            }
            if (!cred.ownerOrCapable(st.uid()) && (!st.isRegular() || (st.mode() & S_ISUID) != 0
                    || (st.mode() & (OpenCalls.S_ISGID | 010)) == (OpenCalls.S_ISGID | 010)
                    || !cred.permits(st.mode(), st.uid(), st.gid(), 6, false))) {
                return -Errno.EPERM;
            }
            if (st.isDirectory()) {
                return -Errno.EPERM;
            }
            PathWalk.call(() -> {
                gofer.link(o.parent.handle(), o.name, n.parent.handle(), n.name);
                return null;
            });
        }
        return 0;
    }

    /**
     * The parent of a name about to be made, checked as Linux's filename_create and may_create
     * do, in their order: EEXIST, then EROFS, then write and search permission on the parent. A
     * trailing slash is only for directories (else ENOENT). The caller closes the Result.
     */
    private PathWalk.Result newName(Credentials cred, List<String> start, String path, boolean dir) {
        return newName(cred, walker.walkParent(cred, start, path), dir);
    }

    private PathWalk.Result newName(Credentials cred, PathWalk.Result r, boolean dir) {
        try {
            if (r.name.equals(".") || r.name.equals("..") || r.name.equals(PathWalk.ROOT_NAME)) {
                throw new VfsException(Errno.EEXIST);
            }
            PathWalk.Node existing = walker.child(r);
            if (existing != null) {
                PathWalk.release(gofer, existing);
                throw new VfsException(Errno.EEXIST);
            }
            if (r.trailingSlash && !dir) {
                throw new VfsException(Errno.ENOENT);
            }
            FileStat d = r.parent.stat();
            if (r.parent.mount().readOnly()) {
                throw new VfsException(Errno.EROFS);
            }
            if (!cred.permits(d.mode(), d.uid(), d.gid(), 3, false)) {
                throw new VfsException(Errno.EACCES);
            }
            return r;
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** The group of a new file: a set-group-ID directory's, else the caller's fsgid. */
    private static int groupFor(Credentials cred, PathWalk.Result r) {
        FileStat d = r.parent.stat();
        return (d.mode() & OpenCalls.S_ISGID) != 0 ? d.gid() : cred.fsgid();
    }

    /** The gofer made the file and holds a handle on it, which the sentry does not need. */
    private void made(java.util.function.Supplier<Walked> make) {
        Walked w = PathWalk.call(make);
        PathWalk.release(gofer, new PathWalk.Node(null, w.handle(), true, w.stat()));
    }
}
