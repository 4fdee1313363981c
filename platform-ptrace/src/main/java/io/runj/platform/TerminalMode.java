package io.runj.platform;

import jnr.ffi.Pointer;

/**
 * A terminal's line discipline settings (struct termios, through TCGETS/TCSETS as tcgetattr and
 * tcsetattr do): raw mode for a relay, so keys reach the far end unchanged, and the saved
 * settings put back afterwards.
 */
public final class TerminalMode {
    private static final long TCGETS = 0x5401;
    private static final long TCSETS = 0x5402;
    /** sizeof(struct termios) of the kernel, and its field offsets. */
    private static final int SIZE = 36;
    private static final int C_IFLAG = 0;
    private static final int C_OFLAG = 4;
    private static final int C_CFLAG = 8;
    private static final int C_LFLAG = 12;
    private static final int C_CC = 17;
    private static final int VTIME = 5;
    private static final int VMIN = 6;

    private final int fd;
    private final byte[] saved;

    private TerminalMode(int fd, byte[] saved) {
        this.fd = fd;
        this.saved = saved;
    }

    /** Whether {@code fd} is a terminal, as isatty(3) decides: TCGETS succeeds on it. */
    public static boolean isTerminal(int fd) {
        return Native.LIBC.syscall(Pty.SYS_IOCTL, fd, TCGETS, Native.allocate(SIZE).address(), 0, 0, 0) == 0;
    }

    /** Switches the terminal on {@code fd} to raw mode, as cfmakeraw(3); the result restores it. */
    public static TerminalMode makeRaw(int fd) {
        Pointer t = Native.allocate(SIZE);
        Pty.ioctl("tcgetattr", fd, TCGETS, t.address());
        byte[] saved = new byte[SIZE];
        t.get(0, saved, 0, SIZE);
        // IGNBRK BRKINT PARMRK ISTRIP INLCR IGNCR ICRNL IXON; OPOST; ECHO ECHONL ICANON ISIG IEXTEN; CSIZE PARENB.
        t.putInt(C_IFLAG, t.getInt(C_IFLAG) & ~(0001 | 0002 | 0010 | 0040 | 0100 | 0200 | 0400 | 02000));
        t.putInt(C_OFLAG, t.getInt(C_OFLAG) & ~0001);
        t.putInt(C_LFLAG, t.getInt(C_LFLAG) & ~(0010 | 0100 | 0002 | 0001 | 0100000));
        t.putInt(C_CFLAG, (t.getInt(C_CFLAG) & ~(0060 | 0400)) | 0060);
        t.putByte(C_CC + VMIN, (byte) 1);
        t.putByte(C_CC + VTIME, (byte) 0);
        Pty.ioctl("tcsetattr", fd, TCSETS, t.address());
        return new TerminalMode(fd, saved);
    }

    /** Puts back the settings saved by {@link #makeRaw}. */
    public void restore() {
        Pointer t = Native.allocate(SIZE);
        t.put(0, saved, 0, SIZE);
        Pty.ioctl("tcsetattr", fd, TCSETS, t.address());
    }
}
