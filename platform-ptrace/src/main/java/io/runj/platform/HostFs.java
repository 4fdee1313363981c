package io.runj.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jnr.ffi.Pointer;

/**
 * File system calls on the host, fd-relative, through raw {@code syscall(2)}: openat2 has no glibc
 * wrapper before 2.36, and raw numbers sidestep the jnr-ffi binding problems seen with
 * process_vm_readv. Paths and names are Java strings with one char per byte (ISO-8859-1), as
 * {@link ProcessVm} reads them from a guest, so no byte of a name is lost or merged. Scratch
 * buffers are reused, so one instance per thread.
 */
public final class HostFs {
    public static final int AT_FDCWD = -100;
    public static final int AT_SYMLINK_NOFOLLOW = 0x100;
    public static final int AT_REMOVEDIR = 0x200;
    public static final int AT_EMPTY_PATH = 0x1000;

    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_ACCMODE = 3;
    public static final int O_CREAT = 0x40;
    public static final int O_EXCL = 0x80;
    public static final int O_NOCTTY = 0x100;
    public static final int O_TRUNC = 0x200;
    public static final int O_APPEND = 0x400;
    public static final int O_NONBLOCK = 0x800;
    public static final int O_DSYNC = 0x1000;
    public static final int O_DIRECT = 0x4000;
    public static final int O_LARGEFILE = 0x8000;
    public static final int O_DIRECTORY = 0x10000;
    public static final int O_NOFOLLOW = 0x20000;
    public static final int O_NOATIME = 0x40000;
    public static final int O_CLOEXEC = 0x80000;
    public static final int O_SYNC = 0x101000;
    public static final int O_PATH = 0x200000;

    public static final long RESOLVE_NO_XDEV = 0x01;
    public static final long RESOLVE_NO_MAGICLINKS = 0x02;
    public static final long RESOLVE_NO_SYMLINKS = 0x04;
    public static final long RESOLVE_BENEATH = 0x08;
    public static final long RESOLVE_IN_ROOT = 0x10;

    public static final int S_IFMT = 0170000;
    public static final int S_IFSOCK = 0140000;
    public static final int S_IFLNK = 0120000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFBLK = 060000;
    public static final int S_IFDIR = 040000;
    public static final int S_IFCHR = 020000;
    public static final int S_IFIFO = 010000;

    public static final int RENAME_NOREPLACE = 1;
    public static final int RENAME_EXCHANGE = 2;

    public static final long UTIME_NOW = (1L << 30) - 1;
    public static final long UTIME_OMIT = (1L << 30) - 2;

    public static final int F_GETFD = 1;
    public static final int F_SETFD = 2;
    public static final int F_GETFL = 3;
    public static final int F_SETFL = 4;
    public static final int FD_CLOEXEC = 1;

    public static final int SEEK_SET = 0;

    /** XATTR_SIZE_MAX and XATTR_LIST_MAX of the kernel. */
    public static final int XATTR_MAX = 65536;

    private static final int SYS_CLOSE = 3;
    private static final int SYS_LSEEK = 8;
    private static final int SYS_FCNTL = 72;
    private static final int SYS_FTRUNCATE = 77;
    private static final int SYS_UMASK = 95;
    private static final int SYS_FSTATFS = 138;
    private static final int SYS_FSETXATTR = 190;
    private static final int SYS_FGETXATTR = 193;
    private static final int SYS_FLISTXATTR = 196;
    private static final int SYS_FREMOVEXATTR = 199;
    private static final int SYS_GETDENTS64 = 217;
    private static final int SYS_OPENAT = 257;
    private static final int SYS_MKDIRAT = 258;
    private static final int SYS_MKNODAT = 259;
    private static final int SYS_FCHOWNAT = 260;
    private static final int SYS_UNLINKAT = 263;
    private static final int SYS_LINKAT = 265;
    private static final int SYS_SYMLINKAT = 266;
    private static final int SYS_READLINKAT = 267;
    private static final int SYS_FCHMODAT = 268;
    private static final int SYS_UTIMENSAT = 280;
    private static final int SYS_RENAMEAT2 = 316;
    private static final int SYS_STATX = 332;
    private static final int SYS_OPENAT2 = 437;

    private static final int STATX_BASIC_STATS = 0x7ff;
    private static final int PATH_MAX = 4096;

