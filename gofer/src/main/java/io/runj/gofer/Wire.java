package io.runj.gofer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import io.runj.platform.FileStat;

/**
 * Encoding of the protocol's fields over a little-endian buffer: integers, strings as
 * {@code u16 length + bytes} (one byte per char, ISO-8859-1), byte blobs as {@code u32 length +
 * bytes}, and the fixed-size stat record. A short or malformed message surfaces as
 * {@link java.nio.BufferUnderflowException}.
 */
final class Wire {
    private Wire() {
    }

    static ByteBuffer buffer(byte[] backing) {
        return ByteBuffer.wrap(backing).order(ByteOrder.LITTLE_ENDIAN);
    }

    static void putString(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        b.putShort((short) bytes.length);
        b.put(bytes);
    }

    static String getString(ByteBuffer b) {
        int len = b.getShort() & 0xffff;
        byte[] bytes = new byte[len];
        b.get(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static void putBytes(ByteBuffer b, byte[] bytes) {
        b.putInt(bytes.length);
        b.put(bytes);
    }

    static byte[] getBytes(ByteBuffer b) {
        int len = b.getInt();
        if (len < 0 || len > b.remaining()) {
            throw new java.nio.BufferUnderflowException();
        }
        byte[] bytes = new byte[len];
        b.get(bytes);
        return bytes;
    }

    static void putStat(ByteBuffer b, FileStat s) {
        b.putInt(s.mode()).putInt(s.nlink()).putInt(s.uid()).putInt(s.gid());
        b.putLong(s.ino()).putLong(s.size()).putLong(s.blocks());
        b.putInt(s.blksize()).putInt(s.devMajor()).putInt(s.devMinor()).putInt(s.rdevMajor()).putInt(s.rdevMinor());
        b.putLong(s.atimeSec()).putInt(s.atimeNsec());
        b.putLong(s.mtimeSec()).putInt(s.mtimeNsec());
        b.putLong(s.ctimeSec()).putInt(s.ctimeNsec());
    }

    static FileStat getStat(ByteBuffer b) {
        return new FileStat(b.getInt(), b.getInt(), b.getInt(), b.getInt(), b.getLong(), b.getLong(), b.getLong(),
                b.getInt(), b.getInt(), b.getInt(), b.getInt(), b.getInt(),
                b.getLong(), b.getInt(), b.getLong(), b.getInt(), b.getLong(), b.getInt());
    }
}
