package io.runj.platform;

import jnr.ffi.Pointer;

/**
 * A connected SOCK_SEQPACKET socket carrying whole messages, each with up to {@link #MAX_FDS}
 * fds as SCM_RIGHTS. Sending and receiving each have their own buffers and lock, so one thread may
 * send while another receives. Received fds are close-on-exec (MSG_CMSG_CLOEXEC) and belong to
 * the caller.
 */
public final class MessageSocket {
    public static final int MAX_FDS = 16;

    private static final int SYS_SENDMSG = 46;
    private static final int SYS_RECVMSG = 47;
    private static final int SYS_SHUTDOWN = 48;
    private static final int SHUT_RDWR = 2;
    private static final int SOL_SOCKET = 1;
    private static final int SCM_RIGHTS = 1;
    private static final int MSG_CTRUNC = 0x8;
    private static final int MSG_TRUNC = 0x20;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int MSG_CMSG_CLOEXEC = 0x40000000;
    private static final int CMSG_HDR = 16;
    private static final int CONTROL_SPACE = CMSG_HDR + 4 * MAX_FDS;

    /** One received message: its length (0 when the peer has closed) and the fds that came with it. */
    public record Received(int length, int[] fds) {
    }

    private final int fd;
    private final int maxMessage;
    private final Half out;
    private final Half in;

    /** Buffers of one direction: msghdr, iovec, control and data, in direct memory. */
    private static final class Half {
        final Pointer hdr = Native.allocate(56 + 16);
        final Pointer control = Native.allocate(CONTROL_SPACE);
        final Pointer data;

        Half(int size) {
            data = Native.allocate(size);
        }

        long prepare(int dataLen, int controlLen) {
            long iov = hdr.address() + 56;
            hdr.putLong(0, 0);
            hdr.putLong(8, 0);
            hdr.putLong(16, iov);
            hdr.putLong(24, 1);
            hdr.putLong(32, controlLen == 0 ? 0 : control.address());
            hdr.putLong(40, controlLen);
            hdr.putInt(48, 0);
            hdr.putLong(56, data.address());
            hdr.putLong(64, dataLen);
            return hdr.address();
        }
    }

    public MessageSocket(int fd, int maxMessage) {
        this.fd = fd;
        this.maxMessage = maxMessage;
        this.out = new Half(maxMessage);
        this.in = new Half(maxMessage);
    }

    public int fd() {
        return fd;
    }

    /** Sends {@code len} bytes of {@code msg} and {@code fds} (may be empty) as one message. */
    public void send(byte[] msg, int len, int... fds) {
        if (len > maxMessage || fds.length > MAX_FDS) {
            throw new NativeException("sendmsg", Errno.EMSGSIZE);
        }
        synchronized (out) {
            out.data.put(0, msg, 0, len);
            int controlLen = 0;
            if (fds.length > 0) {
                controlLen = CMSG_HDR + 4 * fds.length;
                out.control.putLong(0, controlLen);
                out.control.putInt(8, SOL_SOCKET);
                out.control.putInt(12, SCM_RIGHTS);
                for (int i = 0; i < fds.length; i++) {
                    out.control.putInt(CMSG_HDR + 4L * i, fds[i]);
                }
                // msg_controllen is CMSG_SPACE: the length rounded up to 8.
                controlLen = (controlLen + 7) & ~7;
            }
            long hdr = out.prepare(len, controlLen);
            while (true) {
                long rc = Native.LIBC.syscall(SYS_SENDMSG, fd, hdr, MSG_NOSIGNAL, 0, 0, 0);
                if (rc >= 0) {
                    return;
                }
                int e = Native.errno();
                if (e != Errno.EINTR) {
                    throw new NativeException("sendmsg", e);
                }
            }
        }
    }

    /**
     * Receives one message into {@code into}. A message or fd list that did not fit is an error
     * (EMSGSIZE), and any fds that did arrive with it are closed.
     */
    public Received receive(byte[] into) {
        synchronized (in) {
            long hdr = in.prepare(Math.min(into.length, maxMessage), CONTROL_SPACE);
            long rc;
            while (true) {
                rc = Native.LIBC.syscall(SYS_RECVMSG, fd, hdr, MSG_CMSG_CLOEXEC, 0, 0, 0);
                if (rc >= 0) {
                    break;
                }
                int e = Native.errno();
                if (e != Errno.EINTR) {
                    throw new NativeException("recvmsg", e);
                }
            }
            int[] fds = receivedFds();
            int flags = in.hdr.getInt(48);
            if ((flags & (MSG_TRUNC | MSG_CTRUNC)) != 0) {
                for (int f : fds) {
                    HostFs.close(f);
                }
                throw new NativeException("recvmsg", Errno.EMSGSIZE);
            }
            in.data.get(0, into, 0, (int) rc);
            return new Received((int) rc, fds);
        }
    }

    private int[] receivedFds() {
        long controlLen = in.hdr.getLong(40);
        if (controlLen < CMSG_HDR) {
            return new int[0];
        }
        long len = in.control.getLong(0);
        if (in.control.getInt(8) != SOL_SOCKET || in.control.getInt(12) != SCM_RIGHTS || len < CMSG_HDR) {
            return new int[0];
        }
        int n = (int) ((len - CMSG_HDR) / 4);
        int[] fds = new int[n];
        for (int i = 0; i < n; i++) {
            fds[i] = in.control.getInt(CMSG_HDR + 4L * i);
        }
        return fds;
    }

    /**
     * shutdown(2) then close: close alone does not wake a thread blocked in recvmsg on this
     * socket, shutdown does (it sees EOF), and the peer sees EOF too.
     */
    public void close() {
        Native.LIBC.syscall(SYS_SHUTDOWN, fd, SHUT_RDWR, 0, 0, 0, 0);
        HostFs.close(fd);
    }
}
