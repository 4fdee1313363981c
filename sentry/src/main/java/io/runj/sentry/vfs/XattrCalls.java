package io.runj.sentry.vfs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.runj.gofer.GoferClient;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;

/**
 * Extended attributes by path: getxattr, setxattr, listxattr, removexattr and their l* forms
 * (which do not follow a final symlink), with Linux's xattr_permission: user.* only on regular
 * files and directories and by read or write permission, trusted.* only with CAP_SYS_ADMIN.
 */
final class XattrCalls {
    private static final int XATTR_NAME_MAX = 255;
    private static final int XATTR_CREATE = 1;
    private static final int XATTR_REPLACE = 2;
    private static final List<String> NAMESPACES = List.of("user.", "trusted.", "security.", "system.");

    private final TaskAccess access;
    private final PathWalk walker;
    private final GoferClient gofer;

    XattrCalls(TaskAccess access, PathWalk walker, GoferClient gofer) {
        this.access = access;
        this.walker = walker;
        this.gofer = gofer;
    }

    long getxattr(FsTask t, int tid, long pathAddr, long nameAddr, long value, long size, boolean follow) {
        String name = name(tid, nameAddr);
        try (Walk r = walk(t, tid, pathAddr, follow)) {
            check(r.credentials, r.result.node, name, false);
            byte[] v = PathWalk.call(() -> gofer.getxattr(r.result.node.handle(), name));
            return copyOut(tid, value, size, v);
        }
    }

    long setxattr(FsTask t, int tid, long pathAddr, long nameAddr, long value, long size, int flags, boolean follow) {
        if ((flags & ~(XATTR_CREATE | XATTR_REPLACE)) != 0) {
            return -Errno.EINVAL;
        }
        String name = name(tid, nameAddr);
        if (size < 0 || size > HostFs.XATTR_MAX) {
            return -Errno.E2BIG;
        }
        byte[] v = size == 0 ? new byte[0] : access.read(tid, value, (int) size);
        try (Walk r = walk(t, tid, pathAddr, follow)) {
            if (r.result.node.mount().readOnly()) {
                return -Errno.EROFS;
            }
            check(r.credentials, r.result.node, name, true);
            PathWalk.call(() -> {
                gofer.setxattr(r.result.node.handle(), name, v, flags);
                return null;
            });
            return 0;
        }
    }

    long listxattr(FsTask t, int tid, long pathAddr, long list, long size, boolean follow) {
        try (Walk r = walk(t, tid, pathAddr, follow)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String n : PathWalk.call(() -> gofer.listxattr(r.result.node.handle()))) {
                if (!n.startsWith("trusted.") || r.credentials.has(Credentials.CAP_SYS_ADMIN)) {
                    out.writeBytes((n + "\0").getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            return copyOut(tid, list, size, out.toByteArray());
        }
    }

    long removexattr(FsTask t, int tid, long pathAddr, long nameAddr, boolean follow) {
        String name = name(tid, nameAddr);
        try (Walk r = walk(t, tid, pathAddr, follow)) {
            if (r.result.node.mount().readOnly()) {
                return -Errno.EROFS;
            }
            check(r.credentials, r.result.node, name, true);
            PathWalk.call(() -> {
                gofer.removexattr(r.result.node.handle(), name);
                return null;
            });
            return 0;
        }
    }

    /** A walked file with the caller's credentials. */
    private record Walk(PathWalk.Result result, Credentials credentials) implements AutoCloseable {
        @Override
        public void close() {
            result.close();
        }
    }

    private Walk walk(FsTask t, int tid, long pathAddr, boolean follow) {
        String path = access.path(tid, pathAddr);
        Credentials cred = Credentials.of(tid);
        return new Walk(walker.walk(cred, access.start(tid, t, HostFs.AT_FDCWD, path), path, follow, false), cred);
    }

    /** An attribute name: ERANGE when empty or longer than XATTR_NAME_MAX. */
    private String name(int tid, long addr) {
        String n = access.string(tid, addr, XATTR_NAME_MAX + 1, Errno.ERANGE);
        if (n.isEmpty()) {
            throw new VfsException(Errno.ERANGE);
        }
        return n;
    }

    /**
     * xattr_permission. security.* and system.* are left to the filesystem by Linux; as the
     * gofer's capabilities would let anyone write them, writing them here needs the owner or
     * CAP_FOWNER (what POSIX ACLs ask anyway).
     */
    private static void check(Credentials cred, PathWalk.Node f, String name, boolean write) {
        if (NAMESPACES.stream().noneMatch(name::startsWith)) {
            throw new VfsException(Errno.EOPNOTSUPP);
        }
        FileStat st = f.stat();
        if (name.startsWith("security.") || name.startsWith("system.")) {
            if (write && !cred.ownerOrCapable(st.uid())) {
                throw new VfsException(Errno.EPERM);
            }
            return;
        }
        if (name.startsWith("trusted.")) {
            if (!cred.has(Credentials.CAP_SYS_ADMIN)) {
                throw new VfsException(write ? Errno.EPERM : Errno.ENODATA);
            }
            return;
        }
        if (!st.isRegular() && !st.isDirectory()) {
            throw new VfsException(write ? Errno.EPERM : Errno.ENODATA);
        }
        if (write && st.isDirectory() && (st.mode() & 01000) != 0 && !cred.ownerOrCapable(st.uid())) {
            throw new VfsException(Errno.EPERM);
        }
        if (!cred.permits(st.mode(), st.uid(), st.gid(), write ? 2 : 4, false)) {
            throw new VfsException(Errno.EACCES);
        }
    }

    /** The value or list into the guest's buffer: its size when {@code size} is 0, ERANGE when it does not fit. */
    private long copyOut(int tid, long addr, long size, byte[] data) {
        if (size == 0) {
            return data.length;
        }
        if (size < data.length) {
            return -Errno.ERANGE;
        }
        access.write(tid, addr, data);
        return data.length;
    }
}
