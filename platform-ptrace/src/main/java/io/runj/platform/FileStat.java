package io.runj.platform;

/** What statx(2) reports about a file: the fields of {@code struct statx} runj uses. */
public record FileStat(int mode, int nlink, int uid, int gid, long ino, long size, long blocks, int blksize,
        int devMajor, int devMinor, int rdevMajor, int rdevMinor,
        long atimeSec, int atimeNsec, long mtimeSec, int mtimeNsec, long ctimeSec, int ctimeNsec) {

    public int type() {
        return mode & HostFs.S_IFMT;
    }

    public boolean isDirectory() {
        return type() == HostFs.S_IFDIR;
    }

    public boolean isRegular() {
        return type() == HostFs.S_IFREG;
    }

    public boolean isSymlink() {
        return type() == HostFs.S_IFLNK;
    }
}
