package io.runj.gofer;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.runj.platform.DirEntry;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.NativeException;
import io.runj.platform.StatFs;

/**
 * Serves the gofer protocol on one connection, one request at a time, on the calling thread.
 * Every name the client sends is resolved by openat2 relative to a handle's fd with
 * RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS (and RESOLVE_NO_XDEV unless the mount is an rbind), so
 * no path, `..` or symlink leads out of the tree the handle lies in; single-component operations
 * (create, mkdir, unlink, rename, ...) refuse names with '/' and the dot entries on top of that.
 * Read-only mounts are enforced here, whatever the client checked.
 */
public final class GoferServer {
    private static final Logger LOG = LoggerFactory.getLogger(GoferServer.class);

    static final int WALK_FOLLOW = 1;
    static final int SET_MODE = 1;
    static final int SET_UID = 2;
    static final int SET_GID = 4;
    static final int SET_SIZE = 8;
    static final int SET_ATIME = 16;
    static final int SET_MTIME = 32;
    static final int SET_ATIME_NOW = 64;
    static final int SET_MTIME_NOW = 128;

    /** Open flags a client may ask for; creation goes through CREATE, O_PATH fds are never handed out. */
    private static final int OPEN_FLAGS = HostFs.O_ACCMODE | HostFs.O_TRUNC | HostFs.O_APPEND | HostFs.O_NONBLOCK
            | HostFs.O_DSYNC | HostFs.O_SYNC | HostFs.O_DIRECT | HostFs.O_LARGEFILE | HostFs.O_DIRECTORY
            | HostFs.O_NOFOLLOW | HostFs.O_NOATIME | HostFs.O_CLOEXEC | HostFs.O_NOCTTY;
    private static final int NAME_MAX = 255;
    private static final int SYMLINK_MAX = 4095;
    private static final int NO_ID = -1;

    private final MessageSocket socket;
    private final List<MountSpec> mounts;
    private final Handles handles;
    private final HostFs fs = new HostFs();
    private final byte[] in = new byte[Op.MAX_MESSAGE];
    private final byte[] out = new byte[Op.MAX_MESSAGE];

    /** Serves {@code mounts}, whose roots are already open as {@code rootFds}, on socket {@code fd}. */
    public GoferServer(int fd, List<MountSpec> mounts, int[] rootFds) {
        this.socket = new MessageSocket(fd, Op.MAX_MESSAGE);
        this.mounts = List.copyOf(mounts);
        List<Handles.Handle> roots = new ArrayList<>();
        for (int i = 0; i < rootFds.length; i++) {
            roots.add(new Handles.Handle(rootFds[i], i, fs.statx(rootFds[i], "", HostFs.AT_EMPTY_PATH).type()));
        }
        this.handles = new Handles(roots);
    }

    /**
     * Opens each mount's source as an O_PATH fd. The sources come from the container's config,
     * which is trusted, so they are resolved as the host sees them (symlinks in them followed).
     */
    public static int[] openRoots(List<MountSpec> mounts) {
        HostFs fs = new HostFs();
        int[] fds = new int[mounts.size()];
        for (int i = 0; i < fds.length; i++) {
            fds[i] = fs.openat(HostFs.AT_FDCWD, mounts.get(i).source().toString(), HostFs.O_PATH | HostFs.O_CLOEXEC, 0);
        }
        return fds;
    }

    /** Answers requests until the client closes its end. */
    public void serve() {
        while (true) {
            MessageSocket.Received r;
            try {
                r = socket.receive(in);
            } catch (NativeException e) {
                if (e.errno() == Errno.EMSGSIZE) {
                    continue;
                }
                throw e;
            }
            for (int f : r.fds()) {
                HostFs.close(f);
            }
            if (r.length() == 0) {
                return;
            }
            if (!answer(Wire.buffer(in).limit(r.length()))) {
                return;
            }
        }
    }

