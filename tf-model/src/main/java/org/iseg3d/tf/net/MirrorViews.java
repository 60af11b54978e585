package org.iseg3d.tf.net;

import java.util.List;

/**
 * Left/right symmetrisation of the embedding at inference: the network sees the shape and its mirror image
 * (x → −x, normals too) as one batch of two, and a point's embedding is the two views' embeddings side by side,
 * each scaled by 1/√2, so that a distance is the root mean square of the two views' distances and the click radius
 * α keeps its meaning. The mirror image is an equally plausible shape (objects are mostly left/right symmetric, the
 * generator mirrors parts), so the second view averages out the network's handedness; measured on the benchmark
 * in tf-model/MODEL.md. Farthest point sampling and the kNN / 3-NN neighbourhoods depend on distances only, so the
 * mirror view reuses the grouping. Stateless.
 */
public final class MirrorViews {

    /** Views of the default learned embedding: the shape and its mirror image. */
    public static final int DEFAULT = 2;

    private MirrorViews() {}

    /** The rows of {@code views} (1 or 2) views stacked: the input rows, then (view 2) the same rows mirrored in x. */
    public static float[] rows(float[] rows6, int views) {
        check(views);
        if (views == 1) {
            return rows6;
        }
        float[] out = new float[2 * rows6.length];
        System.arraycopy(rows6, 0, out, 0, rows6.length);
        System.arraycopy(rows6, 0, out, rows6.length, rows6.length);
        for (int o = rows6.length; o < out.length; o += 6) {
            out[o] = -out[o]; // x
            out[o + 3] = -out[o + 3]; // n_x
        }
        return out;
    }

    /** The grouping of the stacked views: the same neighbourhoods in every view. */
    public static GroupingIndices grouping(GroupingIndices g, int views) {
        check(views);
        return views == 1 ? g : GroupingIndices.concat(List.of(g, g));
    }

    /**
     * The per-point embedding of N points from the network's output for the stacked views (views·N rows of d):
     * row i = (view 1 row i, view 2 row i, …) / √views; N·views·d floats.
     */
    public static float[] combine(float[] stacked, int n, int d, int views) {
        check(views);
        if (views == 1) {
            return stacked;
        }
        float s = (float) (1 / Math.sqrt(views));
        float[] out = new float[n * views * d];
        for (int v = 0; v < views; v++) {
            for (int i = 0; i < n; i++) {
                int src = (v * n + i) * d, dst = (i * views + v) * d;
                for (int k = 0; k < d; k++) {
                    out[dst + k] = s * stacked[src + k];
                }
            }
        }
        return out;
    }

    private static void check(int views) {
        if (views != 1 && views != 2) {
            throw new IllegalArgumentException("views must be 1 or 2, got " + views);
        }
    }
}
