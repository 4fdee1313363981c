package io.runj.platform;

import java.nio.charset.StandardCharsets;

import jnr.ffi.Pointer;

/**
 * AF_UNIX sockets, all close-on-exec: SOCK_SEQPACKET pairs, listeners and connections, and
 * SOCK_STREAM ones for the console socket protocol (runc's), and peers.
 */
public final class UnixSockets {
    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_SEQPACKET = 5;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int SOL_SOCKET = 1;
    private static final int SO_PEERCRED = 17;
    private static final int SO_RCVTIMEO = 20;
    private static final int SUN_PATH_MAX = 107;

    private static final int SYS_SOCKET = 41;
    private static final int SYS_CONNECT = 42;
    private static final int SYS_BIND = 49;
    private static final int SYS_LISTEN = 50;
    private static final int SYS_SOCKETPAIR = 53;
    private static final int SYS_SETSOCKOPT = 54;
    private static final int SYS_GETSOCKOPT = 55;
    private static final int SYS_ACCEPT4 = 288;

    /** The process at the other end of a connected socket, as the kernel recorded it at connect time. */
    public record Peer(int pid, int uid, int gid) {
    }

    private UnixSockets() {
    }

    private static long sys(String call, long nr, long a1, long a2, long a3, long a4, long a5) {
        return Native.check(call, Native.LIBC.syscall(nr, a1, a2, a3, a4, a5, 0));
    }

    /** socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC): two connected fds. */
    public static int[] socketpair() {
        Pointer fds = Native.allocate(8);
        sys("socketpair", SYS_SOCKETPAIR, AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds.address(), 0);
        return new int[] {fds.getInt(0), fds.getInt(4)};
    }

    private static Pointer address(String call, String path) {
        byte[] b = path.getBytes(StandardCharsets.UTF_8);
        if (b.length > SUN_PATH_MAX) {
            throw new NativeException(call + " " + path, Errno.ENAMETOOLONG);
        }
        Pointer a = Native.allocate(110);
        a.putShort(0, (short) AF_UNIX);
        a.put(2, b, 0, b.length);
        return a;
    }

    /** A socket listening on {@code path}, which must not exist yet. */
    public static int listen(String path, int backlog) {
        return listen(path, backlog, SOCK_SEQPACKET);
    }

    /** A SOCK_STREAM socket listening on {@code path}, which must not exist yet. */
    public static int listenStream(String path, int backlog) {
        return listen(path, backlog, SOCK_STREAM);
    }

    private static int listen(String path, int backlog, int type) {
        int fd = (int) sys("socket", SYS_SOCKET, AF_UNIX, type | SOCK_CLOEXEC, 0, 0, 0);
        try {
            sys("bind " + path, SYS_BIND, fd, address("bind", path).address(), 110, 0, 0);
            sys("listen", SYS_LISTEN, fd, backlog, 0, 0, 0);
            return fd;
        } catch (NativeException e) {
            HostFs.close(fd);
            throw e;
        }
    }

    /**
     * accept4(2) waiting at most {@code timeoutMillis} (SO_RCVTIMEO on the listening socket);
     * returns the connected fd, or -1 when no one connected in time.
     */
    public static int accept(int listenFd, int timeoutMillis) {
        Pointer tv = Native.allocate(16);
        tv.putLong(0, timeoutMillis / 1000);
        tv.putLong(8, (timeoutMillis % 1000) * 1000L);
        sys("setsockopt", SYS_SETSOCKOPT, listenFd, SOL_SOCKET, SO_RCVTIMEO, tv.address(), 16);
        long rc = Native.LIBC.syscall(SYS_ACCEPT4, listenFd, 0, 0, SOCK_CLOEXEC, 0, 0);
        if (rc < 0) {
            int e = Native.errno();
            if (e == Errno.EAGAIN || e == Errno.EINTR) {
                return -1;
            }
            throw new NativeException("accept4", e);
        }
        return (int) rc;
    }

    /** A socket connected to the listener at {@code path}. */
    public static int connect(String path) {
        return connect(path, SOCK_SEQPACKET);
    }

    /** A SOCK_STREAM socket connected to the listener at {@code path}. */
    public static int connectStream(String path) {
        return connect(path, SOCK_STREAM);
    }

    private static int connect(String path, int type) {
        int fd = (int) sys("socket", SYS_SOCKET, AF_UNIX, type | SOCK_CLOEXEC, 0, 0, 0);
        try {
            sys("connect " + path, SYS_CONNECT, fd, address("connect", path).address(), 110, 0, 0);
            return fd;
        } catch (NativeException e) {
            HostFs.close(fd);
            throw e;
        }
    }

    /** SO_PEERCRED of a connected socket. */
    public static Peer peer(int fd) {
        Pointer cred = Native.allocate(12);
        Pointer len = Native.allocate(4);
        len.putInt(0, 12);
        sys("getsockopt", SYS_GETSOCKOPT, fd, SOL_SOCKET, SO_PEERCRED, cred.address(), len.address());
        return new Peer(cred.getInt(0), cred.getInt(4), cred.getInt(8));
    }
}
