package io.runj.sentry.strace;

import io.runj.platform.Errno;
import io.runj.platform.NativeException;
import io.runj.platform.TraceeMemory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tracee address space made of the byte ranges a test puts into it; everything else is
 * unmapped, and reads of it fail with EFAULT as process_vm_readv does. Ranges that touch read as
 * one.
 */
final class FakeMemory implements TraceeMemory {

    private final TreeMap<Long, byte[]> ranges = new TreeMap<>();

    FakeMemory put(long addr, byte[] bytes) {
        ranges.put(addr, bytes.clone());
        return this;
    }

    /** The string's bytes (ISO-8859-1, so "\377" is one byte) and a terminating NUL. */
    FakeMemory putString(long addr, String s) {
        byte[] text = s.getBytes(StandardCharsets.ISO_8859_1);
        byte[] withNul = new byte[text.length + 1];
        System.arraycopy(text, 0, withNul, 0, text.length);
        return put(addr, withNul);
    }

    /** The string's bytes without a NUL. */
    FakeMemory putBytes(long addr, String s) {
        return put(addr, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    FakeMemory putWords(long addr, long... words) {
        ByteBuffer buf = ByteBuffer.allocate(8 * words.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : words) {
            buf.putLong(w);
        }
        return put(addr, buf.array());
    }

    FakeMemory putInts(long addr, int... ints) {
        ByteBuffer buf = ByteBuffer.allocate(4 * ints.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i : ints) {
            buf.putInt(i);
        }
        return put(addr, buf.array());
    }

    @Override
    public byte[] read(long addr, int len) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long cursor = addr;
        while (out.size() < len) {
            Map.Entry<Long, byte[]> range = ranges.floorEntry(cursor);
            if (range == null || cursor >= range.getKey() + range.getValue().length) {
                break;
            }
            int offset = (int) (cursor - range.getKey());
            int n = Math.min(len - out.size(), range.getValue().length - offset);
            out.write(range.getValue(), offset, n);
            cursor += n;
        }
        if (out.size() == 0 && len > 0) {
            throw new NativeException("process_vm_readv", Errno.EFAULT);
        }
        return out.toByteArray();
    }

    @Override
    public String readCString(long addr, int max) {
        if (addr == 0) {
            return null;
        }
        byte[] bytes = read(addr, max);
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }
}
