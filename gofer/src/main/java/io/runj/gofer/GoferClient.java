package io.runj.gofer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.runj.platform.DirEntry;
import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.NativeException;
import io.runj.platform.StatFs;

/**
 * The sentry's side of the gofer protocol. Thread-safe: each call holds the client's lock from
 * sending its request to receiving the response with the same tag, so calls are serialized.
 * Handles are the gofer's numbers (0..n-1 are the mount roots, in the order the gofer was given
 * them); fds in results are the caller's to close. A failed request throws {@link GoferException}
 * with the gofer's errno; once the gofer is gone (EOF or a socket error) every call, pending or
 * later, fails with EIO.
 */
public final class GoferClient implements AutoCloseable {
    private final MessageSocket socket;
    private final byte[] out = new byte[Op.MAX_MESSAGE];
    private final byte[] in = new byte[Op.MAX_MESSAGE];
    private final ByteBuffer request = Wire.buffer(out);
    private int nextTag = 1;
    private int receivedFd = -1;
    private volatile boolean broken;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** A client on connected socket {@code fd}, which it now owns. */
    public GoferClient(int fd) {
        this.socket = new MessageSocket(fd, Op.MAX_MESSAGE);
    }

    private ByteBuffer begin(Op op) {
        if (broken) {
            throw new GoferException(op.name(), Errno.EIO);
        }
        request.clear();
        request.putInt(nextTag).put((byte) op.code);
        return request;
    }

    /** Sends the request begun by {@link #begin} and returns the response's payload. */
    private ByteBuffer exchange(Op op, boolean wantsFd) {
        int tag = nextTag++;
        MessageSocket.Received r;
        try {
            socket.send(out, request.position());
            r = socket.receive(in);
        } catch (NativeException e) {
            broken = true;
            throw new GoferException(op.name() + ": " + e.getMessage(), Errno.EIO);
        }
        ByteBuffer resp = Wire.buffer(in).limit(r.length());
        if (r.length() < 8 || resp.getInt() != tag) {
            closeAll(r.fds());
            broken = true;
            throw new GoferException(op.name() + (r.length() == 0 ? ": connection closed" : ": bad response"),
                    Errno.EIO);
        }
        int errno = resp.getInt();
        if (errno != 0 || r.fds().length != (wantsFd ? 1 : 0)) {
            closeAll(r.fds());
            throw new GoferException(op.name(), errno != 0 ? errno : Errno.EIO);
        }
        receivedFd = wantsFd ? r.fds()[0] : -1;
        return resp;
    }

    private static void closeAll(int[] fds) {
        for (int fd : fds) {
            HostFs.close(fd);
        }
    }

    /**
     * Resolves {@code path} below handle {@code dir}, which acts as its root: `..` stops at it and
     * absolute symlinks start from it. The last component is followed only when {@code followLast}.
     */
    public synchronized Walked walk(int dir, String path, boolean followLast) {
        ByteBuffer q = begin(Op.WALK).putInt(dir).putInt(followLast ? GoferServer.WALK_FOLLOW : 0);
        Wire.putString(q, path);
        ByteBuffer r = exchange(Op.WALK, false);
        return new Walked(r.getInt(), Wire.getStat(r));
    }

    public synchronized FileStat stat(int handle) {
        begin(Op.STAT).putInt(handle);
        return Wire.getStat(exchange(Op.STAT, false));
    }

    /** A new open file description for the handle's file, with open(2) {@code flags} (no O_CREAT). */
    public synchronized int open(int handle, int flags) {
        begin(Op.OPEN).putInt(handle).putInt(flags);
        exchange(Op.OPEN, true);
        return receivedFd;
    }

    /** Creates regular file {@code name} in {@code dir} (always exclusively) and opens it. uid/gid -1 keep the gofer's. */
    public synchronized Created create(int dir, String name, int flags, int mode, int uid, int gid) {
        ByteBuffer q = begin(Op.CREATE).putInt(dir);
        Wire.putString(q, name);
        q.putInt(flags).putInt(mode).putInt(uid).putInt(gid);
        ByteBuffer r = exchange(Op.CREATE, true);
        return new Created(r.getInt(), Wire.getStat(r), receivedFd);
    }

    public synchronized Walked mkdir(int dir, String name, int mode, int uid, int gid) {
        return make(Op.MKDIR, dir, name, mode, uid, gid);
    }

    /** Creates a regular file, FIFO or socket node ({@code mode} carries the S_IF* type); devices are EPERM. */
    public synchronized Walked mknod(int dir, String name, int mode, int uid, int gid) {
        return make(Op.MKNOD, dir, name, mode, uid, gid);
    }

