package org.iseg3d.core.smoothing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.iseg3d.core.knn.KnnTable;
import org.iseg3d.core.knn.ReverseNeighbors;
import org.junit.jupiter.api.Test;

/** The frontier Segment Smoothing gives exactly the full-scan result (Alg. 2 as written). */
class SegmentSmoothingFrontierTest {

    @Test
    void frontierEqualsFullScanOnRandomMasks() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 3000;
        float[] xyz = new float[3 * n];
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] = (float) rnd.nextDouble();
        }
        // duplicated points exercise repeated entries in kNN rows
        System.arraycopy(xyz, 0, xyz, 3 * 100, 3 * 50);
        KnnTable table = KnnTable.build(xyz, 32);
        for (int nSmooth : new int[] {1, 4, 16, 32}) {
            ReverseNeighbors rev = ReverseNeighbors.of(table, nSmooth);
            for (int trial = 0; trial < 12; trial++) {
                // a noisy ball: a part-like mask with holes and specks
                int c = rnd.nextInt(n);
                double r2 = 0.02 + 0.1 * rnd.nextDouble();
                boolean[] mask = new boolean[n];
                for (int i = 0; i < n; i++) {
                    double dx = xyz[3 * i] - xyz[3 * c],
                            dy = xyz[3 * i + 1] - xyz[3 * c + 1],
                            dz = xyz[3 * i + 2] - xyz[3 * c + 2];
                    boolean in = dx * dx + dy * dy + dz * dz < r2;
                    // trials 6+ take the complement: large masks, where pass 1 scans instead of following the frontier
                    mask[i] = (trial >= 6) ^ (rnd.nextInt(10) == 0 ? !in : in);
                }
                float gamma = new float[] {0f, 0.5f, 0.7f, 1f}[trial % 4];
                int nIter = trial % 6;
                assertArrayEquals(
                        SegmentSmoothing.apply(table, mask, nIter, nSmooth, gamma),
                        SegmentSmoothing.apply(table, rev, mask, nIter, nSmooth, gamma),
                        "nSmooth " + nSmooth + ", trial " + trial);
            }
        }
    }
}
