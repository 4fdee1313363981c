package io.runj.sentry.vfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.runj.platform.Errno;
import io.runj.platform.FileStat;
import io.runj.platform.HostFs;
import io.runj.platform.Regs;
import io.runj.platform.syscall.SyscallNumbers;

/** The virtual cwd: getcwd, chdir and fchdir. */
final class CwdCalls {
    private final TaskAccess access;
    private final PathWalk walker;

    CwdCalls(TaskAccess access, PathWalk walker) {
        this.access = access;
        this.walker = walker;
    }

    long getcwd(FsTask t, int tid, long buf, long size) {
        byte[] cwd = ("/" + String.join("/", t.fs.cwd) + "\0").getBytes(StandardCharsets.ISO_8859_1);
        if (size < cwd.length) {
            return -Errno.ERANGE;
        }
        access.write(tid, buf, cwd);
        return cwd.length;
    }

    long chdir(FsTask t, int tid, Regs regs) {
        return chdir(t, tid, regs, HostFs.AT_FDCWD, access.path(tid, regs.arg(0)));
    }

    long fchdir(FsTask t, int tid, Regs regs) {
        return chdir(t, tid, regs, (int) regs.arg(0), null);
    }

    /**
     * chdir (path != null) or fchdir: the VFS resolves the directory and sets the virtual cwd. The
     * host's cwd follows (the call is rewritten into chdir of the canonical path) because execve
     * and the path calls left to the host still resolve relative paths there.
     */
    private long chdir(FsTask t, int tid, Regs regs, int dirfd, String path) {
        List<String> start;
        String target = path;
        if (path == null) {
            start = List.of();
            target = access.fdPath(tid, dirfd);
        } else {
            start = access.start(tid, t, dirfd, path);
        }
        Credentials cred = Credentials.of(tid);
        List<String> cwd;
        try (PathWalk.Result r = walker.walk(cred, start, target, true, false)) {
            FileStat st = r.node.stat();
            if (!st.isDirectory()) {
                return -Errno.ENOTDIR;
            }
            if (!cred.permits(st.mode(), st.uid(), st.gid(), 1, false)) {
                return -Errno.EACCES;
            }
            cwd = r.components;
        } catch (LeaveToHost e) {
            if (path == null) {
                throw e;
            }
            // A mount left to the host: the host resolves it; the cwd is taken lexically.
            t.saved.copyFrom(regs);
            t.newCwd = PathWalk.components(MountTable.normalize(
                    (path.startsWith("/") ? "" : "/" + String.join("/", start)) + "/" + path));
            t.pending = FsTask.Pending.HOST_CHDIR;
            return Vfs.REWRITTEN;
        }
        t.fs.cwd = new ArrayList<>(cwd);
        byte[] abs = ("/" + String.join("/", cwd) + "\0").getBytes(StandardCharsets.ISO_8859_1);
        long s = access.below(regs, Long.MAX_VALUE, abs.length);
        access.write(tid, s, abs);
        t.saved.copyFrom(regs);
        t.pending = FsTask.Pending.CHDIR;
        regs.setOrigRax(SyscallNumbers.CHDIR);
        regs.setArg(0, s);
        access.setRegs(tid, regs);
        return Vfs.REWRITTEN;
    }
}