    /** Answers one request; false when the client is gone. */
    private boolean answer(ByteBuffer req) {
        ByteBuffer resp = Wire.buffer(out);
        int tag = 0;
        int fd = -1;
        try {
            tag = req.getInt();
            Op op = Op.of(req.get() & 0xff);
            resp.putInt(tag).putInt(0);
            if (op == null) {
                throw new NativeException("unknown op", Errno.ENOSYS);
            }
            fd = dispatch(op, req, resp);
        } catch (NativeException e) {
            resp.clear();
            resp.putInt(tag).putInt(e.errno());
        } catch (BufferUnderflowException | BufferOverflowException e) {
            resp.clear();
            resp.putInt(tag).putInt(Errno.EINVAL);
        } catch (RuntimeException e) {
            LOG.warn("request {} failed", tag, e);
            resp.clear();
            resp.putInt(tag).putInt(Errno.EIO);
        }
        try {
            if (fd >= 0) {
                socket.send(out, resp.position(), fd);
            } else {
                socket.send(out, resp.position());
            }
            return true;
        } catch (NativeException e) {
            if (e.errno() == Errno.EPIPE || e.errno() == Errno.ECONNRESET) {
                return false;
            }
            throw e;
        } finally {
            if (fd >= 0) {
                HostFs.close(fd);
            }
        }
    }

    /** Runs one request; returns an fd to send with the response (then closed here), or -1. */
    private int dispatch(Op op, ByteBuffer q, ByteBuffer r) {
        switch (op) {
            case WALK -> {
                Handles.Handle dir = handles.get(q.getInt());
                int flags = q.getInt();
                String path = path(q);
                int nofollow = (flags & WALK_FOLLOW) != 0 ? 0 : HostFs.O_NOFOLLOW;
                addHandle(openPath(dir, path, nofollow), dir.mount(), r);
            }
            case STAT -> Wire.putStat(r, stat(handles.get(q.getInt()).fd()));
            case OPEN -> {
                return open(handles.get(q.getInt()), q.getInt());
            }
            case CREATE -> {
                return create(handles.get(q.getInt()), name(q), q.getInt(), q.getInt(), q.getInt(), q.getInt(), r);
            }
            case MKDIR -> {
                Handles.Handle dir = writable(handles.get(q.getInt()));
                String name = name(q);
                int mode = q.getInt();
                fs.mkdirat(dir.fd(), name, mode & 07777);
                addOwnedHandle(dir, name, q.getInt(), q.getInt(), r);
            }
            case MKNOD -> {
                Handles.Handle dir = writable(handles.get(q.getInt()));
                String name = name(q);
                int mode = q.getInt();
                int type = (mode & HostFs.S_IFMT) == 0 ? HostFs.S_IFREG : mode & HostFs.S_IFMT;
                if (type != HostFs.S_IFREG && type != HostFs.S_IFIFO && type != HostFs.S_IFSOCK) {
                    throw new NativeException("mknod of a device", Errno.EPERM);
                }
                fs.mknodat(dir.fd(), name, type | (mode & 07777), 0);
                addOwnedHandle(dir, name, q.getInt(), q.getInt(), r);
            }
            case SYMLINK -> {
                Handles.Handle dir = writable(handles.get(q.getInt()));
                String name = name(q);
                String target = Wire.getString(q);
                if (target.isEmpty() || target.length() > SYMLINK_MAX || target.indexOf('\0') >= 0) {
                    throw new NativeException("symlink target", target.isEmpty() ? Errno.ENOENT : Errno.EINVAL);
                }
                fs.symlinkat(target, dir.fd(), name);
                addOwnedHandle(dir, name, q.getInt(), q.getInt(), r);
            }
            case LINK -> {
                Handles.Handle oldDir = handles.get(q.getInt());
                String oldName = name(q);
                Handles.Handle newDir = writable(sameMount(oldDir, handles.get(q.getInt())));
                fs.linkat(oldDir.fd(), oldName, newDir.fd(), name(q), 0);
            }
            case UNLINK -> {
                Handles.Handle dir = writable(handles.get(q.getInt()));
                fs.unlinkat(dir.fd(), name(q), 0);
            }
            case RMDIR -> {
                Handles.Handle dir = writable(handles.get(q.getInt()));
                fs.unlinkat(dir.fd(), name(q), HostFs.AT_REMOVEDIR);
            }
            case RENAME -> {
                Handles.Handle oldDir = writable(handles.get(q.getInt()));
                String oldName = name(q);
                Handles.Handle newDir = writable(sameMount(oldDir, handles.get(q.getInt())));
                String newName = name(q);
                int flags = q.getInt();
                // RENAME_WHITEOUT would create a character device.
                if ((flags & ~(HostFs.RENAME_NOREPLACE | HostFs.RENAME_EXCHANGE)) != 0) {
                    throw new NativeException("rename flags", Errno.EINVAL);
                }
                fs.renameat2(oldDir.fd(), oldName, newDir.fd(), newName, flags);
            }
            case READLINK -> {
                Handles.Handle h = handles.get(q.getInt());
                if (h.type() != HostFs.S_IFLNK) {
                    throw new NativeException("readlink", Errno.EINVAL);
                }
                Wire.putString(r, fs.readlinkat(h.fd(), ""));
            }
            case SETATTR -> setattr(writable(handles.get(q.getInt())), q, r);
            case GETDENTS -> getdents(handles.get(q.getInt()), q.getLong(), r);
            case STATFS -> {
                StatFs s = fs.fstatfs(handles.get(q.getInt()).fd());
                r.putLong(s.type()).putLong(s.bsize()).putLong(s.blocks()).putLong(s.bfree()).putLong(s.bavail())
                        .putLong(s.files()).putLong(s.ffree()).putLong(s.namelen()).putLong(s.frsize())
                        .putLong(s.flags());
            }
            case GETXATTR -> {
                Handles.Handle h = handles.get(q.getInt());
                String name = Wire.getString(q);
                Wire.putBytes(r, withXattrFd(h, Errno.ENODATA, fd -> fs.fgetxattr(fd, name)));
            }
            case SETXATTR -> {
                Handles.Handle h = writable(handles.get(q.getInt()));
                String name = Wire.getString(q);
                byte[] value = Wire.getBytes(q);
                int flags = q.getInt();
                withXattrFd(h, Errno.EPERM, fd -> {
                    fs.fsetxattr(fd, name, value, flags);
                    return null;
                });
            }
            case LISTXATTR -> {
                Handles.Handle h = handles.get(q.getInt());
                List<String> names = h.type() == HostFs.S_IFREG || h.type() == HostFs.S_IFDIR
                        ? withXattrFd(h, Errno.ENODATA, fs::flistxattr) : List.of();
                r.putInt(names.size());
                names.forEach(n -> Wire.putString(r, n));
            }
            case REMOVEXATTR -> {
                Handles.Handle h = writable(handles.get(q.getInt()));
                String name = Wire.getString(q);
                withXattrFd(h, Errno.EPERM, fd -> {
                    fs.fremovexattr(fd, name);
                    return null;
                });
            }
            case CLOSE -> handles.close(q.getInt());
        }
        return -1;
    }

