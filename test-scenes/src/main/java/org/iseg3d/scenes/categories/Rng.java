package org.iseg3d.scenes.categories;

import java.util.SplittableRandom;

/** Small convenience wrapper around a seeded {@link SplittableRandom}. */
public final class Rng {

    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Uniform in [lo, hi). */
    public double range(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    public int rangeInt(int lo, int hiInclusive) {
        return lo + random.nextInt(hiInclusive - lo + 1);
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
