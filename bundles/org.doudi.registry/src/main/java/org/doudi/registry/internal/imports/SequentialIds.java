package org.doudi.registry.internal.imports;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Ids for imported households and persons: time-ordered UUIDs (version 7, RFC 9562) from one generator are
 * increasing, so a bulk import appends to the primary-key and foreign-key indexes instead of scattering random
 * UUIDs across them (measured: more than twice the insert rate on Derby). Layout: 48 bits of the generator's
 * creation time in milliseconds, 12 random bits fixed per generator, then a 62-bit counter starting at a random
 * multiple of 2^36 — two generators created in the same millisecond collide only if 36 random bits agree.
 * Not thread-safe: one generator per reading thread.
 */
final class SequentialIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final long millis;
    private final int node;
    private long counter;

    SequentialIds(Instant now) {
        millis = now.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        node = RANDOM.nextInt(1 << 12);
        counter = ((long) RANDOM.nextInt(1 << 24)) << 36;
    }

    /** The next id, greater than every id this generator gave before. */
    String next() {
        long n = counter++;
        char[] c = new char[36];
        hex(c, 0, millis >>> 16, 8);
        c[8] = '-';
        hex(c, 9, millis & 0xFFFF, 4);
        c[13] = '-';
        c[14] = '7';
        hex(c, 15, node, 3);
        c[18] = '-';
        hex(c, 19, 0x8000L | ((n >>> 48) & 0x3FFF), 4);
        c[23] = '-';
        hex(c, 24, n & 0xFFFF_FFFF_FFFFL, 12);
        return new String(c);
    }

    private static void hex(char[] c, int at, long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            c[at + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }
}
