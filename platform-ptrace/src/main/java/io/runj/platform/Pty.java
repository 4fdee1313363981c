package io.runj.platform;

import java.nio.charset.StandardCharsets;

import jnr.ffi.Pointer;

/**
 * A pseudo-terminal pair: the master (held by whoever relays the terminal) and the slave (the
 * guest's stdio and controlling terminal), both close-on-exec, neither the caller's controlling
 * terminal. Also the window-size ioctls, which apply to either end.
 */
public final class Pty {
    /** ioctl requests of asm-generic/ioctls.h. */
    public static final long TIOCSCTTY = 0x540E;
    private static final long TIOCGWINSZ = 0x5413;
    private static final long TIOCSWINSZ = 0x5414;
    private static final long TIOCGPTN = 0x80045430L;
    private static final long TIOCSPTLCK = 0x40045431L;

    static final int SYS_IOCTL = 16;
    private static final int SYS_OPENAT = 257;

    private final int master;
    private final int slave;
    private final String name;

    private Pty(int master, int slave, String name) {
        this.master = master;
        this.slave = slave;
        this.name = name;
    }

    /** Opens /dev/ptmx, unlocks its slave and opens it, as posix_openpt, unlockpt and ptsname do. */
    public static Pty open() {
        int flags = HostFs.O_RDWR | HostFs.O_NOCTTY | HostFs.O_CLOEXEC;
        int master = openPath("/dev/ptmx", flags);
        try {
            Pointer arg = Native.allocate(4);
            arg.putInt(0, 0);
            ioctl("ioctl(TIOCSPTLCK)", master, TIOCSPTLCK, arg.address());
            ioctl("ioctl(TIOCGPTN)", master, TIOCGPTN, arg.address());
            String name = "/dev/pts/" + arg.getInt(0);
            return new Pty(master, openPath(name, flags), name);
        } catch (NativeException e) {
            HostFs.close(master);
            throw e;
        }
    }

    public int master() {
        return master;
    }

    public int slave() {
        return slave;
    }

    /** The slave's path, /dev/pts/N. */
    public String name() {
        return name;
    }

    /** TIOCSWINSZ: the terminal's size in rows and columns; the foreground group gets SIGWINCH. */
    public static void setWindowSize(int fd, int rows, int columns) {
        Pointer ws = Native.allocate(8);
        ws.putShort(0, (short) rows);
        ws.putShort(2, (short) columns);
        ws.putInt(4, 0);
        ioctl("ioctl(TIOCSWINSZ)", fd, TIOCSWINSZ, ws.address());
    }

    /** TIOCGWINSZ: {rows, columns} of the terminal open on {@code fd}. */
    public static int[] windowSize(int fd) {
        Pointer ws = Native.allocate(8);
        ioctl("ioctl(TIOCGWINSZ)", fd, TIOCGWINSZ, ws.address());
        return new int[] {ws.getShort(0) & 0xffff, ws.getShort(2) & 0xffff};
    }

    static long ioctl(String call, int fd, long request, long arg) {
        return Native.check(call, Native.LIBC.syscall(SYS_IOCTL, fd, request, arg, 0, 0, 0));
    }

    private static int openPath(String path, int flags) {
        byte[] b = (path + "\0").getBytes(StandardCharsets.UTF_8);
        Pointer p = Native.allocate(b.length);
        p.put(0, b, 0, b.length);
        return (int) Native.check("open " + path, Native.LIBC.syscall(SYS_OPENAT, HostFs.AT_FDCWD, p.address(), flags, 0, 0, 0));
    }
}
