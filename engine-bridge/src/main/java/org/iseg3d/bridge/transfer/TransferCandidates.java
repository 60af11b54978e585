package org.iseg3d.bridge.transfer;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.SampleIndex;

/**
 * The voters of every triangle in {@link LabelTransfer}, with their weights, as CSR arrays: the candidates of
 * triangle t are {@code cand[off[t]..off[t+1])} with weights {@code w[..]}. Computed once per soup and sample set
 * (all the kNN queries, parallel over triangles); {@link #vote} then needs no tree. Immutable and thread-safe.
 *
 * @param off  CSR offsets over triangles (M + 1)
 * @param cand candidate point indices
 * @param w    candidate weights 1 / (d² + h²), h² = model area / samples
 */
record TransferCandidates(int[] off, int[] cand, float[] w) {

    /** Triangles per preparation task: large enough that neighbouring mesh rows share cells within a task. */
    private static final int PREP_CHUNK = 16384;
    /** Points fetched per shared cell query, in multiples of k. */
    private static final int CELL_CANDIDATES = 2;
    /** Cell side for shared queries, as a fraction of the sample spacing h. */
    private static final float CELL_FRACTION = 0.5f;

    /**
     * The candidates of every triangle (rule in {@link LabelTransfer}).
     *
     * @param cancelled polled per preparation task; when true a {@link CancellationException} is thrown
     */
    static TransferCandidates of(
            TriangleSoup soup,
            SampleIndex index,
            int[] triangleOfPoint,
            TransferParams params,
            BooleanSupplier cancelled) {
        int m = soup.triangleCount();
        int n = index.size();
        if (triangleOfPoint.length != n) {
            throw new IllegalArgumentException("one triangle per point expected");
        }
        float[] p = soup.positions();
        double[] areas = soup.areas();
        // h²: the area one sample stands for, over the whole model (never per Geometry: issue 12)
        float hh = (float) Math.max(soup.totalArea() / n, 1e-20);
        float cs = (float) Math.sqrt(hh) * CELL_FRACTION;
        float largeArea = params.largeTriangleFactor() * hh;

        // points lying on each triangle (CSR)
        int[] onOff = new int[m + 1];
        for (int t : triangleOfPoint) {
            if (t >= 0) {
                onOff[t + 1]++;
            }
        }
        for (int t = 0; t < m; t++) {
            onOff[t + 1] += onOff[t];
        }
        int[] onPts = new int[onOff[m]];
        int[] fill = new int[m];
        for (int i = 0; i < n; i++) {
            int t = triangleOfPoint[i];
            if (t >= 0) {
                onPts[onOff[t] + fill[t]++] = i;
            }
        }

        int k = params.k();
        int kk = Math.min(k, n);
        int[] off = new int[m + 1];
        for (int t = 0; t < m; t++) {
            int queries = areas[t] > largeArea ? 4 : 1;
            off[t + 1] = off[t] + queries * kk + (onOff[t + 1] - onOff[t]);
        }
        int[] cand = new int[off[m]];
        float[] w = new float[off[m]];
        IntStream.range(0, (m + PREP_CHUNK - 1) / PREP_CHUNK).parallel().forEach(chunk -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("label transfer preparation cancelled");
            }
            int[] idx = new int[CELL_CANDIDATES * k];
            float[] dSq = new float[CELL_CANDIDATES * k];
            CellCache cache = new CellCache(CELL_CANDIDATES * k);
            int end = Math.min(m, (chunk + 1) * PREP_CHUNK);
            for (int t = chunk * PREP_CHUNK; t < end; t++) {
                int o = 9 * t;
                float ax = p[o], ay = p[o + 1], az = p[o + 2];
                float bx = p[o + 3], by = p[o + 4], bz = p[o + 5];
                float cx = p[o + 6], cy = p[o + 7], cz = p[o + 8];
                float mx = (ax + bx + cx) / 3, my = (ay + by + cy) / 3, mz = (az + bz + cz) / 3;
                int wpos = off[t];
                int onCount = onOff[t + 1] - onOff[t];
                int queried = off[t + 1] - off[t] - onCount;
                int found;
                if (areas[t] > largeArea) {
                    // large triangle: exact queries at the centroid and the corner sub-triangles
                    found = index.knn(mx, my, mz, k, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                    found = index.knn(
                            (4 * ax + bx + cx) / 6, (4 * ay + by + cy) / 6, (4 * az + bz + cz) / 6, k, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                    found = index.knn(
                            (ax + 4 * bx + cx) / 6, (ay + 4 * by + cy) / 6, (az + 4 * bz + cz) / 6, k, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                    found = index.knn(
                            (ax + bx + 4 * cx) / 6, (ay + by + 4 * cy) / 6, (az + bz + 4 * cz) / 6, k, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                } else {
                    // Deviation from one exact query per triangle, for speed on dense meshes: small triangles in the
                    // same cell (side h/2) share one query for the 2k points nearest the cell centre, and each keeps
                    // the k of those nearest its own centroid.
                    int ix = (int) Math.floor(mx / cs), iy = (int) Math.floor(my / cs), iz = (int) Math.floor(mz / cs);
                    int slot = cache.lookup(0, ix, iy, iz);
                    if (slot < 0) {
                        slot = -slot - 1;
                        int f2 = index.knn(
                                (ix + 0.5f) * cs, (iy + 0.5f) * cs, (iz + 0.5f) * cs, CELL_CANDIDATES * k, idx, dSq);
                        cache.store(slot, idx, f2);
                    }
                    found = cache.nearest(slot, index.xyz(), mx, my, mz, queried, idx, dSq);
                    wpos = put(cand, w, wpos, idx, dSq, found, hh);
                }
                float wOn = 1f / hh; // points on the triangle: distance 0
                for (int j = onOff[t]; j < onOff[t + 1]; j++) {
                    cand[wpos] = onPts[j];
                    w[wpos++] = wOn;
                }
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("label transfer preparation cancelled");
        }
        return new TransferCandidates(off, cand, w);
    }

    private static int put(int[] cand, float[] w, int wpos, int[] idx, float[] dSq, int found, float hh) {
        for (int j = 0; j < found; j++) {
            cand[wpos] = idx[j];
            w[wpos++] = 1f / (dSq[j] + hh);
        }
        return wpos;
    }

    /**
     * The label of triangle {@code t}: weighted majority over its candidates (ties: the earliest candidate's);
     * O(c·distinct labels).
     */
    int vote(int[] labelOfPoint, int t) {
        int from = off[t];
        int to = off[t + 1];
        int best = labelOfPoint[cand[from]];
        float bestW = -1;
        for (int j = from; j < to; j++) {
            int l = labelOfPoint[cand[j]];
            boolean seen = false;
            for (int i = from; i < j; i++) {
                if (labelOfPoint[cand[i]] == l) {
                    seen = true;
                    break;
                }
            }
            if (seen) {
                continue;
            }
            float s = 0;
            for (int i = j; i < to; i++) {
                if (labelOfPoint[cand[i]] == l) {
                    s += w[i];
                }
            }
            if (s > bestW) {
                bestW = s;
                best = l;
            }
        }
        return best;
    }
}
