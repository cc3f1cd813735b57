package vn.dxhub.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * Allocation-free hashing that makes the simulated data deterministic: the same (source, period, index)
 * always gives the same record, so tests can predict it and millions of records need no storage.
 */
final class Mix {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {}

    /** A seed for a text key such as {@code "01|2025Q3"} (FNV-1a over UTF-8, then mixed). */
    static long of(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The hash of record {@code index} under a seed. */
    static long at(long seed, long index) {
        return mix(seed + GOLDEN * (index + 1));
    }

    /** An independent hash for another decision about the same record. */
    static long salt(long hash, int salt) {
        return mix(hash ^ (GOLDEN * salt));
    }

    /** 0 (inclusive) to bound (exclusive). */
    static int below(long hash, int bound) {
        return (int) Long.remainderUnsigned(hash, bound);
    }

    /** 0 (inclusive) to 1 (exclusive). */
    static double fraction(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
