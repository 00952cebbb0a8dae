package org.gongpei.planning;

import java.util.Random;

/**
 * Independent, reproducible random streams. {@code new Random(seed + 1)} and {@code new Random(seed)}
 * start with nearly equal values (the generator's first step barely mixes the seed), so every stream
 * here is seeded with a MurmurHash3-finalised combination of all its key parts instead.
 */
public final class SeededRandom {

    private SeededRandom() {
    }

    /**
     * @param seed the dataset's seed
     * @param keys what the stream is for (stage, date, index…), in a fixed order
     * @return a {@link Random} that depends on every key, and on nothing else
     */
    public static Random of(long seed, long... keys) {
        long h = mix(seed);
        for (long key : keys) {
            h = mix(h + key);
        }
        return new Random(h);
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
