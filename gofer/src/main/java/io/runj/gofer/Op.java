package io.runj.gofer;

/** The request types of the gofer protocol (docs/gofer-protocol.md), by their wire code. */
public enum Op {
    WALK(1), STAT(2), OPEN(3), CREATE(4), MKDIR(5), MKNOD(6), SYMLINK(7), LINK(8), UNLINK(9), RMDIR(10),
    RENAME(11), READLINK(12), SETATTR(13), GETDENTS(14), STATFS(15), GETXATTR(16), SETXATTR(17),
    LISTXATTR(18), REMOVEXATTR(19), CLOSE(20);

    /** The largest message either side sends: room for a full xattr value plus its header. */
    public static final int MAX_MESSAGE = 128 * 1024;

    private static final Op[] BY_CODE = new Op[32];

    static {
        for (Op op : values()) {
            BY_CODE[op.code] = op;
        }
    }

    final int code;

    Op(int code) {
        this.code = code;
    }

    /** The op with wire code {@code code}, or null. */
    static Op of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
