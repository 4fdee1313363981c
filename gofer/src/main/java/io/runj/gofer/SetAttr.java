package io.runj.gofer;

/**
 * The changes of one SETATTR request, as a builder: only what was set is applied. Times are
 * seconds and nanoseconds since the epoch; {@link #atimeNow}/{@link #mtimeNow} use the host's clock.
 */
public final class SetAttr {
    int mask;
    int mode;
    int uid;
    int gid;
    long size;
    long atimeSec;
    int atimeNsec;
    long mtimeSec;
    int mtimeNsec;

    public SetAttr mode(int m) {
        mask |= GoferServer.SET_MODE;
        mode = m;
        return this;
    }

    public SetAttr uid(int u) {
        mask |= GoferServer.SET_UID;
        uid = u;
        return this;
    }

    public SetAttr gid(int g) {
        mask |= GoferServer.SET_GID;
        gid = g;
        return this;
    }

    public SetAttr size(long s) {
        mask |= GoferServer.SET_SIZE;
        size = s;
        return this;
    }

    public SetAttr atime(long sec, int nsec) {
        mask |= GoferServer.SET_ATIME;
        atimeSec = sec;
        atimeNsec = nsec;
        return this;
    }

    public SetAttr mtime(long sec, int nsec) {
        mask |= GoferServer.SET_MTIME;
        mtimeSec = sec;
        mtimeNsec = nsec;
        return this;
    }

    public SetAttr atimeNow() {
        mask |= GoferServer.SET_ATIME_NOW;
        return this;
    }

    public SetAttr mtimeNow() {
        mask |= GoferServer.SET_MTIME_NOW;
        return this;
    }
}
