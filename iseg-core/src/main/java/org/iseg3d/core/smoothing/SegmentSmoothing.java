package org.iseg3d.core.smoothing;

import org.iseg3d.core.knn.KnnTable;
import org.iseg3d.core.knn.ReverseNeighbors;

/**
 * Segment Smoothing, Alg. 2 of iSeg3D (Sec. 3.3.2): an unannotated point whose N_smooth nearest neighbours are
 * more than γ annotated joins the segment; repeated N_iter times. Points are only ever added.
 *
 * <p>Each pass decides every point from the mask as it was at the start of the pass (a synchronous update), so
 * the result does not depend on point order. Passes stop early when nothing changes. O(N_iter · N · N_smooth);
 * stateless and thread-safe.
 */
public final class SegmentSmoothing {

    private SegmentSmoothing() {}

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

    /**
     * The same result as {@link #apply(KnnTable, boolean[], int, int, float)}, touching only candidates: a point's
     * count of annotated neighbours can only be positive (pass 1) or change (later passes) if one of its first
     * {@code nSmooth} neighbours was annotated (pass 1) or newly added (later passes), i.e. if it is in the reverse
     * row of such a point. O(N_iter · |changed| · N_smooth) instead of O(N_iter · N · N_smooth): at 1M points and a
     * part-sized mask, tens of times fewer neighbour reads. Pass 1 scans the unannotated points instead when the mask
     * is so large that its reverse rows are more reading, and counting stops as soon as a point's fate is decided.
     *
     * @param reverse the reverse of the table's first {@code nSmooth} columns ({@code reverse.columns() == nSmooth})
     */
    public static boolean[] apply(
            KnnTable table, ReverseNeighbors reverse, boolean[] mask, int nIter, int nSmooth, float gamma) {
        if (nSmooth > table.k() || reverse.columns() != nSmooth || reverse.size() != mask.length) {
            throw new IllegalArgumentException("reverse neighbours of " + reverse.columns() + " columns over "
                    + reverse.size() + " points do not match N_smooth " + nSmooth + " and " + mask.length + " points");
        }
        int n = mask.length;
        int k = table.k();
        int[] nb = table.neighbors();
        int[] rev = reverse.rows();
        boolean[] cur = mask.clone();
        int need = 0; // the smallest count with count > γ·N_smooth (the same float comparison as Alg. 2 line 4)
        while (need <= nSmooth && need <= gamma * nSmooth) {
            need++;
        }
        if (need > nSmooth || nIter == 0) {
            return cur; // no point can ever join
        }
        int misses = nSmooth - need; // more misses than this and a point cannot join
        int annotatedCount = countTrue(mask);
        int[] stamp = new int[n]; // pass number + 1 when a point was made a candidate in that pass
        int[] cand = new int[64];
        int nCand = 0;
        int[] changed;
        int nChanged;
        // pass 1: candidates are the reverse neighbours of the mask, or - when that is more reading than scanning the
        // unannotated points, which usually stop after misses + 1 neighbours - every unannotated point
        if ((long) annotatedCount * nSmooth <= (long) (n - annotatedCount) * (misses + 1)) {
            changed = new int[Math.max(16, annotatedCount)];
            nChanged = 0;
            for (int i = 0; i < n; i++) {
                if (mask[i]) {
                    changed[nChanged++] = i;
                }
            }
        } else {
            changed = null;
            nChanged = 0;
            cand = new int[Math.max(16, n - annotatedCount)];
            for (int i = 0; i < n; i++) {
                if (!cur[i]) {
                    cand[nCand++] = i;
                }
            }
        }
        for (int it = 0; it < nIter; it++) {
            if (changed != null) {
                nCand = 0;
                for (int c = 0; c < nChanged; c++) {
                    int j = changed[c];
                    for (int p = reverse.begin(j); p < reverse.end(j); p++) {
                        int i = rev[p];
                        if (!cur[i] && stamp[i] != it + 1) {
                            stamp[i] = it + 1;
                            if (nCand == cand.length) {
                                cand = java.util.Arrays.copyOf(cand, 2 * cand.length);
                            }
                            cand[nCand++] = i;
                        }
                    }
                }
            }
            int nAdded = 0;
            for (int c = 0; c < nCand; c++) { // decide every candidate against the mask at the start of the pass
                int i = cand[c];
                int annotated = 0, missed = 0;
                for (int j = 0, o = i * k; j < nSmooth; j++) {
                    if (cur[nb[o + j]]) {
                        if (++annotated >= need) {
                            break;
                        }
                    } else if (++missed > misses) {
                        break;
                    }
                }
                if (annotated >= need) {
                    cand[nAdded++] = i; // cand[0..nAdded) now holds the additions (nAdded <= c)
                }
            }
            if (nAdded == 0) {
                break;
            }
            for (int c = 0; c < nAdded; c++) {
                cur[cand[c]] = true;
            }
            if (changed == null || changed.length < nAdded) {
                changed = new int[Math.max(16, nAdded)];
            }
            System.arraycopy(cand, 0, changed, 0, nAdded);
            nChanged = nAdded;
        }
        return cur;
    }

    private static int countTrue(boolean[] m) {
        int c = 0;
        for (boolean b : m) {
            if (b) {
                c++;
            }
        }
        return c;
    }
}
