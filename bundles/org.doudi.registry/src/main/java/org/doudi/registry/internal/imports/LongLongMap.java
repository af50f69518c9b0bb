package org.doudi.registry.internal.imports;

/**
 * An open-addressing hash map from non-zero long keys to long values: 16 bytes an entry at most half full, so a
 * million ID numbers cost 32 MiB at worst instead of several hundred in boxed collections.
 */
final class LongLongMap {
    private static final long EMPTY = 0L;

    private long[] keys;
    private long[] values;
    private int size;

    LongLongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new long[capacity];
    }

    /** The value of {@code key}, or {@code absent}. */
    long get(long key, long absent) {
        int i = slot(keys, key);
        return keys[i] == key ? values[i] : absent;
    }

    boolean contains(long key) {
        return keys[slot(keys, key)] == key;
    }

    /** Puts {@code key} unless present; returns true when it was added. */
    boolean putIfAbsent(long key, long value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("0 is not a key");
        }
        int i = slot(keys, key);
        if (keys[i] == key) {
            return false;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) mix(key) & mask;
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    @Override
    public String toString() {
        return "LongLongMap[size=" + size + ", capacity=" + keys.length + "]";
    }

    /** A 64-bit hash of a text (FNV-1a), as a non-zero key. */
    static long keyOf(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }

    /** The first 17 digits of a normalised ID number as a key (the 18th, the check character, follows from them). */
    static long keyOfIdNumber(String idNumber) {
        long k = 0;
        for (int i = 0; i < 17; i++) {
            k = k * 10 + (idNumber.charAt(i) - '0');
        }
        return k;
    }
}
