package org.iseg3d.tf.net;

import java.util.List;

/**
 * The sampling and grouping indices of one shape (or of a batch, concatenated), computed in Java because TensorFlow
 * Java has no sampling or grouping ops, and fed to the graph as int/float tensors; the graph gathers with them so
 * gradients flow into the features.
 *
 * <p>Levels: 0 = the input points, 1..3 = the centroids of set abstraction SA1..SA3. All indices are flat row
 * indices into the (batch-concatenated) rows of a level. Arrays are owned by the record; do not modify them.
 *
 * @param levelSizes   points per level, [n, m1, m2, m3] (summed over the batch)
 * @param centroids    centroids[l-1]: for SA l, the m_l rows of level l-1 that become level l
 * @param groups       groups[l-1]: for SA l, k rows of level l-1 per centroid (m_l·k, centroid-major)
 * @param interpIndex  interpIndex[l-1]: for FP l (level l → level l-1), 3 rows of level l per row of level l-1
 * @param interpWeight interpWeight[l-1]: the matching inverse-distance weights, each triple sums to 1
 */
public record GroupingIndices(
        int[] levelSizes, int[][] centroids, int[][] groups, int[][] interpIndex, float[][] interpWeight) {

    public GroupingIndices {
        int levels = NetConfig.LEVELS;
        if (levelSizes == null
                || levelSizes.length != levels + 1
                || centroids.length != levels
                || groups.length != levels
                || interpIndex.length != levels
                || interpWeight.length != levels) {
            throw new IllegalArgumentException("grouping needs " + levels + " levels");
        }
        for (int l = 1; l <= levels; l++) {
            if (centroids[l - 1].length != levelSizes[l]
                    || groups[l - 1].length % levelSizes[l] != 0
                    || interpIndex[l - 1].length != NetConfig.INTERP_K * levelSizes[l - 1]
                    || interpWeight[l - 1].length != interpIndex[l - 1].length) {
                throw new IllegalArgumentException("grouping arrays of level " + l + " do not match the level sizes");
            }
        }
    }

    /** Number of input points (rows of level 0). */
    public int points() {
        return levelSizes[0];
    }

    /**
     * Concatenates the groupings of several shapes into one batch: rows of each level are stacked in list order
     * and every index is shifted by the rows of the shapes before it.
     */
    public static GroupingIndices concat(List<GroupingIndices> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int levels = NetConfig.LEVELS;
        int[] sizes = new int[levels + 1];
        for (GroupingIndices g : parts) {
            for (int l = 0; l <= levels; l++) {
                sizes[l] += g.levelSizes[l];
            }
        }
        int[][] cen = new int[levels][], grp = new int[levels][], idx = new int[levels][];
        float[][] w = new float[levels][];
        for (int l = 1; l <= levels; l++) {
            int li = l - 1;
            cen[li] = new int[sizes[l]];
            grp[li] = new int[parts.stream().mapToInt(g -> g.groups[li].length).sum()];
            idx[li] = new int[NetConfig.INTERP_K * sizes[l - 1]];
            w[li] = new float[idx[li].length];
            int below = 0, here = 0, c = 0, g = 0, t = 0;
            for (GroupingIndices p : parts) {
                c = shifted(p.centroids[li], below, cen[li], c); // rows of level l-1
                g = shifted(p.groups[li], below, grp[li], g);
                System.arraycopy(p.interpWeight[li], 0, w[li], t, p.interpWeight[li].length);
                t = shifted(p.interpIndex[li], here, idx[li], t); // rows of level l
                below += p.levelSizes[l - 1];
                here += p.levelSizes[l];
            }
        }
        return new GroupingIndices(sizes, cen, grp, idx, w);
    }

    private static int shifted(int[] src, int offset, int[] dst, int at) {
        for (int i = 0; i < src.length; i++) {
            dst[at + i] = src[i] + offset;
        }
        return at + src.length;
    }
}