    private final Pointer path1 = Native.allocate(PATH_MAX + 1);
    private final Pointer path2 = Native.allocate(PATH_MAX + 1);
    private final Pointer struct = Native.allocate(256);
    private final Pointer data = Native.allocate(XATTR_MAX);

    private static long sys(String call, long nr, long a1, long a2, long a3, long a4, long a5) {
        return Native.check(call, Native.LIBC.syscall(nr, a1, a2, a3, a4, a5, 0));
    }

    /** Writes {@code s} NUL-terminated into {@code p}; ENAMETOOLONG past PATH_MAX, as the kernel. */
    private static long cString(String call, Pointer p, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length > PATH_MAX) {
            throw new NativeException(call, Errno.ENAMETOOLONG);
        }
        p.put(0, b, 0, b.length);
        p.putByte(b.length, (byte) 0);
        return p.address();
    }

    /** openat2(2) with {@code struct open_how {flags, mode, resolve}}; returns the new fd. */
    public int openat2(int dirfd, String path, int flags, int mode, long resolve) {
        struct.putLong(0, flags & 0xffffffffL);
        struct.putLong(8, mode);
        struct.putLong(16, resolve);
        return (int) sys("openat2", SYS_OPENAT2, dirfd, cString("openat2", path1, path), struct.address(), 24, 0);
    }

    public int openat(int dirfd, String path, int flags, int mode) {
        return (int) sys("openat", SYS_OPENAT, dirfd, cString("openat", path1, path), flags, mode, 0);
    }

    /** statx(2) of {@code path} relative to {@code dirfd}; "" with AT_EMPTY_PATH for the fd itself. */
    public FileStat statx(int dirfd, String path, int atFlags) {
        sys("statx", SYS_STATX, dirfd, cString("statx", path1, path), atFlags, STATX_BASIC_STATS, struct.address());
        Pointer s = struct;
        return new FileStat(s.getShort(28) & 0xffff, s.getInt(16), s.getInt(20), s.getInt(24),
                s.getLong(32), s.getLong(40), s.getLong(48), s.getInt(4),
                s.getInt(136), s.getInt(140), s.getInt(128), s.getInt(132),
                s.getLong(64), s.getInt(72), s.getLong(112), s.getInt(120), s.getLong(96), s.getInt(104));
    }

    public void mkdirat(int dirfd, String name, int mode) {
        sys("mkdirat", SYS_MKDIRAT, dirfd, cString("mkdirat", path1, name), mode, 0, 0);
    }

    public void mknodat(int dirfd, String name, int mode, long dev) {
        sys("mknodat", SYS_MKNODAT, dirfd, cString("mknodat", path1, name), mode, dev, 0);
    }

    public void unlinkat(int dirfd, String name, int flags) {
        sys("unlinkat", SYS_UNLINKAT, dirfd, cString("unlinkat", path1, name), flags, 0, 0);
    }

    public void renameat2(int oldDirfd, String oldName, int newDirfd, String newName, int flags) {
        sys("renameat2", SYS_RENAMEAT2, oldDirfd, cString("renameat2", path1, oldName),
                newDirfd, cString("renameat2", path2, newName), flags);
    }

    public void linkat(int oldDirfd, String oldName, int newDirfd, String newName, int flags) {
        sys("linkat", SYS_LINKAT, oldDirfd, cString("linkat", path1, oldName),
                newDirfd, cString("linkat", path2, newName), flags);
    }

    public void symlinkat(String target, int dirfd, String name) {
        sys("symlinkat", SYS_SYMLINKAT, cString("symlinkat", path1, target), dirfd,
                cString("symlinkat", path2, name), 0, 0);
    }

    /** readlinkat(2); "" reads the symlink an O_PATH fd refers to. */
    public String readlinkat(int dirfd, String path) {
        int n = (int) sys("readlinkat", SYS_READLINKAT, dirfd, cString("readlinkat", path1, path),
                data.address(), PATH_MAX, 0);
        byte[] b = new byte[n];
        data.get(0, b, 0, n);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** fchmodat(2): no flags are supported by the syscall (AT_SYMLINK_NOFOLLOW is glibc's). */
    public void fchmodat(int dirfd, String path, int mode) {
        sys("fchmodat", SYS_FCHMODAT, dirfd, cString("fchmodat", path1, path), mode, 0, 0);
    }

    /** fchownat(2); -1 leaves the uid or gid unchanged. */
    public void fchownat(int dirfd, String path, int uid, int gid, int flags) {
        sys("fchownat", SYS_FCHOWNAT, dirfd, cString("fchownat", path1, path), uid, gid, flags);
    }

    /** utimensat(2); a nanosecond field of {@link #UTIME_NOW} or {@link #UTIME_OMIT} means what it says. */
    public void utimensat(int dirfd, String path, long atimeSec, long atimeNsec, long mtimeSec, long mtimeNsec,
            int flags) {
        struct.putLong(0, atimeSec);
        struct.putLong(8, atimeNsec);
        struct.putLong(16, mtimeSec);
        struct.putLong(24, mtimeNsec);
        sys("utimensat", SYS_UTIMENSAT, dirfd, cString("utimensat", path1, path), struct.address(), flags, 0);
    }

    /** umask(2) of the calling process; returns the previous mask. */
    public static int umask(int mask) {
        return (int) sys("umask", SYS_UMASK, mask, 0, 0, 0, 0);
    }

    public void ftruncate(int fd, long length) {
        sys("ftruncate", SYS_FTRUNCATE, fd, length, 0, 0, 0);
    }

    public long lseek(int fd, long offset, int whence) {
        return sys("lseek", SYS_LSEEK, fd, offset, whence, 0, 0);
    }

    public int fcntl(int fd, int cmd, long arg) {
        return (int) sys("fcntl", SYS_FCNTL, fd, cmd, arg, 0, 0);
    }

    public static void close(int fd) {
        Native.check("close", Native.LIBC.syscall(SYS_CLOSE, fd, 0, 0, 0, 0, 0));
    }

    /**
     * One getdents64(2) call reading at most {@code maxBytes} of records: the entries from the
     * directory's current position, empty at its end.
     */
    public List<DirEntry> getdents64(int fd, int maxBytes) {
        int n = (int) sys("getdents64", SYS_GETDENTS64, fd, data.address(), Math.min(maxBytes, XATTR_MAX), 0, 0);
        List<DirEntry> out = new ArrayList<>();
        int off = 0;
        while (off < n) {
            int reclen = data.getShort(off + 16) & 0xffff;
            int nameEnd = off + 19;
            while (nameEnd < off + reclen && data.getByte(nameEnd) != 0) {
                nameEnd++;
            }
            byte[] name = new byte[nameEnd - off - 19];
            data.get(off + 19, name, 0, name.length);
            out.add(new DirEntry(data.getLong(off), data.getLong(off + 8), data.getByte(off + 18) & 0xff,
                    new String(name, StandardCharsets.ISO_8859_1)));
            off += reclen;
        }
        return out;
    }

    /** fstatfs(2); works on O_PATH fds. */
    public StatFs fstatfs(int fd) {
        sys("fstatfs", SYS_FSTATFS, fd, struct.address(), 0, 0, 0);
        Pointer s = struct;
        return new StatFs(s.getLong(0), s.getLong(8), s.getLong(16), s.getLong(24), s.getLong(32),
                s.getLong(40), s.getLong(48), s.getLong(64), s.getLong(72), s.getLong(80));
    }

    public byte[] fgetxattr(int fd, String name) {
        int n = (int) sys("fgetxattr", SYS_FGETXATTR, fd, cString("fgetxattr", path1, name), data.address(),
                XATTR_MAX, 0);
        byte[] b = new byte[n];
        data.get(0, b, 0, n);
        return b;
    }

    public void fsetxattr(int fd, String name, byte[] value, int flags) {
        if (value.length > XATTR_MAX) {
            throw new NativeException("fsetxattr", Errno.E2BIG);
        }
        data.put(0, value, 0, value.length);
        sys("fsetxattr", SYS_FSETXATTR, fd, cString("fsetxattr", path1, name), data.address(), value.length, flags);
    }

    public List<String> flistxattr(int fd) {
        int n = (int) sys("flistxattr", SYS_FLISTXATTR, fd, data.address(), XATTR_MAX, 0, 0);
        List<String> names = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (data.getByte(i) == 0) {
                byte[] b = new byte[i - start];
                data.get(start, b, 0, b.length);
                names.add(new String(b, StandardCharsets.ISO_8859_1));
                start = i + 1;
            }
        }
        return names;
    }

    public void fremovexattr(int fd, String name) {
        sys("fremovexattr", SYS_FREMOVEXATTR, fd, cString("fremovexattr", path1, name), 0, 0, 0);
    }
}
