package org.iseg3d.core.embed;

/**
 * Per-shape normalisation of an embedding (N·d floats, row-major), so that one click radius α fits every shape.
 *
 * <ul>
 *   <li>{@link #unitSphere}: centre the embeddings on their mean and scale them so that the farthest one lies at
 *   distance 1. Used for coordinate-like embeddings (the xyz floor): distances become fractions of the shape's
 *   radius, independent of its size and units.</li>
 *   <li>{@link #unitLength}: scale each row to unit L2 norm. Used for histograms (FPFH): distances then compare
 *   histogram shapes, not their mass, and lie in [0, √2] for non-negative rows.</li>
 * </ul>
 * A learned embedding is used as trained (its scale is set by the margins ε_ctr, ε_cte of eq. 2-3).
 * Both methods work in place and return the same array. O(N·d).
 */
public final class EmbeddingNormalization {

    private EmbeddingNormalization() {}

    /** Centres rows on their mean and scales so the largest row norm is 1. */
    public static float[] unitSphere(float[] emb, int d) {
        int n = emb.length / d;
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                mean[c] += emb[i * d + c];
            }
        }
        for (int c = 0; c < d; c++) {
            mean[c] /= n;
        }
        double maxSq = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                float v = (float) (emb[i * d + c] - mean[c]);
                emb[i * d + c] = v;
                s += v * v;
            }
            maxSq = Math.max(maxSq, s);
        }
        if (maxSq > 0) {
            float scale = (float) (1.0 / Math.sqrt(maxSq));
            for (int i = 0; i < emb.length; i++) {
                emb[i] *= scale;
            }
        }
        return emb;
    }

    /** Scales each row to unit L2 norm; all-zero rows stay zero. */
    public static float[] unitLength(float[] emb, int d) {
        int n = emb.length / d;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int c = 0; c < d; c++) {
                s += emb[i * d + c] * emb[i * d + c];
            }
            if (s > 0) {
                float inv = (float) (1.0 / Math.sqrt(s));
                for (int c = 0; c < d; c++) {
                    emb[i * d + c] *= inv;
                }
            }
        }
        return emb;
    }
}