    private long resolveFlags(Handles.Handle h) {
        long flags = HostFs.RESOLVE_IN_ROOT | HostFs.RESOLVE_NO_MAGICLINKS;
        return mounts.get(h.mount()).crossMounts() ? flags : flags | HostFs.RESOLVE_NO_XDEV;
    }

    /** An O_PATH fd for {@code path} below {@code dir}, confined to it. */
    private int openPath(Handles.Handle dir, String path, int flags) {
        return fs.openat2(dir.fd(), path, HostFs.O_PATH | HostFs.O_CLOEXEC | flags, 0, resolveFlags(dir));
    }

    /**
     * A new file description for what an O_PATH fd refers to, through its /proc/self/fd link: the
     * same inode whatever happened to its name since, never a path lookup in the tree.
     */
    private int reopen(int pathFd, int flags) {
        return fs.openat(HostFs.AT_FDCWD, "/proc/self/fd/" + pathFd, flags | HostFs.O_CLOEXEC | HostFs.O_NOCTTY, 0);
    }

    private FileStat stat(int fd) {
        return fs.statx(fd, "", HostFs.AT_EMPTY_PATH | HostFs.AT_SYMLINK_NOFOLLOW);
    }

    /** Holds {@code pathFd} as a new handle and writes its number and stat into the response. */
    private void addHandle(int pathFd, int mount, ByteBuffer r) {
        try {
            FileStat s = stat(pathFd);
            r.putInt(handles.add(new Handles.Handle(pathFd, mount, s.type())));
            Wire.putStat(r, s);
        } catch (RuntimeException e) {
            HostFs.close(pathFd);
            throw e;
        }
    }

