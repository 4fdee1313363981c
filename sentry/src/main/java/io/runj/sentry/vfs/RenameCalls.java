package io.runj.sentry.vfs;

import io.runj.gofer.GoferClient;
import io.runj.platform.Errno;
import io.runj.platform.HostFs;

/**
 * rename, renameat and renameat2 (RENAME_NOREPLACE, RENAME_EXCHANGE), within one mount. The
 * checks of Linux's do_renameat2 are made here in its order; the ones that need the whole tree
 * (a directory into itself, a non-empty target, mismatched types) are made by the host kernel on
 * the gofer's renameat2, which gives the same errors.
 */
final class RenameCalls {
    private static final int RENAME_WHITEOUT = 4;

    private final TaskAccess access;
    private final PathWalk walker;
    private final GoferClient gofer;

    RenameCalls(TaskAccess access, PathWalk walker, GoferClient gofer) {
        this.access = access;
        this.walker = walker;
        this.gofer = gofer;
    }

    long rename(FsTask t, int tid, int oldDirfd, long oldAddr, int newDirfd, long newAddr, int flags) {
        int known = HostFs.RENAME_NOREPLACE | HostFs.RENAME_EXCHANGE | RENAME_WHITEOUT;
        if ((flags & ~known) != 0 || (flags & HostFs.RENAME_NOREPLACE) != 0 && (flags & HostFs.RENAME_EXCHANGE) != 0
                || (flags & RENAME_WHITEOUT) != 0 && (flags & HostFs.RENAME_EXCHANGE) != 0) {
            return -Errno.EINVAL;
        }
        if ((flags & RENAME_WHITEOUT) != 0) {
            // A whiteout is a character device: refused as mknod of a device is.
            return -Errno.EPERM;
        }
        boolean exchange = (flags & HostFs.RENAME_EXCHANGE) != 0;
        String oldPath = access.path(tid, oldAddr);
        String newPath = access.path(tid, newAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result o = walker.walkParent(cred, access.start(tid, t, oldDirfd, oldPath), oldPath);
                PathWalk.Result n = walker.walkSecondParent(cred, access.start(tid, t, newDirfd, newPath), newPath)) {
            if (o.parent.mount() != n.parent.mount()) {
                return -Errno.EXDEV;
            }
            if (!normal(o.name)) {
                return -Errno.EBUSY;
            }
            if (!normal(n.name)) {
                return (flags & HostFs.RENAME_NOREPLACE) != 0 ? -Errno.EEXIST : -Errno.EBUSY;
            }
            if (o.parent.mount().readOnly()) {
                return -Errno.EROFS;
            }
            PathWalk.Node from = walker.child(o);
            PathWalk.Node to = null;
            try {
                if (from == null) {
                    return -Errno.ENOENT;
                }
                to = walker.child(n);
                if (exchange && to == null) {
                    return -Errno.ENOENT;
                }
                if ((flags & HostFs.RENAME_NOREPLACE) != 0 && to != null) {
                    return -Errno.EEXIST;
                }
                boolean fromDir = from.stat().isDirectory();
                boolean toDir = to != null && to.stat().isDirectory();
                if (!fromDir && (o.trailingSlash || !exchange && n.trailingSlash) || exchange && !toDir && n.trailingSlash) {
                    return -Errno.ENOTDIR;
                }
                UnlinkCalls.mayDelete(cred, o, from);
                if (to != null) {
                    UnlinkCalls.mayDelete(cred, n, to);
                } else {
                    var d = n.parent.stat();
                    if (!cred.permits(d.mode(), d.uid(), d.gid(), 3, false)) {
                        return -Errno.EACCES;
                    }
                }
                // A directory that changes parent gets a new "..": it must be writable.
                boolean moves = !o.components.subList(0, o.components.size() - 1)
                        .equals(n.components.subList(0, n.components.size() - 1));
                if (moves && (fromDir && !writable(cred, from) || exchange && toDir && !writable(cred, to))) {
                    return -Errno.EACCES;
                }
            } finally {
                PathWalk.release(gofer, from);
                PathWalk.release(gofer, to);
            }
            int goferFlags = flags & (HostFs.RENAME_NOREPLACE | HostFs.RENAME_EXCHANGE);
            PathWalk.call(() -> {
                gofer.rename(o.parent.handle(), o.name, n.parent.handle(), n.name, goferFlags);
                return null;
            });
        }
        return 0;
    }

    private static boolean normal(String name) {
        return !name.equals(".") && !name.equals("..") && !name.equals(PathWalk.ROOT_NAME);
    }

    private static boolean writable(Credentials cred, PathWalk.Node n) {
        return cred.permits(n.stat().mode(), n.stat().uid(), n.stat().gid(), 2, false);
    }
}
