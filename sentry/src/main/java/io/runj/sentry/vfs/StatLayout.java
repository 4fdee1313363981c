package io.runj.sentry.vfs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import io.runj.platform.FileStat;

/** The x86-64 {@code struct stat} and {@code struct statx} of a file, as the kernel fills them. */
final class StatLayout {
    private static final int STATX_BASIC_STATS = 0x7ff;

    private StatLayout() {
    }

    /** new_encode_dev: the dev_t of struct stat. */
    private static long dev(int major, int minor) {
        return (minor & 0xffL) | ((long) major << 8) | ((long) (minor & ~0xff) << 12);
    }

    static byte[] stat(FileStat s) {
        ByteBuffer b = ByteBuffer.allocate(144).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, dev(s.devMajor(), s.devMinor()));
        b.putLong(8, s.ino());
        b.putLong(16, s.nlink() & 0xffffffffL);
        b.putInt(24, s.mode());
        b.putInt(28, s.uid());
        b.putInt(32, s.gid());
        b.putLong(40, dev(s.rdevMajor(), s.rdevMinor()));
        b.putLong(48, s.size());
        b.putLong(56, s.blksize());
        b.putLong(64, s.blocks());
        b.putLong(72, s.atimeSec()).putLong(80, s.atimeNsec());
        b.putLong(88, s.mtimeSec()).putLong(96, s.mtimeNsec());
        b.putLong(104, s.ctimeSec()).putLong(112, s.ctimeNsec());
        return b.array();
    }

    /** The basic fields (STATX_BASIC_STATS); no birth time, no attributes, as the gofer does not report them. */
    static byte[] statx(FileStat s) {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, STATX_BASIC_STATS);
        b.putInt(4, s.blksize());
        b.putInt(16, s.nlink());
        b.putInt(20, s.uid());
        b.putInt(24, s.gid());
        b.putShort(28, (short) s.mode());
        b.putLong(32, s.ino());
        b.putLong(40, s.size());
        b.putLong(48, s.blocks());
        b.putLong(64, s.atimeSec()).putInt(72, s.atimeNsec());
        b.putLong(96, s.ctimeSec()).putInt(104, s.ctimeNsec());
        b.putLong(112, s.mtimeSec()).putInt(120, s.mtimeNsec());
        b.putInt(128, s.rdevMajor()).putInt(132, s.rdevMinor());
        b.putInt(136, s.devMajor()).putInt(140, s.devMinor());
        return b.array();
    }
}
