package io.runj.sentry.vfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The identity a task's file accesses are checked with: its fsuid, fsgid, supplementary groups,
 * real uid and gid (for access(2)), umask, and its effective capabilities. Read from
 * /proc/TID/status, since the identity calls still run on the host.
 */
record Credentials(int uid, int gid, int fsuid, int fsgid, int[] groups, int umask, long capEff) {
    static final int CAP_CHOWN = 0;
    static final int CAP_DAC_OVERRIDE = 1;
    static final int CAP_DAC_READ_SEARCH = 2;
    static final int CAP_FOWNER = 3;
    static final int CAP_FSETID = 4;
    static final int CAP_SYS_ADMIN = 21;
    static final int CAP_MKNOD = 27;
    private static final int S_ISVTX = 01000;

    static Credentials of(int tid) {
        int[] uids = null;
        int[] gids = null;
        int[] groups = new int[0];
        long capEff = 0;
        int umask = 022;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(tid), "status"))) {
                if (line.startsWith("Uid:")) {
                    uids = ints(line.substring(4));
                } else if (line.startsWith("Gid:")) {
                    gids = ints(line.substring(4));
                } else if (line.startsWith("Groups:")) {
                    groups = ints(line.substring(7));
                } else if (line.startsWith("Umask:")) {
                    umask = Integer.parseInt(line.substring(6).trim(), 8);
                } else if (line.startsWith("CapEff:")) {
                    capEff = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                }
            }
        } catch (IOException e) {
            throw new VfsException(io.runj.platform.Errno.ESRCH);
        }
        if (uids == null || gids == null) {
            throw new VfsException(io.runj.platform.Errno.ESRCH);
        }
        return new Credentials(uids[0], gids[0], uids[3], gids[3], groups, umask, capEff);
    }

    boolean has(int cap) {
        return (capEff & (1L << cap)) != 0;
    }

    /** inode_owner_or_capable: the caller owns the file or has CAP_FOWNER. */
    boolean ownerOrCapable(int owner) {
        return fsuid == owner || has(CAP_FOWNER);
    }

    /** Whether the caller is in group {@code g} (its fsgid or a supplementary group). */
    boolean inGroup(int g) {
        return inGroup(g, fsgid);
    }

    /**
     * may_delete's sticky-directory rule: in a directory with S_ISVTX, only the file's owner, the
     * directory's owner or CAP_FOWNER may remove or rename an entry.
     */
    boolean mayDeleteFrom(io.runj.platform.FileStat dir, io.runj.platform.FileStat file) {
        return (dir.mode() & S_ISVTX) == 0 || fsuid == file.uid() || fsuid == dir.uid() || has(CAP_FOWNER);
    }

    private static int[] ints(String s) {
        String t = s.trim();
        if (t.isEmpty()) {
            return new int[0];
        }
        String[] f = t.split("\\s+");
        int[] out = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = (int) Long.parseLong(f[i]);
        }
        return out;
    }

    boolean inGroup(int g, int primary) {
        if (g == primary) {
            return true;
        }
        for (int x : groups) {
            if (x == g) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code want} (a mask of 4 read, 2 write, 1 execute/search) is allowed on a file of
     * {@code mode}, owner and group, as generic_permission decides, with the fs ids or, for
     * access(2), the real ones.
     */
    boolean permits(int mode, int owner, int group, int want, boolean real) {
        int u = real ? uid : fsuid;
        int g = real ? gid : fsgid;
        boolean dir = (mode & 0170000) == 0040000;
        // access(2) drops the capabilities of a caller whose real uid is not 0.
        boolean caps = !real || uid == 0;
        if (caps && has(CAP_DAC_OVERRIDE)) {
            // Root reads and writes anything; it executes a file only if some x bit is set.
            return (want & 1) == 0 || dir || (mode & 0111) != 0;
        }
        if (caps && has(CAP_DAC_READ_SEARCH) && (want & 2) == 0 && ((want & 1) == 0 || dir)) {
            return true;
        }
        int bits;
        if (u == owner) {
            bits = mode >> 6;
        } else if (inGroup(group, g)) {
            bits = mode >> 3;
        } else {
            bits = mode;
        }
        return (bits & want & 7) == (want & 7);
    }
}
