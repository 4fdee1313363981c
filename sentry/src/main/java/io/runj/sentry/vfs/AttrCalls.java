package io.runj.sentry.vfs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import io.runj.gofer.GoferClient;
import io.runj.gofer.SetAttr;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;

/**
 * The calls that change a file's attributes by path: chmod, chown, the utime family and
 * truncate, each applied by the gofer's SETATTR after the sentry's checks (EROFS, owner or
 * CAP_FOWNER, CAP_CHOWN, write permission). Their fd forms run on the host unless the fd's file is
 * on a read-only mount ({@link #writeThroughFd}).
 */
final class AttrCalls {
    private static final long NSEC_PER_SEC = 1_000_000_000L;
    private static final int NO_ID = -1;

    private final TaskAccess access;
    private final PathWalk walker;
    private final GoferClient gofer;

    AttrCalls(TaskAccess access, PathWalk walker, GoferClient gofer) {
        this.access = access;
        this.walker = walker;
        this.gofer = gofer;
    }

    /** A change to the file a path call names, given the caller and the file. */
    private interface Change {
        long apply(Credentials cred, PathWalk.Node file);
    }

    /**
     * Resolves the file of a path call and applies {@code change} to it. With AT_EMPTY_PATH and an
     * empty path the call is about the dirfd itself: the host runs it unless the fd is on a
     * read-only mount.
     */
    private long onFile(FsTask t, int tid, int dirfd, long pathAddr, int flags, Change change) {
        String path = access.path(tid, pathAddr);
        if (path.isEmpty() && (flags & HostFs.AT_EMPTY_PATH) != 0) {
            if (dirfd != HostFs.AT_FDCWD) {
                return writeThroughFd(tid, dirfd);
            }
            path = ".";
        }
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, access.start(tid, t, dirfd, path), path,
                (flags & HostFs.AT_SYMLINK_NOFOLLOW) == 0, false)) {
            if (r.node.mount().readOnly()) {
                return -Errno.EROFS;
            }
            return change.apply(cred, r.node);
        }
    }

    /** fchmod, fchown, ftruncate, fsetxattr, fremovexattr, futimens: EROFS on a read-only mount, else the host runs them. */
    long writeThroughFd(int tid, int fd) {
        Mount m = access.fdMount(tid, fd);
        return m != null && m.readOnly() ? -Errno.EROFS : Vfs.RUN;
    }

    /** ftruncate: as {@link #writeThroughFd}, but a read-only fd is left to the host, whose EINVAL comes first. */
    long ftruncate(int tid, int fd) {
        long rc = writeThroughFd(tid, fd);
        return rc == -Errno.EROFS && (access.fdFlags(tid, fd) & HostFs.O_ACCMODE) == HostFs.O_RDONLY ? Vfs.RUN : rc;
    }

    /** chmod, fchmodat, fchmodat2: the owner or CAP_FOWNER; S_ISGID dropped outside the file's group without CAP_FSETID. */
    long chmod(FsTask t, int tid, int dirfd, long pathAddr, int mode, int flags) {
        if ((flags & ~(HostFs.AT_SYMLINK_NOFOLLOW | HostFs.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        return onFile(t, tid, dirfd, pathAddr, flags, (cred, f) -> {
            FileStat st = f.stat();
            if (st.isSymlink()) {
                return -Errno.EOPNOTSUPP;
            }
            if (!cred.ownerOrCapable(st.uid())) {
                return -Errno.EPERM;
            }
            int m = mode & 07777;
            if (!cred.inGroup(st.gid()) && !cred.has(Credentials.CAP_FSETID)) {
                m &= ~OpenCalls.S_ISGID;
            }
            return set(f, new SetAttr().mode(m));
        });
    }

    /** chown, lchown, fchownat: Linux's chown_ok and chgrp_ok; -1 leaves an id as it is. */
    long chown(FsTask t, int tid, int dirfd, long pathAddr, int uid, int gid, int flags) {
        if ((flags & ~(HostFs.AT_SYMLINK_NOFOLLOW | HostFs.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        return onFile(t, tid, dirfd, pathAddr, flags, (cred, f) -> {
            FileStat st = f.stat();
            boolean owner = cred.fsuid() == st.uid();
            boolean capable = cred.has(Credentials.CAP_CHOWN);
            SetAttr a = new SetAttr();
            if (uid != NO_ID) {
                if (!capable && !(owner && uid == st.uid())) {
                    return -Errno.EPERM;
                }
                a.uid(uid);
            }
            if (gid != NO_ID) {
                if (!capable && !(owner && (gid == st.gid() || cred.inGroup(gid)))) {
                    return -Errno.EPERM;
                }
                a.gid(gid);
            }
            return uid == NO_ID && gid == NO_ID ? 0 : set(f, a);
        });
    }

    /** truncate: a regular file the caller may write. */
    long truncate(FsTask t, int tid, long pathAddr, long length) {
        if (length < 0) {
            return -Errno.EINVAL;
        }
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, access.start(tid, t, HostFs.AT_FDCWD, path), path, true, false)) {
            FileStat st = r.node.stat();
            if (st.isDirectory()) {
                return -Errno.EISDIR;
            }
            if (!st.isRegular()) {
                return -Errno.EINVAL;
            }
            if (r.node.mount().readOnly()) {
                return -Errno.EROFS;
            }
            if (!cred.permits(st.mode(), st.uid(), st.gid(), 2, false)) {
                return -Errno.EACCES;
            }
            return set(r.node, new SetAttr().size(length));
        }
    }

    /** utime(path, struct utimbuf *): whole seconds, or now for NULL. */
    long utime(FsTask t, int tid, long pathAddr, long timesAddr) {
        long[] ts = null;
        if (timesAddr != 0) {
            ByteBuffer b = buf(access.read(tid, timesAddr, 16));
            ts = new long[] {b.getLong(0), 0, b.getLong(8), 0};
        }
        return utimens(t, tid, HostFs.AT_FDCWD, pathAddr, ts, 0);
    }

    /** utimes and futimesat: two struct timeval, or now for NULL. */
    long utimes(FsTask t, int tid, int dirfd, long pathAddr, long timesAddr) {
        long[] ts = null;
        if (timesAddr != 0) {
            ByteBuffer b = buf(access.read(tid, timesAddr, 32));
            ts = new long[4];
            for (int i = 0; i < 2; i++) {
                long usec = b.getLong(i * 16 + 8);
                if (usec < 0 || usec >= 1_000_000) {
                    return -Errno.EINVAL;
                }
                ts[i * 2] = b.getLong(i * 16);
                ts[i * 2 + 1] = usec * 1000;
            }
        }
        return utimens(t, tid, dirfd, pathAddr, ts, 0);
    }

    /** utimensat: a NULL path is futimens on the dirfd; UTIME_NOW and UTIME_OMIT per time. */
    long utimensat(FsTask t, int tid, int dirfd, long pathAddr, long timesAddr, int flags) {
        long[] ts = null;
        if (timesAddr != 0) {
            ByteBuffer b = buf(access.read(tid, timesAddr, 32));
            ts = new long[] {b.getLong(0), b.getLong(8), b.getLong(16), b.getLong(24)};
            if (ts[1] == HostFs.UTIME_OMIT && ts[3] == HostFs.UTIME_OMIT) {
                return 0;
            }
        }
        if (pathAddr == 0 && dirfd != HostFs.AT_FDCWD) {
            return writeThroughFd(tid, dirfd);
        }
        if ((flags & ~(HostFs.AT_SYMLINK_NOFOLLOW | HostFs.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        return utimens(t, tid, dirfd, pathAddr, ts, flags);
    }

    /**
     * Sets the times {@code ts} (atime sec, nsec, mtime sec, nsec; null for now) as vfs_utimes:
     * explicit times need the owner or CAP_FOWNER (EPERM); "now" also allows a writer (EACCES).
     */
    private long utimens(FsTask t, int tid, int dirfd, long pathAddr, long[] ts, int flags) {
        if (ts != null && (!nsecValid(ts[1]) || !nsecValid(ts[3]))) {
            return -Errno.EINVAL;
        }
        long[] times = ts != null && ts[1] == HostFs.UTIME_NOW && ts[3] == HostFs.UTIME_NOW ? null : ts;
        return onFile(t, tid, dirfd, pathAddr, flags, (cred, f) -> {
            FileStat st = f.stat();
            if (times != null && !cred.ownerOrCapable(st.uid())) {
                return -Errno.EPERM;
            }
            if (times == null && !cred.ownerOrCapable(st.uid()) && !cred.permits(st.mode(), st.uid(), st.gid(), 2, false)) {
                return -Errno.EACCES;
            }
            SetAttr a = new SetAttr();
            if (times == null) {
                a.atimeNow().mtimeNow();
            } else {
                time(a, times[0], times[1], true);
                time(a, times[2], times[3], false);
            }
            return set(f, a);
        });
    }

    private static void time(SetAttr a, long sec, long nsec, boolean atime) {
        if (nsec == HostFs.UTIME_OMIT) {
            return;
        }
        if (nsec == HostFs.UTIME_NOW) {
            if (atime) {
                a.atimeNow();
            } else {
                a.mtimeNow();
            }
        } else if (atime) {
            a.atime(sec, (int) nsec);
        } else {
            a.mtime(sec, (int) nsec);
        }
    }

    private static boolean nsecValid(long nsec) {
        return nsec == HostFs.UTIME_NOW || nsec == HostFs.UTIME_OMIT || nsec >= 0 && nsec < NSEC_PER_SEC;
    }

    private long set(PathWalk.Node f, SetAttr a) {
        PathWalk.call(() -> gofer.setattr(f.handle(), a));
        return 0;
    }

    private static ByteBuffer buf(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }
}
