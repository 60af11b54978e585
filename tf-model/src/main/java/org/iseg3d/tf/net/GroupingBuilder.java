package org.iseg3d.tf.net;

import org.iseg3d.core.knn.KdTree;

/**
 * Computes the {@link GroupingIndices} of one shape for a {@link NetConfig}: farthest point sampling of the
 * centroids of each level, kNN grouping (k neighbours of each centroid in the level below, with a k-d tree) and the
 * 3-NN inverse-distance interpolation of feature propagation, w_j = (1/d_j) / Σ 1/d (PointNet++ eq. 2, p = 1).
 *
 * <p>Cost for n points: FPS O(n·n/4) dominates, kNN O(n·k log n). Stateless and thread-safe (the prefetch thread
 * and the embedder call it concurrently).
 */
public final class GroupingBuilder {

    /** Added to interpolation distances so a coinciding point gets (almost) all the weight without dividing by 0. */
    static final float INTERP_EPS = 1e-8f;

    private final NetConfig config;

    public GroupingBuilder(NetConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    /** Groups a cloud given as 3n coordinates (normalised into the unit sphere by the caller). */
    public GroupingIndices build(float[] xyz) {
        int n = xyz.length / 3;
        if (n < 1 || xyz.length % 3 != 0) {
            throw new IllegalArgumentException("need at least one point (3n coordinates)");
        }
        int levels = NetConfig.LEVELS;
        int[] sizes = config.levelSizes(n);
        float[][] pos = new float[levels + 1][];
        pos[0] = xyz;
        int[][] cen = new int[levels][], grp = new int[levels][], idx = new int[levels][];
        float[][] w = new float[levels][];
        for (int l = 1; l <= levels; l++) {
            float[] below = pos[l - 1];
            cen[l - 1] = FarthestPointSampling.sample(below, sizes[l]);
            pos[l] = select(below, cen[l - 1]);
            grp[l - 1] = knnGroups(below, pos[l], config.k());
        }
        for (int l = 1; l <= levels; l++) {
            int[] ii = new int[NetConfig.INTERP_K * sizes[l - 1]];
            float[] ww = new float[ii.length];
            interpolation(pos[l], pos[l - 1], ii, ww);
            idx[l - 1] = ii;
            w[l - 1] = ww;
        }
        return new GroupingIndices(sizes, cen, grp, idx, w);
    }

    private static float[] select(float[] xyz, int[] rows) {
        float[] out = new float[3 * rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(xyz, 3 * rows[i], out, 3 * i, 3);
        }
        return out;
    }

    /** k nearest rows of {@code below} for each centroid, nearest first; padded by repeating if fewer exist. */
    static int[] knnGroups(float[] below, float[] centroids, int k) {
        KdTree tree = new KdTree(below);
        int m = centroids.length / 3;
        int[] out = new int[m * k];
        int[] nb = new int[k];
        float[] d = new float[k];
        for (int c = 0; c < m; c++) {
            int found = tree.knn(centroids[3 * c], centroids[3 * c + 1], centroids[3 * c + 2], k, nb, d);
            for (int j = 0; j < k; j++) {
                out[c * k + j] = nb[j % found]; // padding by repetition leaves the max-pool unchanged
            }
        }
        return out;
    }

    /** For each fine point, its 3 nearest coarse points and normalised inverse-distance weights. */
    static void interpolation(float[] coarse, float[] fine, int[] outIdx, float[] outW) {
        KdTree tree = new KdTree(coarse);
        int kk = NetConfig.INTERP_K;
        int n = fine.length / 3;
        int[] nb = new int[kk];
        float[] dSq = new float[kk];
        for (int i = 0; i < n; i++) {
            int found = tree.knn(fine[3 * i], fine[3 * i + 1], fine[3 * i + 2], kk, nb, dSq);
            float sum = 0f;
            for (int j = 0; j < kk; j++) {
                int s = j % found;
                float inv = j < found ? 1f / ((float) Math.sqrt(dSq[s]) + INTERP_EPS) : 0f;
                outIdx[kk * i + j] = nb[s];
                outW[kk * i + j] = inv;
                sum += inv;
            }
            for (int j = 0; j < kk; j++) {
                outW[kk * i + j] /= sum;
            }
        }
    }
}