    private Walked make(Op op, int dir, String name, int mode, int uid, int gid) {
        ByteBuffer q = begin(op).putInt(dir);
        Wire.putString(q, name);
        q.putInt(mode).putInt(uid).putInt(gid);
        ByteBuffer r = exchange(op, false);
        return new Walked(r.getInt(), Wire.getStat(r));
    }

    public synchronized Walked symlink(int dir, String name, String target, int uid, int gid) {
        ByteBuffer q = begin(Op.SYMLINK).putInt(dir);
        Wire.putString(q, name);
        Wire.putString(q, target);
        q.putInt(uid).putInt(gid);
        ByteBuffer r = exchange(Op.SYMLINK, false);
        return new Walked(r.getInt(), Wire.getStat(r));
    }

    public synchronized void link(int oldDir, String oldName, int newDir, String newName) {
        ByteBuffer q = begin(Op.LINK).putInt(oldDir);
        Wire.putString(q, oldName);
        q.putInt(newDir);
        Wire.putString(q, newName);
        exchange(Op.LINK, false);
    }

    public synchronized void unlink(int dir, String name) {
        Wire.putString(begin(Op.UNLINK).putInt(dir), name);
        exchange(Op.UNLINK, false);
    }

    public synchronized void rmdir(int dir, String name) {
        Wire.putString(begin(Op.RMDIR).putInt(dir), name);
        exchange(Op.RMDIR, false);
    }

    /** renameat2; {@code flags} may be RENAME_NOREPLACE or RENAME_EXCHANGE. */
    public synchronized void rename(int oldDir, String oldName, int newDir, String newName, int flags) {
        ByteBuffer q = begin(Op.RENAME).putInt(oldDir);
        Wire.putString(q, oldName);
        q.putInt(newDir);
        Wire.putString(q, newName);
        q.putInt(flags);
        exchange(Op.RENAME, false);
    }

    public synchronized String readlink(int handle) {
        begin(Op.READLINK).putInt(handle);
        return Wire.getString(exchange(Op.READLINK, false));
    }

    /** Applies the changes in {@code a} and returns the file's stat afterwards. */
    public synchronized FileStat setattr(int handle, SetAttr a) {
        begin(Op.SETATTR).putInt(handle).putInt(a.mask).putInt(a.mode).putInt(a.uid).putInt(a.gid).putLong(a.size)
                .putLong(a.atimeSec).putInt(a.atimeNsec).putLong(a.mtimeSec).putInt(a.mtimeNsec);
        return Wire.getStat(exchange(Op.SETATTR, false));
    }

    /**
     * Directory entries from position {@code cookie} (0 for the start; then the last entry's
     * {@link DirEntry#next()}); an empty list at the end.
     */
    public synchronized List<DirEntry> getdents(int handle, long cookie) {
        begin(Op.GETDENTS).putInt(handle).putLong(cookie);
        ByteBuffer r = exchange(Op.GETDENTS, false);
        int n = r.getInt();
        List<DirEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long ino = r.getLong();
            long next = r.getLong();
            int type = r.get() & 0xff;
            entries.add(new DirEntry(ino, next, type, Wire.getString(r)));
        }
        return entries;
    }

    public synchronized StatFs statfs(int handle) {
        begin(Op.STATFS).putInt(handle);
        ByteBuffer r = exchange(Op.STATFS, false);
        return new StatFs(r.getLong(), r.getLong(), r.getLong(), r.getLong(), r.getLong(), r.getLong(),
                r.getLong(), r.getLong(), r.getLong(), r.getLong());
    }

    public synchronized byte[] getxattr(int handle, String name) {
        Wire.putString(begin(Op.GETXATTR).putInt(handle), name);
        return Wire.getBytes(exchange(Op.GETXATTR, false));
    }

    public synchronized void setxattr(int handle, String name, byte[] value, int flags) {
        ByteBuffer q = begin(Op.SETXATTR).putInt(handle);
        Wire.putString(q, name);
        Wire.putBytes(q, value);
        q.putInt(flags);
        exchange(Op.SETXATTR, false);
    }

    public synchronized List<String> listxattr(int handle) {
        begin(Op.LISTXATTR).putInt(handle);
        ByteBuffer r = exchange(Op.LISTXATTR, false);
        int n = r.getInt();
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(Wire.getString(r));
        }
        return names;
    }

    public synchronized void removexattr(int handle, String name) {
        Wire.putString(begin(Op.REMOVEXATTR).putInt(handle), name);
        exchange(Op.REMOVEXATTR, false);
    }

    /** Tells the gofer to close a handle it holds (not a mount root). */
    public synchronized void release(int handle) {
        begin(Op.CLOSE).putInt(handle);
        exchange(Op.CLOSE, false);
    }

    /** Closes the connection; the gofer exits when it sees EOF. Not synchronized: it also unblocks a pending call. */
    @Override
    public void close() {
        broken = true;
        if (closed.compareAndSet(false, true)) {
            socket.close();
        }
    }
}
