package org.iseg3d.tf.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;

/**
 * Procedural "ABC Reshuffle" training shapes (iSeg3D, Sec. 3.1): a random number of primitives (2-12) from
 * {@link PrimitiveFactory} composed by {@link Assembler} into a CAD-like shape, sampled by {@link SurfaceSampling}
 * into N points with oriented normals; each point's segment is its primitive. We have no ABC models, so the
 * primitive repository is procedural ({@link PrimitiveKind}).
 *
 * <p>Shape {@code i} depends only on (seed, points, params, i): it uses its own {@link SplittableRandom} seeded by
 * SplitMix64-mixing seed and index. The generator is immutable and thread-safe; shapes may be made in any order and
 * on any thread. Cost: a few milliseconds per shape (see {@code tf-model/README.md}).
 */
public final class ReshuffleGenerator {

    private final long seed;
    private final ReshuffleParams params;

    public ReshuffleGenerator(long seed, int points) {
        this(seed, ReshuffleParams.defaults(points));
    }

    public ReshuffleGenerator(long seed, ReshuffleParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        this.seed = seed;
        this.params = params;
    }

    public ReshuffleParams params() {
        return params;
    }

    /** Training shape number {@code index}; deterministic in (seed, points, index). */
    public TrainingShape shape(long index) {
        for (int attempt = 0; ; attempt++) {
            SplittableRandom rnd = new SplittableRandom(mix(mix(seed) ^ index) + attempt);
            List<Soup> parts = parts(assemble(rnd));
            if (parts.size() >= 2 || attempt >= 8) {
                TrainingShape shape = SurfaceSampling.sample(parts, params.points(), rnd);
                if (shape.segments() >= 2 || attempt >= 8) {
                    return shape;
                }
            }
        }
    }

    /** The assembled primitives of shape {@code index} before the area floor and sampling (for tests and previews). */
    List<Assembler.Part> assembly(long index) {
        return assemble(new SplittableRandom(mix(mix(seed) ^ index)));
    }

    private List<Assembler.Part> assemble(SplittableRandom rnd) {
        int target = params.minParts() + rnd.nextInt(params.maxParts() - params.minParts() + 1);
        return new Assembler(rnd, params).assemble(target);
    }

    /** Leaves out leaf parts (nothing attached to them) below the area floor. */
    private List<Soup> parts(List<Assembler.Part> parts) {
        double total = 0;
        double[] area = new double[parts.size()];
        boolean[] hasChild = new boolean[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            area[p] = parts.get(p).soup().area();
            total += area[p];
            if (parts.get(p).parent() >= 0) {
                hasChild[parts.get(p).parent()] = true;
            }
        }
        List<Soup> kept = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            if (hasChild[p] || area[p] >= params.minAreaFraction() * total) {
                kept.add(parts.get(p).soup());
            }
        }
        return kept;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