    /** After a mkdir, mknod or symlink: a handle on the new entry, owned by uid:gid (-1 keeps ours). */
    private void addOwnedHandle(Handles.Handle dir, String name, int uid, int gid, ByteBuffer r) {
        int fd = openPath(dir, name, HostFs.O_NOFOLLOW);
        try {
            chown(fd, uid, gid);
        } catch (RuntimeException e) {
            HostFs.close(fd);
            throw e;
        }
        addHandle(fd, dir.mount(), r);
    }

    private void chown(int fd, int uid, int gid) {
        if (uid != NO_ID || gid != NO_ID) {
            fs.fchownat(fd, "", uid, gid, HostFs.AT_EMPTY_PATH | HostFs.AT_SYMLINK_NOFOLLOW);
        }
    }

    private static int checkOpenFlags(int flags) {
        if ((flags & ~OPEN_FLAGS) != 0 || (flags & HostFs.O_ACCMODE) == HostFs.O_ACCMODE) {
            throw new NativeException("open flags", Errno.EINVAL);
        }
        return flags;
    }

    private static boolean writes(int flags) {
        return (flags & HostFs.O_ACCMODE) != HostFs.O_RDONLY || (flags & HostFs.O_TRUNC) != 0;
    }

    private int open(Handles.Handle h, int flags) {
        checkOpenFlags(flags);
        if (writes(flags)) {
            writable(h);
        }
        switch (h.type()) {
            // Mounts are nodev: a device node in an image never opens the host's device.
            case HostFs.S_IFCHR, HostFs.S_IFBLK -> throw new NativeException("open of a device", Errno.EACCES);
            case HostFs.S_IFLNK -> throw new NativeException("open of a symlink", Errno.ELOOP);
            case HostFs.S_IFSOCK -> throw new NativeException("open of a socket", Errno.ENXIO);
            // The gofer serves one request at a time, so it must not wait for a FIFO's other end.
            case HostFs.S_IFIFO -> flags |= HostFs.O_NONBLOCK;
            default -> {
            }
        }
        return reopen(h.fd(), flags & ~HostFs.O_NOFOLLOW);
    }

    private int create(Handles.Handle dir, String name, int flags, int mode, int uid, int gid, ByteBuffer r) {
        writable(dir);
        checkOpenFlags(flags & ~(HostFs.O_CREAT | HostFs.O_EXCL));
        int fd = fs.openat2(dir.fd(), name,
                flags | HostFs.O_CREAT | HostFs.O_EXCL | HostFs.O_NOFOLLOW | HostFs.O_CLOEXEC | HostFs.O_NOCTTY,
                mode & 07777, resolveFlags(dir));
        try {
            chown(fd, uid, gid);
            addHandle(reopen(fd, HostFs.O_PATH), dir.mount(), r);
            return fd;
        } catch (RuntimeException e) {
            HostFs.close(fd);
            throw e;
        }
    }

