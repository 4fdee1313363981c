package io.runj.platform.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * tid -> value with open addressing on int keys, so looking up the task of each stop neither boxes
 * nor allocates. Tids are positive; 0 marks a free slot, -1 a deleted one.
 */
final class TidMap<V> {
    private int[] keys = new int[64];
    private Object[] values = new Object[64];
    private int used;
    private int size;

    @SuppressWarnings("unchecked")
    V get(int tid) {
        int mask = keys.length - 1;
        for (int i = mix(tid) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == tid) {
                return (V) values[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    void put(int tid, V value) {
        if ((used + 1) * 2 > keys.length) {
            rehash(size * 2 + 2 > keys.length ? keys.length * 2 : keys.length);
        }
        int mask = keys.length - 1;
        int free = -1;
        for (int i = mix(tid) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == tid) {
                values[i] = value;
                return;
            }
            if (k == -1 && free < 0) {
                free = i;
            }
            if (k == 0) {
                if (free < 0) {
                    free = i;
                    used++;
                }
                keys[free] = tid;
                values[free] = value;
                size++;
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    V remove(int tid) {
        int mask = keys.length - 1;
        for (int i = mix(tid) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == tid) {
                V v = (V) values[i];
                keys[i] = -1;
                values[i] = null;
                size--;
                return v;
            }
            if (k == 0) {
                return null;
            }
        }
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    List<V> values() {
        List<V> out = new ArrayList<>(size);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] > 0) {
                out.add((V) values[i]);
            }
        }
        return out;
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[capacity];
        values = new Object[capacity];
        used = 0;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] > 0) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }

    private static int mix(int x) {
        return x * 0x9E3779B9 >>> 7;
    }
}
