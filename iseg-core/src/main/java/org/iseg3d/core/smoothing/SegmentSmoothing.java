package org.iseg3d.core.smoothing;

import org.iseg3d.core.knn.KnnTable;

/**
 * Segment Smoothing, Alg. 2 of iSeg3D (Sec. 3.3.2): an unannotated point whose N_smooth nearest neighbours are
 * more than γ annotated joins the segment; repeated N_iter times. Points are only ever added.
 *
 * <p>Each pass decides every point from the mask as it was at the start of the pass (a synchronous update), so
 * the result does not depend on point order. Passes stop early when nothing changes. O(N_iter · N · N_smooth);
 * stateless and thread-safe.
 */
public final class SegmentSmoothing {

    private SegmentSmoothing() {
    }

    /**
     * @param table   kNN table with at least {@code nSmooth} neighbours per point
     * @param mask    annotated points M (not modified)
     * @param nIter   N_iter, number of passes
     * @param nSmooth N_smooth, neighbours looked at
     * @param gamma   γ, the fraction that must be annotated (strictly exceeded, Alg. 2 line 4)
     * @return M^(ss), a superset of M
     */
    public static boolean[] apply(KnnTable table, boolean[] mask, int nIter, int nSmooth, float gamma) {
        if (nSmooth > table.k()) {
            throw new IllegalArgumentException("kNN table has " + table.k() + " neighbours, N_smooth is " + nSmooth);
        }
        int n = mask.length;
        int k = table.k();
        int[] nb = table.neighbors();
        boolean[] cur = mask.clone();
        boolean[] next = mask.clone();
        for (int it = 0; it < nIter; it++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (cur[i]) {
                    continue;
                }
                int annotated = 0; // |M ∩ B|
                for (int j = 0; j < nSmooth; j++) {
                    if (cur[nb[i * k + j]]) {
                        annotated++;
                    }
                }
                if (annotated > gamma * nSmooth) { // Alg. 2 line 4: |M ∩ B| / |B| > γ
                    next[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            System.arraycopy(next, 0, cur, 0, n);
        }
        return cur;
    }
}
