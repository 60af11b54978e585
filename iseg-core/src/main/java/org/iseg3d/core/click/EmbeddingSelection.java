package org.iseg3d.core.click;

/**
 * The iSeg3D selection in embedding space: radii from eq. (7)-(8) ({@link NegativeClickRule}), then the union
 * of embedding balls of eq. (6) ({@link PositiveClickRule}). Squared distances from each positive click to all
 * points are cached, so a new click costs O(N·d) once and re-selecting O(N·|C_pos|). Not thread-safe.
 */
public final class EmbeddingSelection implements SelectionRule {

    private final float[] emb;
    private final int d;
    private final float alpha;
    /** Rows kept at most; a shape's session rarely has more clicks, the simulator's greedy candidates may. */
    private static final int CACHE_ROWS = 256;

    private final java.util.Map<Integer, float[]> distSqCache = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Integer, float[]> eldest) {
            return size() > CACHE_ROWS;
        }
    };

    /**
     * @param emb   N·d embeddings, normalised as the embedder documents
     * @param d     embedding size
     * @param alpha α, the default click radius (eq. 7)
     */
    public EmbeddingSelection(float[] emb, int d, float alpha) {
        if (d < 1 || emb.length == 0 || emb.length % d != 0) {
            throw new IllegalArgumentException(
                    "embedding must hold N·d floats with d >= 1, got " + emb.length + " floats for d=" + d);
        }
        for (float v : emb) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("embedding contains a non-finite value");
            }
        }
        this.emb = emb;
        this.d = d;
        this.alpha = alpha;
    }

    public int size() {
        return emb.length / d;
    }

    /** Squared embedding distances from point c to every point (cached). */
    private float[] distSqFrom(int c) {
        return distSqCache.computeIfAbsent(c, cc -> {
            int n = emb.length / d;
            float[] out = new float[n];
            int o = cc * d;
            if (n < PARALLEL_ROWS) {
                fill(out, o, 0, n);
            } else { // large clouds: chunks on the common pool (each writes only its own range)
                int chunks = (n + PARALLEL_ROWS - 1) / PARALLEL_ROWS;
                java.util.stream.IntStream.range(0, chunks)
                        .parallel()
                        .forEach(k -> fill(out, o, k * PARALLEL_ROWS, Math.min(n, (k + 1) * PARALLEL_ROWS)));
            }
            return out;
        });
    }

    /** Points per chunk of a parallel distance row; smaller clouds are computed on the calling thread. */
    private static final int PARALLEL_ROWS = 1 << 15;

    private void fill(float[] out, int o, int from, int to) {
        for (int i = from; i < to; i++) {
            float s = 0;
            int b = i * d;
            for (int a = 0; a < d; a++) {
                float diff = emb[b + a] - emb[o + a];
                s += diff * diff;
            }
            out[i] = s;
        }
    }

    @Override
    public boolean[] select(int[] positives, int[] negatives) {
        float[][] rows = new float[positives.length][];
        for (int t = 0; t < positives.length; t++) {
            rows[t] = distSqFrom(positives[t]);
        }
        float[] radii = NegativeClickRule.radii(rows, negatives, alpha); // Eq. (7)-(8)
        return PositiveClickRule.annotate(rows, radii); // Eq. (6)
    }
}
