package io.runj.sentry.vfs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.runj.gofer.GoferClient;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;
import io.runj.platform.StatFs;

/** The calls that look at a file by path: the stat family, access, readlink and statfs. */
final class StatCalls {
    private static final int AT_EACCESS = 0x200;
    private static final int ST_RDONLY = 1;
    private static final int ST_NOSUID = 2;
    private static final int ST_NODEV = 4;
    private static final int ST_NOEXEC = 8;

    private final TaskAccess access;
    private final PathWalk walker;
    private final GoferClient gofer;

    StatCalls(TaskAccess access, PathWalk walker, GoferClient gofer) {
        this.access = access;
        this.walker = walker;
        this.gofer = gofer;
    }

    long stat(FsTask t, int tid, int dirfd, long pathAddr, int flags, long buf, boolean statx) {
        if ((flags & HostFs.AT_EMPTY_PATH) != 0 && (pathAddr == 0 || access.path(tid, pathAddr).isEmpty())) {
            // fstat of the fd itself: nothing to resolve.
            return Vfs.RUN;
        }
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, access.start(tid, t, dirfd, path), path,
                (flags & HostFs.AT_SYMLINK_NOFOLLOW) == 0, false)) {
            access.write(tid, buf, statx ? StatLayout.statx(r.node.stat()) : StatLayout.stat(r.node.stat()));
        }
        return 0;
    }

    long access(FsTask t, int tid, int dirfd, long pathAddr, int mode, int flags) {
        if ((mode & ~7) != 0 || (flags & ~(AT_EACCESS | HostFs.AT_SYMLINK_NOFOLLOW | HostFs.AT_EMPTY_PATH)) != 0) {
            return -Errno.EINVAL;
        }
        if ((flags & HostFs.AT_EMPTY_PATH) != 0 && access.path(tid, pathAddr).isEmpty()) {
            return Vfs.RUN;
        }
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, access.start(tid, t, dirfd, path), path,
                (flags & HostFs.AT_SYMLINK_NOFOLLOW) == 0, false)) {
            FileStat st = r.node.stat();
            if ((mode & 2) != 0 && r.node.mount().readOnly() && (st.isRegular() || st.isDirectory() || st.isSymlink())) {
                return -Errno.EROFS;
            }
            boolean real = (flags & AT_EACCESS) == 0;
            return mode == 0 || cred.permits(st.mode(), st.uid(), st.gid(), mode, real) ? 0 : -Errno.EACCES;
        }
    }

    long readlink(FsTask t, int tid, int dirfd, long pathAddr, long buf, int size) {
        String path = access.path(tid, pathAddr);
        if (path.isEmpty() && dirfd != HostFs.AT_FDCWD) {
            return Vfs.RUN;
        }
        if (size <= 0) {
            return -Errno.EINVAL;
        }
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, access.start(tid, t, dirfd, path), path, false, false)) {
            if (!r.node.stat().isSymlink()) {
                return -Errno.EINVAL;
            }
            byte[] target = PathWalk.call(() -> gofer.readlink(r.node.handle())).getBytes(StandardCharsets.ISO_8859_1);
            int n = Math.min(size, target.length);
            access.write(tid, buf, Arrays.copyOf(target, n));
            return n;
        }
    }

    /** statfs: the host filesystem's numbers, with the mount's own ro/nosuid/nodev/noexec flags. */
    long statfs(FsTask t, int tid, long pathAddr, long buf) {
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        try (PathWalk.Result r = walker.walk(cred, access.start(tid, t, HostFs.AT_FDCWD, path), path, true, false)) {
            StatFs s = PathWalk.call(() -> gofer.statfs(r.node.handle()));
            Mount m = r.node.mount();
            long flags = s.flags() | (m.readOnly() ? ST_RDONLY : 0) | (m.nosuid() ? ST_NOSUID : 0)
                    | (m.nodev() ? ST_NODEV : 0) | (m.noexec() ? ST_NOEXEC : 0);
            ByteBuffer b = ByteBuffer.allocate(120).order(ByteOrder.LITTLE_ENDIAN);
            b.putLong(s.type()).putLong(s.bsize()).putLong(s.blocks()).putLong(s.bfree()).putLong(s.bavail())
                    .putLong(s.files()).putLong(s.ffree()).putLong(0).putLong(s.namelen()).putLong(s.frsize())
                    .putLong(flags);
            access.write(tid, buf, b.array());
            return 0;
        }
    }
}
