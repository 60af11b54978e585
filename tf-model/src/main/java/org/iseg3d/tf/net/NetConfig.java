package org.iseg3d.tf.net;

import java.util.Arrays;

/**
 * Size of the PointNet++ SSG encoder-decoder (three set abstraction levels, three feature propagation levels,
 * a linear head). Validated in the compact constructor; {@link #DEFAULT} is the configuration of the shipped model
 * (see tf-model/MODEL.md for why).
 *
 * @param downsample     each set abstraction level keeps ceil(n / downsample) centroids of the level below
 *                       (4: 4096 → 1024 → 256 → 64 points)
 * @param k              neighbours per group (kNN grouping; fewer points are padded by repetition)
 * @param saMlps         per-point MLP widths of SA1..SA3
 * @param fpMlps         MLP widths of FP3 (to level 2), FP2 (to level 1), FP1 (to the input points)
 * @param embeddingDim   embedding size d of z_i = F(p_i)
 * @param relativeScales relative coordinates in a group of SA1..SA3 are multiplied by these, so that they are
 *                       of order 1 (a unit-sphere shape has group radii of roughly 0.1, 0.2, 0.4)
 */
public record NetConfig(
        int downsample, int k, int[][] saMlps, int[][] fpMlps, int embeddingDim, float[] relativeScales) {

    /** Input channels per point: xyz + normal. */
    public static final int INPUT_CHANNELS = 6;

    /** Levels of set abstraction (and of feature propagation). */
    public static final int LEVELS = 3;

    /** Neighbours of the inverse-distance interpolation in feature propagation. */
    public static final int INTERP_K = 3;

    public static final NetConfig DEFAULT = new NetConfig(
            4,
            32,
            new int[][] {{64, 64}, {128, 128}, {256, 256}},
            new int[][] {{256}, {128}, {128, 128}},
            32,
            new float[] {10f, 5f, 2.5f});

    public NetConfig {
        if (downsample < 2 || k < 1 || embeddingDim < 1) {
            throw new IllegalArgumentException("downsample must be >= 2, k and embeddingDim >= 1");
        }
        if (saMlps == null
                || saMlps.length != LEVELS
                || fpMlps == null
                || fpMlps.length != LEVELS
                || relativeScales == null
                || relativeScales.length != LEVELS) {
            throw new IllegalArgumentException("need " + LEVELS + " SA MLPs, FP MLPs and relative scales");
        }
        for (int[] m : saMlps) {
            requireWidths(m);
        }
        for (int[] m : fpMlps) {
            requireWidths(m);
        }
    }

    private static void requireWidths(int[] m) {
        if (m == null || m.length == 0 || Arrays.stream(m).anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("every MLP needs at least one layer of positive width");
        }
    }

    /** Points per level for an input of n points: [n, m1, m2, m3]. */
    public int[] levelSizes(int n) {
        int[] s = new int[LEVELS + 1];
        s[0] = n;
        for (int l = 1; l <= LEVELS; l++) {
            s[l] = (s[l - 1] + downsample - 1) / downsample;
        }
        return s;
    }

    /** Output width of SA level l (1..3). */
    public int saWidth(int l) {
        int[] m = saMlps[l - 1];
        return m[m.length - 1];
    }

    /** Output width of the FP layer that produces level l (0..2); FP1 produces level 0. */
    public int fpWidth(int l) {
        int[] m = fpMlps[LEVELS - 1 - l];
        return m[m.length - 1];
    }
}
