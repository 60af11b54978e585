package org.iseg3d.tf.net;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.iseg3d.tf.train.StandInShapes;
import org.junit.jupiter.api.Test;

class GroupingBuilderTest {

    private static final NetConfig CFG =
            new NetConfig(4, 8, new int[][] {{8}, {8}, {8}}, new int[][] {{8}, {8}, {8}}, 4, new float[] {1, 1, 1});

    private static float[] cloud(int n, long i) {
        return new StandInShapes(9, n, 0).shape(i).cloud().xyz();
    }

    private static float d2(float[] a, int i, float[] b, int j) {
        float dx = a[3 * i] - b[3 * j], dy = a[3 * i + 1] - b[3 * j + 1], dz = a[3 * i + 2] - b[3 * j + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    @Test
    void farthestPointSamplingMatchesBruteForceDefinition() {
        float[] xyz = cloud(300, 0);
        int[] picks = FarthestPointSampling.sample(xyz, 40);
        assertEquals(40, Arrays.stream(picks).distinct().count());
        // first pick: farthest from the centroid
        float[] c = new float[3];
        for (int i = 0; i < 300; i++) {
            for (int a = 0; a < 3; a++) {
                c[a] += xyz[3 * i + a] / 300f;
            }
        }
        float best = 0;
        for (int i = 0; i < 300; i++) {
            best = Math.max(best, d2(xyz, i, c, 0));
        }
        assertEquals(best, d2(xyz, picks[0], c, 0), 1e-5f);
        // every later pick maximises the distance to the earlier picks
        for (int p = 1; p < picks.length; p++) {
            float far = -1, got = Float.MAX_VALUE;
            for (int i = 0; i < 300; i++) {
                float m = Float.MAX_VALUE;
                for (int q = 0; q < p; q++) {
                    m = Math.min(m, d2(xyz, i, xyz, picks[q]));
                }
                far = Math.max(far, m);
                if (i == picks[p]) {
                    got = m;
                }
            }
            assertEquals(far, got, 1e-6f, "pick " + p);
        }
        assertArrayEquals(picks, FarthestPointSampling.sample(xyz, 40), "deterministic");
    }

    @Test
    void knnGroupsAreTheBruteForceNearestAndPadded() {
        float[] below = cloud(200, 1);
        float[] cen = Arrays.copyOf(cloud(200, 2), 3 * 20);
        int k = 8;
        int[] g = GroupingBuilder.knnGroups(below, cen, k);
        for (int c = 0; c < 20; c++) {
            float[] all = new float[200];
            for (int i = 0; i < 200; i++) {
                all[i] = d2(below, i, cen, c);
            }
            float[] sorted = all.clone();
            Arrays.sort(sorted);
            for (int j = 0; j < k; j++) {
                assertEquals(sorted[j], all[g[c * k + j]], 1e-7f);
            }
        }
        int[] padded = GroupingBuilder.knnGroups(Arrays.copyOf(below, 9), cen, k); // 3 points < k
        assertTrue(Arrays.stream(padded).allMatch(i -> i >= 0 && i < 3));
    }

    @Test
    void interpolationUsesThreeNearestWithInverseDistanceWeights() {
        float[] coarse = cloud(50, 3), fine = cloud(120, 4);
        int[] idx = new int[360];
        float[] w = new float[360];
        GroupingBuilder.interpolation(coarse, fine, idx, w);
        for (int i = 0; i < 120; i++) {
            float[] all = new float[50];
            for (int j = 0; j < 50; j++) {
                all[j] = d2(fine, i, coarse, j);
            }
            float[] sorted = all.clone();
            Arrays.sort(sorted);
            double sum = 0, inv0 = 1 / Math.sqrt(all[idx[3 * i]]);
            for (int j = 0; j < 3; j++) {
                assertEquals(sorted[j], all[idx[3 * i + j]], 1e-7f);
                sum += w[3 * i + j];
                double invJ = 1 / Math.sqrt(all[idx[3 * i + j]]);
                assertEquals(invJ / inv0, w[3 * i + j] / w[3 * i], 1e-3); // w ∝ 1/d
            }
            assertEquals(1.0, sum, 1e-5);
        }
    }

    @Test
    void levelSizesAndBatchConcatenationOffsets() {
        GroupingBuilder b = new GroupingBuilder(CFG);
        GroupingIndices a = b.build(cloud(100, 5)), c = b.build(cloud(64, 6));
        assertArrayEquals(new int[] {100, 25, 7, 2}, a.levelSizes());
        GroupingIndices cat = GroupingIndices.concat(List.of(a, c));
        assertArrayEquals(new int[] {164, 41, 11, 3}, cat.levelSizes());
        assertEquals(a.centroids()[0][0], cat.centroids()[0][0]);
        assertEquals(c.centroids()[0][0] + 100, cat.centroids()[0][25]); // SA1 indexes level 0
        assertEquals(c.groups()[1][0] + 25, cat.groups()[1][7 * 8]); // SA2 indexes level 1
        assertEquals(c.interpIndex()[0][0] + 25, cat.interpIndex()[0][300]); // FP1 indexes level 1
        assertEquals(c.interpIndex()[2][0] + 2, cat.interpIndex()[2][21]); // FP3 indexes level 3
        assertEquals(c.interpWeight()[0][5], cat.interpWeight()[0][305]);
    }
}
