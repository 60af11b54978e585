package org.iseg3d.tf.net;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java-side part of the losses of eq. 1-5 for a batch: global segment ids and the per-point and per-pair
 * weights that turn the graph's weighted sums into the paper's means, per shape, averaged over the batch.
 *
 * <p>For shape b with K_b non-empty segments and N_b points, in a batch of B shapes:
 * centreScale[i] = 1/|S_i| (eq. 1); ctrWeight[j] = 1/(K_b·|S_i|·B) for j in S_i (eq. 2);
 * every ordered pair (i, j), i ≠ j, of segments of the same shape gets pairWeight = 1/(K_b(K_b−1)·B) (eq. 3; a
 * shape with one segment contributes no pair, i.e. L_cte = 0 for it); regWeight[j] = 1/(N_b·B) (eq. 4).
 * Segments without points are dropped before counting K_b. Arrays are owned by the record.
 *
 * @param segmentOfPoint global segment id of every point (shapes' segments renumbered consecutively)
 * @param segmentCount   total non-empty segments S in the batch
 */
public record LossTargets(
        int[] segmentOfPoint,
        int segmentCount,
        float[] centreScale,
        float[] ctrWeight,
        int[] pairA,
        int[] pairB,
        float[] pairWeight,
        float[] regWeight) {

    /**
     * @param segmentOfPoint per shape, the segment id of each point (ids in [0, segments))
     * @param segments       per shape, the number of segment ids K it may use
     */
    public static LossTargets of(List<int[]> segmentOfPoint, int[] segments) {
        int batch = segmentOfPoint.size();
        if (batch == 0 || segments.length != batch) {
            throw new IllegalArgumentException("need one segment count per shape and at least one shape");
        }
        int total = segmentOfPoint.stream().mapToInt(a -> a.length).sum();
        int[] global = new int[total];
        float[] ctr = new float[total], reg = new float[total];
        List<Float> scale = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        List<Float> pairW = new ArrayList<>();
        int row = 0, next = 0;
        for (int b = 0; b < batch; b++) {
            int[] seg = segmentOfPoint.get(b);
            int[] count = new int[segments[b]];
            for (int s : seg) {
                if (s < 0 || s >= segments[b]) {
                    throw new IllegalArgumentException("segment id " + s + " outside [0, " + segments[b] + ")");
                }
                count[s]++;
            }
            int[] remap = new int[segments[b]];
            int k = 0;
            for (int s = 0; s < count.length; s++) {
                remap[s] = count[s] > 0 ? next + k++ : -1;
            }
            for (int s = 0; s < count.length; s++) {
                if (count[s] > 0) {
                    scale.add(1f / count[s]); // eq. 1: 1/|S_i|
                }
            }
            for (int j = 0; j < seg.length; j++) {
                global[row + j] = remap[seg[j]];
                ctr[row + j] = 1f / ((float) k * count[seg[j]] * batch); // eq. 2: 1/K · 1/|S_i|, batch mean
                reg[row + j] = 1f / ((float) seg.length * batch); // eq. 4: 1/N, batch mean
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    if (i != j) {
                        pairs.add(new int[] {next + i, next + j});
                        pairW.add(1f / ((float) k * (k - 1) * batch)); // eq. 3: 1/(K(K-1)), batch mean
                    }
                }
            }
            row += seg.length;
            next += k;
        }
        float[] cs = new float[scale.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = scale.get(i);
        }
        int[] pa = new int[pairs.size()], pb = new int[pairs.size()];
        float[] pw = new float[pairs.size()];
        for (int i = 0; i < pa.length; i++) {
            pa[i] = pairs.get(i)[0];
            pb[i] = pairs.get(i)[1];
            pw[i] = pairW.get(i);
        }
        return new LossTargets(global, next, cs, ctr, pa, pb, pw, reg);
    }
}
