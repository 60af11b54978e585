package org.iseg3d.core.click;

/**
 * Hyper-parameters of the click mechanism and its post-processing, with the paper's defaults (Sec. 4.1).
 * Each post-processing step can be switched off for ablation (Table 3).
 *
 * @param alpha          α, default radius of a positive click in embedding space (eq. 7); paper 0.35
 * @param outlierRemoval run Outlier Removal (Alg. 1)
 * @param nNeighbor      N_neighbor, vertex degree of the Euclidean kNN graph of Alg. 1; paper 3
 * @param smoothing      run Segment Smoothing (Alg. 2)
 * @param nIter          N_iter, smoothing passes; paper 5
 * @param nSmooth        N_smooth, neighbours looked at per point in Alg. 2; paper 32
 * @param gamma          γ, fraction of annotated neighbours above which a point is added (Alg. 2); paper 0.7
 */
public record ClickParams(
        float alpha, boolean outlierRemoval, int nNeighbor, boolean smoothing, int nIter, int nSmooth, float gamma) {

    public static final float DEFAULT_ALPHA = 0.35f;
    public static final int DEFAULT_N_NEIGHBOR = 3;
    public static final int DEFAULT_N_ITER = 5;
    public static final int DEFAULT_N_SMOOTH = 32;
    public static final float DEFAULT_GAMMA = 0.7f;

    /** The paper's settings: α 0.35, OR with N_neighbor 3, SS with N_iter 5, N_smooth 32, γ 0.7. */
    public static final ClickParams DEFAULTS = new ClickParams(
            DEFAULT_ALPHA, true, DEFAULT_N_NEIGHBOR, true, DEFAULT_N_ITER, DEFAULT_N_SMOOTH, DEFAULT_GAMMA);

    public ClickParams {
        if (!(alpha > 0) || !Float.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a positive number, got " + alpha);
        }
        if (nNeighbor < 1) {
            throw new IllegalArgumentException("nNeighbor must be >= 1, got " + nNeighbor);
        }
        if (nIter < 0 || nSmooth < 1) {
            throw new IllegalArgumentException("nIter must be >= 0 and nSmooth >= 1");
        }
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
        }
    }

    public ClickParams withAlpha(float a) {
        return new ClickParams(a, outlierRemoval, nNeighbor, smoothing, nIter, nSmooth, gamma);
    }

    public ClickParams withOutlierRemoval(boolean on) {
        return new ClickParams(alpha, on, nNeighbor, smoothing, nIter, nSmooth, gamma);
    }

    public ClickParams withSmoothing(boolean on) {
        return new ClickParams(alpha, outlierRemoval, nNeighbor, on, nIter, nSmooth, gamma);
    }

    /** Neighbours per point the shared kNN table must hold for these parameters. */
    public int neighborsNeeded() {
        return Math.max(nNeighbor, nSmooth);
    }
}
