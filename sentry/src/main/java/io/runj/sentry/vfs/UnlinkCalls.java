package io.runj.sentry.vfs;

import io.runj.gofer.GoferClient;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;

/** unlink, rmdir and unlinkat (with or without AT_REMOVEDIR). */
final class UnlinkCalls {
    private final TaskAccess access;
    private final PathWalk walker;
    private final GoferClient gofer;

    UnlinkCalls(TaskAccess access, PathWalk walker, GoferClient gofer) {
        this.access = access;
        this.walker = walker;
        this.gofer = gofer;
    }

    long unlinkat(FsTask t, int tid, int dirfd, long pathAddr, int flags) {
        if ((flags & ~HostFs.AT_REMOVEDIR) != 0) {
            return -Errno.EINVAL;
        }
        return (flags & HostFs.AT_REMOVEDIR) != 0 ? rmdir(t, tid, dirfd, pathAddr) : unlink(t, tid, dirfd, pathAddr);
    }

    /** Linux's do_unlinkat: EISDIR for "." and "..", EROFS, then the entry; a trailing slash names a directory. */
    long unlink(FsTask t, int tid, int dirfd, long pathAddr) {
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walkParent(cred, access.start(tid, t, dirfd, path), path)) {
            if (r.name.equals(".") || r.name.equals("..") || r.name.equals(PathWalk.ROOT_NAME)) {
                return -Errno.EISDIR;
            }
            return remove(cred, r, false);
        }
    }

    /** Linux's do_rmdir: EINVAL for ".", ENOTEMPTY for "..", EBUSY for the root, then EROFS and the entry. */
    long rmdir(FsTask t, int tid, int dirfd, long pathAddr) {
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walkParent(cred, access.start(tid, t, dirfd, path), path)) {
            return switch (r.name) {
                case "." -> -Errno.EINVAL;
                case ".." -> -Errno.ENOTEMPTY;
                case PathWalk.ROOT_NAME -> -Errno.EBUSY;
                default -> remove(cred, r, true);
            };
        }
    }

    /** Removes the entry {@code r} names, a directory when {@code dir}. */
    private long remove(Credentials cred, PathWalk.Result r, boolean dir) {
        if (r.parent.mount().readOnly()) {
            return -Errno.EROFS;
        }
        PathWalk.Node victim = walker.child(r);
        try {
            if (victim == null) {
                return -Errno.ENOENT;
            }
            boolean isDir = victim.stat().isDirectory();
            if (dir && !isDir) {
                return -Errno.ENOTDIR;
            }
            if (!dir && r.trailingSlash) {
                return isDir ? -Errno.EISDIR : -Errno.ENOTDIR;
            }
            mayDelete(cred, r, victim);
        } finally {
            PathWalk.release(gofer, victim);
        }
        PathWalk.call(() -> {
            if (dir) {
                gofer.rmdir(r.parent.handle(), r.name);
            } else {
                gofer.unlink(r.parent.handle(), r.name);
            }
            return null;
        });
        return 0;
    }

    /**
     * may_delete: write and search permission on the parent, the sticky-directory rule, and no
     * mount on the entry. The file-type errors (EISDIR, ENOTDIR, ENOTEMPTY) come from the host.
     */
    static void mayDelete(Credentials cred, PathWalk.Result parent, PathWalk.Node victim) {
        FileStat d = parent.parent.stat();
        if (!cred.permits(d.mode(), d.uid(), d.gid(), 3, false)) {
            throw new VfsException(Errno.EACCES);
        }
        if (!cred.mayDeleteFrom(d, victim.stat())) {
            throw new VfsException(Errno.EPERM);
        }
        if (victim.mount() != parent.parent.mount()) {
            throw new VfsException(Errno.EBUSY);
        }
    }
}