    private void setattr(Handles.Handle h, ByteBuffer q, ByteBuffer r) {
        int mask = q.getInt();
        int mode = q.getInt();
        int uid = q.getInt();
        int gid = q.getInt();
        long size = q.getLong();
        long atimeSec = q.getLong();
        int atimeNsec = q.getInt();
        long mtimeSec = q.getLong();
        int mtimeNsec = q.getInt();
        // Size first and times last: truncation moves mtime; chown before chmod, as chown clears set-id bits.
        if ((mask & SET_SIZE) != 0) {
            if (h.type() == HostFs.S_IFDIR) {
                throw new NativeException("truncate", Errno.EISDIR);
            }
            if (h.type() != HostFs.S_IFREG) {
                throw new NativeException("truncate", Errno.EINVAL);
            }
            int fd = reopen(h.fd(), HostFs.O_WRONLY);
            try {
                fs.ftruncate(fd, size);
            } finally {
                HostFs.close(fd);
            }
        }
        if ((mask & (SET_UID | SET_GID)) != 0) {
            chown(h.fd(), (mask & SET_UID) != 0 ? uid : NO_ID, (mask & SET_GID) != 0 ? gid : NO_ID);
        }
        if ((mask & SET_MODE) != 0) {
            if (h.type() == HostFs.S_IFLNK) {
                throw new NativeException("chmod of a symlink", Errno.EOPNOTSUPP);
            }
            fs.fchmodat(HostFs.AT_FDCWD, "/proc/self/fd/" + h.fd(), mode & 07777);
        }
        if ((mask & (SET_ATIME | SET_MTIME | SET_ATIME_NOW | SET_MTIME_NOW)) != 0) {
            long aNsec = (mask & SET_ATIME_NOW) != 0 ? HostFs.UTIME_NOW
                    : (mask & SET_ATIME) != 0 ? atimeNsec : HostFs.UTIME_OMIT;
            long mNsec = (mask & SET_MTIME_NOW) != 0 ? HostFs.UTIME_NOW
                    : (mask & SET_MTIME) != 0 ? mtimeNsec : HostFs.UTIME_OMIT;
            fs.utimensat(h.fd(), "", atimeSec, aNsec, mtimeSec, mNsec,
                    HostFs.AT_EMPTY_PATH | HostFs.AT_SYMLINK_NOFOLLOW);
        }
        Wire.putStat(r, stat(h.fd()));
    }

    /** One getdents64 call's worth of entries from {@code cookie} on; none at the end. */
    private void getdents(Handles.Handle h, long cookie, ByteBuffer r) {
        if (h.type() != HostFs.S_IFDIR) {
            throw new NativeException("getdents", Errno.ENOTDIR);
        }
        int fd = reopen(h.fd(), HostFs.O_RDONLY | HostFs.O_DIRECTORY);
        try {
            fs.lseek(fd, cookie, HostFs.SEEK_SET);
            // An entry encodes in fewer bytes than its dirent64 record, so the response always fits.
            List<DirEntry> entries = fs.getdents64(fd, r.remaining() - 4);
            r.putInt(entries.size());
            for (DirEntry e : entries) {
                r.putLong(e.ino()).putLong(e.next()).put((byte) e.type());
                Wire.putString(r, e.name());
            }
        } finally {
            HostFs.close(fd);
        }
    }

    private interface XattrCall<T> {
        T apply(int fd);
    }

    /**
     * Runs an f*xattr call on a readable fd for the handle. O_PATH fds are refused by f*xattr, and
     * only regular files and directories can be opened for it without side effects (a FIFO would
     * block, a device must not be opened); user xattrs exist only on those two types anyway, so
     * other types answer {@code otherTypes}.
     */
    private <T> T withXattrFd(Handles.Handle h, int otherTypes, XattrCall<T> call) {
        if (h.type() != HostFs.S_IFREG && h.type() != HostFs.S_IFDIR) {
            throw new NativeException("xattr", otherTypes);
        }
        int fd = reopen(h.fd(), HostFs.O_RDONLY | HostFs.O_NONBLOCK);
        try {
            return call.apply(fd);
        } finally {
            HostFs.close(fd);
        }
    }

    private Handles.Handle writable(Handles.Handle h) {
        if (mounts.get(h.mount()).readOnly()) {
            throw new NativeException("write to a read-only mount", Errno.EROFS);
        }
        return h;
    }

    private static Handles.Handle sameMount(Handles.Handle a, Handles.Handle b) {
        if (a.mount() != b.mount()) {
            throw new NativeException("across mounts", Errno.EXDEV);
        }
        return b;
    }

    /** A single path component: not empty, no '/', not "." or "..", at most NAME_MAX bytes. */
    private static String name(ByteBuffer q) {
        String s = Wire.getString(q);
        if (s.isEmpty() || s.equals(".") || s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\0') >= 0) {
            throw new NativeException("name \"" + s + "\"", Errno.EINVAL);
        }
        if (s.length() > NAME_MAX) {
            throw new NativeException("name", Errno.ENAMETOOLONG);
        }
        return s;
    }

    private static String path(ByteBuffer q) {
        String s = Wire.getString(q);
        if (s.indexOf('\0') >= 0) {
            throw new NativeException("path", Errno.EINVAL);
        }
        return s;
    }
}
