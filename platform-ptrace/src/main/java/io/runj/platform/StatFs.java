package io.runj.platform;

/** {@code struct statfs} as fstatfs(2) fills it. */
public record StatFs(long type, long bsize, long blocks, long bfree, long bavail, long files, long ffree,
        long namelen, long frsize, long flags) {
}
