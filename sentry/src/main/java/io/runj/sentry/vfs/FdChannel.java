package io.runj.sentry.vfs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import io.runj.platform.Errno;
import io.runj.platform.HostFs;
import io.runj.platform.MessageSocket;
import io.runj.platform.NativeException;
import io.runj.platform.Regs;
import io.runj.platform.syscall.SyscallNumbers;

/**
 * Installs an fd the gofer opened into the guest, through the socket whose other end is the
 * guest's reserved fd {@link Vfs#CHANNEL_FD}: the sentry sends the fd and rewrites the trapped call
 * into recvmsg on that fd, with its msghdr written below the guest's red zone; at the exit stop it
 * reads the received fd number and restores the registers with that as the result. It also keeps
 * the guest from closing or replacing the reserved fd.
 */
final class FdChannel {
    private static final int MSG_CTRUNC = 0x8;
    private static final int MSG_CMSG_CLOEXEC = 0x40000000;

    private final TaskAccess access;
    private final MessageSocket channel;
    private final byte[] seq = new byte[8];
    private long sequence;
    /** The task whose recvmsg is in flight: the channel carries one fd at a time. */
    private FsTask installing;

    FdChannel(TaskAccess access, int channelFd) {
        this.access = access;
        this.channel = new MessageSocket(channelFd, 64);
    }

    /**
     * Whether another task's fd is in flight: then the trapped call is set to be re-entered (its
     * rip rewound; the caller answers the syscall number as the result, which restores rax) and
     * runs again once the channel is free.
     */
    boolean busyFor(FsTask t, int tid, Regs regs) {
        if (installing == null || installing == t) {
            return false;
        }
        regs.setRip(regs.rip() - 2);
        return true;
    }

    /** The task died: an fd in flight to it is forgotten (a stale message is detected by its sequence). */
    void onExit(FsTask t) {
        if (installing == t) {
            installing = null;
        }
    }

    /** Sends {@code fd} (closed here) down the channel and turns the trapped call into the guest's recvmsg of it. */
    long install(FsTask t, int tid, Regs regs, int fd, boolean cloexec) {
        long n = ++sequence;
        ByteBuffer.wrap(seq).order(ByteOrder.LITTLE_ENDIAN).putLong(0, n);
        try {
            channel.send(seq, 8, fd);
        } catch (NativeException e) {
            throw new VfsException(Errno.EIO);
        } finally {
            HostFs.close(fd);
        }
        // msghdr (56) | iovec (16) at +64 | data (8) at +80 | control (CMSG_SPACE(4) = 24) at +96
        long s = access.below(regs, Long.MAX_VALUE, 128);
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(16, s + 64).putLong(24, 1).putLong(32, s + 96).putLong(40, 24);
        b.putLong(64, s + 80).putLong(72, 8);
        access.write(tid, s, b.array());
        t.saved.copyFrom(regs);
        t.pending = FsTask.Pending.INSTALL;
        t.sequence = n;
        t.scratch = s;
        regs.setOrigRax(SyscallNumbers.RECVMSG);
        regs.setArg(0, Vfs.CHANNEL_FD);
        regs.setArg(1, s);
        regs.setArg(2, cloexec ? MSG_CMSG_CLOEXEC : 0);
        access.setRegs(tid, regs);
        installing = t;
        return Vfs.REWRITTEN;
    }

    /**
     * At the exit of the guest's recvmsg: the fd it installed or an errno, or {@link Vfs#RETRY}
     * after a stale fd (its task died before taking it), which is closed and the call re-entered.
     */
    long received(FsTask t, int tid, long rc) {
        installing = null;
        if (rc < 0) {
            return rc;
        }
        ByteBuffer b = ByteBuffer.wrap(access.read(tid, t.scratch, 120)).order(ByteOrder.LITTLE_ENDIAN);
        boolean hasFd = b.getLong(96) >= 20 && b.getInt(104) == 1 && b.getInt(108) == 1;
        int fd = b.getInt(112);
        if (hasFd && b.getLong(80) != t.sequence) {
            access.tracer().injector().inject(tid, t.saved.rip() - 2, SyscallNumbers.CLOSE, fd);
            return Vfs.RETRY;
        }
        if (!hasFd || (b.getInt(48) & MSG_CTRUNC) != 0) {
            return -Errno.EMFILE;
        }
        return fd;
    }

    /** close, dup2, dup3 onto the reserved fd: EBADF, as for an fd the guest does not have. */
    static long guardTarget(long fd) {
        return (int) fd == Vfs.CHANNEL_FD ? -Errno.EBADF : Vfs.RUN;
    }

    /** close_range around the channel: the part below runs now, the part above at the exit. */
    long closeRange(FsTask t, int tid, Regs regs) {
        long first = regs.arg(0) & 0xffffffffL;
        long last = regs.arg(1) & 0xffffffffL;
        if (first > Vfs.CHANNEL_FD || last < Vfs.CHANNEL_FD) {
            return Vfs.RUN;
        }
        if (first == Vfs.CHANNEL_FD) {
            if (last == Vfs.CHANNEL_FD) {
                return 0;
            }
            regs.setArg(0, Vfs.CHANNEL_FD + 1);
            access.setRegs(tid, regs);
            return Vfs.RUN;
        }
        t.saved.copyFrom(regs);
        t.pending = last > Vfs.CHANNEL_FD ? FsTask.Pending.CLOSE_RANGE_UPPER : FsTask.Pending.RESTORE;
        regs.setArg(1, Vfs.CHANNEL_FD - 1);
        access.setRegs(tid, regs);
        return Vfs.REWRITTEN;
    }

    /** After the lower part of a split close_range: closes the part above the channel. */
    long closeUpper(FsTask t, int tid) {
        return access.tracer().injector().inject(tid, t.saved.rip() - 2, SyscallNumbers.CLOSE_RANGE,
                Vfs.CHANNEL_FD + 1, t.saved.arg(1), t.saved.arg(2));
    }
}
