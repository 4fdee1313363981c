package io.runj.sentry.vfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.runj.platform.Errno;
import io.runj.platform.HostFs;
import io.runj.platform.NativeException;
import io.runj.platform.ProcessVm;
import io.runj.platform.Regs;
import io.runj.platform.trace.Tracer;

/**
 * What every family of VFS calls needs from the trapped task: its memory (path and buffer
 * arguments, results), its registers, and what its fds are (the directory a dirfd names, the
 * mount an fd's file is on).
 */
final class TaskAccess {
    static final int PATH_MAX = 4096;
    /** The x86-64 red zone below a task's stack pointer, which the sentry's scratch data must skip. */
    private static final int RED_ZONE = 128;

    private static final String DELETED = " (deleted)";

    private final MountTable table;
    private final Tracer tracer;

    TaskAccess(MountTable table, Tracer tracer) {
        this.table = table;
        this.tracer = tracer;
    }

    Tracer tracer() {
        return tracer;
    }

    ProcessVm mem(int tid) {
        return tracer.memory(tid);
    }

    void setRegs(int tid, Regs regs) {
        tracer.ptrace().setRegs(tid, regs);
    }

    /** A path argument: EFAULT for a bad pointer, ENAMETOOLONG without a NUL in PATH_MAX bytes. */
    String path(int tid, long addr) {
        return string(tid, addr, PATH_MAX, Errno.ENAMETOOLONG);
    }

    /** A NUL-terminated string of fewer than {@code max} bytes, else {@code tooLong}. */
    String string(int tid, long addr, int max, int tooLong) {
        if (addr == 0) {
            throw new VfsException(Errno.EFAULT);
        }
        String s;
        try {
            s = mem(tid).readCString(addr, max);
        } catch (NativeException e) {
            throw new VfsException(Errno.EFAULT);
        }
        if (s.length() >= max) {
            throw new VfsException(tooLong);
        }
        return s;
    }

    byte[] read(int tid, long addr, int len) {
        try {
            return mem(tid).read(addr, len);
        } catch (NativeException e) {
            throw new VfsException(Errno.EFAULT);
        }
    }

    void write(int tid, long addr, byte[] data) {
        try {
            mem(tid).write(addr, data);
        } catch (NativeException e) {
            throw new VfsException(Errno.EFAULT);
        }
    }

    /**
     * A 16-byte aligned address for {@code len} bytes of scratch data below the task's red zone
     * and below {@code limit} (another scratch area of the same call).
     */
    long below(Regs regs, long limit, int len) {
        return (Math.min(regs.rsp() - RED_ZONE, limit) - len) & ~15L;
    }

    /** The components of the directory a relative {@code path} starts from. */
    List<String> start(int tid, FsTask t, int dirfd, String path) {
        if (path.startsWith("/")) {
            return List.of();
        }
        if (dirfd == HostFs.AT_FDCWD) {
            return t.fs.cwd;
        }
        return PathWalk.components(fdPath(tid, dirfd));
    }

    /**
     * The guest path of the guest's fd {@code fd}, from the host path /proc shows for it: the fds
     * the gofer opened are inside a mount's source.
     */
    String fdPath(int tid, int fd) {
        String host = hostPath(tid, fd);
        if (!host.startsWith("/")) {
            throw new VfsException(Errno.ENOTDIR);
        }
        if (host.endsWith(DELETED)) {
            throw new VfsException(Errno.ENOENT);
        }
        String guest = table.guestPath(host);
        if (guest == null) {
            throw new VfsException(Errno.EBADF);
        }
        return guest;
    }

    /** The served mount the file of fd {@code fd} is on, or null (a pipe, a socket, a mount left to the host). */
    Mount fdMount(int tid, int fd) {
        String host = hostPath(tid, fd);
        if (host.endsWith(DELETED)) {
            host = host.substring(0, host.length() - DELETED.length());
        }
        Mount m = table.ofHostPath(host);
        if (m == null) {
            return null;
        }
        // A tmpfs of the guest's mount namespace shows its path below the root's source.
        return table.covering(PathWalk.components(table.guestPath(host))).kind() == Mount.Kind.BIND ? m : null;
    }

    /** The open flags of the task's fd {@code fd}, from /proc's fdinfo. */
    int fdFlags(int tid, int fd) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(tid), "fdinfo", Integer.toString(fd)))) {
                if (line.startsWith("flags:")) {
                    return Integer.parseInt(line.substring(6).trim(), 8);
                }
            }
        } catch (IOException e) {
            throw new VfsException(Errno.EBADF);
        }
        throw new VfsException(Errno.EBADF);
    }

    private static String hostPath(int tid, int fd) {
        if (fd < 0) {
            throw new VfsException(Errno.EBADF);
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Integer.toString(tid), "fd", Integer.toString(fd))).toString();
        } catch (IOException e) {
            throw new VfsException(Errno.EBADF);
        }
    }
}
