package io.runj.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jnr.ffi.Pointer;

/**
 * Java streams over a raw fd, for fds the JDK cannot wrap (one received with SCM_RIGHTS, a pty
 * master). read(2) and write(2) go through syscall(2) like the other raw calls; the streams do
 * not own the fd.
 */
public final class FdStreams {
    private static final int SYS_READ = 0;
    private static final int SYS_WRITE = 1;
    private static final int BUFFER = 8192;

    private FdStreams() {
    }

    /**
     * Reads from {@code fd}. EIO is end of input: it is what a pty master reads once every
     * slave fd is closed.
     */
    public static InputStream input(int fd) {
        Pointer buf = Native.allocate(BUFFER);
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                while (true) {
                    long rc = Native.LIBC.syscall(SYS_READ, fd, buf.address(), Math.min(len, BUFFER), 0, 0, 0);
                    if (rc > 0) {
                        buf.get(0, b, off, (int) rc);
                        return (int) rc;
                    }
                    if (rc == 0) {
                        return -1;
                    }
                    int e = Native.errno();
                    if (e == Errno.EIO) {
                        return -1;
                    }
                    if (e != Errno.EINTR) {
                        throw new IOException(new NativeException("read", e).getMessage());
                    }
                }
            }
        };
    }

    /** Writes to {@code fd}, all of each buffer. */
    public static OutputStream output(int fd) {
        Pointer buf = Native.allocate(BUFFER);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int n = Math.min(len, BUFFER);
                    buf.put(0, b, off, n);
                    long done = 0;
                    while (done < n) {
                        long rc = Native.LIBC.syscall(SYS_WRITE, fd, buf.address() + done, n - done, 0, 0, 0);
                        if (rc < 0) {
                            int e = Native.errno();
                            if (e != Errno.EINTR) {
                                throw new IOException(new NativeException("write", e).getMessage());
                            }
                        } else {
                            done += rc;
                        }
                    }
                    off += n;
                    len -= n;
                }
            }
        };
    }
}
