package io.github.bcreactive.test.store;

/**
 * Deterministic hashing used to derive every generated value from the simulator seed.
 * The same inputs always give the same output, on every JVM.
 */
public final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * Mixes the inputs into one well-distributed 64-bit value (SplitMix64 finalizer).
     *
     * @param seed the base seed
     * @param a first discriminator (for example a row id)
     * @param b second discriminator (for example a field salt)
     * @return the mixed value
     */
    public static long hash(long seed, long a, long b) {
        return mix(mix(mix(seed + GOLDEN) ^ (a * GOLDEN)) + b * 0xD6E8FEB86659FD93L);
    }

    /**
     * Picks a value in {@code [0, bound)} from a hash.
     *
     * @param hash a value from {@link #hash(long, long, long)}
     * @param bound the exclusive upper bound, positive
     * @return a value in {@code [0, bound)}
     */
    public static int pick(long hash, int bound) {
        return (int) Math.floorMod(hash, (long) bound);
    }

    /**
     * Maps a hash to a double in {@code [0, 1)}.
     *
     * @param hash a value from {@link #hash(long, long, long)}
     * @return a double in {@code [0, 1)}
     */
    public static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
