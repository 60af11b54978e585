package org.iseg3d.core.knn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.iseg3d.core.TestClouds;
import org.junit.jupiter.api.Test;

class KdTreeTest {

    @Test
    void knnMatchesBruteForceOnRandomPoints() {
        float[] xyz = TestClouds.randomBox(3000, 7, 1, 2, 0.5f).xyz();
        KdTree tree = new KdTree(xyz);
        SplittableRandom r = new SplittableRandom(3);
        int k = 12;
        int[] idx = new int[k];
        float[] d = new float[k];
        for (int q = 0; q < 200; q++) {
            float qx = (float) r.nextDouble(-0.2, 1.2),
                    qy = (float) r.nextDouble(-0.2, 2.2),
                    qz = (float) r.nextDouble(-0.2, 0.7);
            assertEquals(k, tree.knn(qx, qy, qz, k, idx, d));
            float[] all = new float[xyz.length / 3];
            for (int i = 0; i < all.length; i++) {
                float dx = xyz[3 * i] - qx, dy = xyz[3 * i + 1] - qy, dz = xyz[3 * i + 2] - qz;
                all[i] = dx * dx + dy * dy + dz * dz;
            }
            float[] sorted = all.clone();
            Arrays.sort(sorted);
            for (int j = 0; j < k; j++) {
                assertEquals(sorted[j], d[j], 1e-7f, "distance rank " + j);
                assertEquals(all[idx[j]], d[j], 1e-7f, "index/distance mismatch at " + j);
            }
        }
    }

    @Test
    void handlesDuplicatesAndTinyClouds() {
        float[] xyz = {0, 0, 0, 0, 0, 0, 1, 0, 0};
        KdTree tree = new KdTree(xyz);
        int[] idx = new int[5];
        float[] d = new float[5];
        assertEquals(3, tree.knn(0.9f, 0, 0, 5, idx, d));
        assertEquals(2, idx[0]);
        assertEquals(0.01f, d[0], 1e-6f);
        assertEquals(2, tree.nearest(5, 0, 0));
    }

    @Test
    void knnTableExcludesSelfAndIsSorted() {
        float[] xyz = TestClouds.line(10, 1f).xyz();
        KnnTable t = KnnTable.build(xyz, 2);
        // point 0's neighbours on a line: 1 then 2
        assertEquals(1, t.neighbor(0, 0));
        assertEquals(2, t.neighbor(0, 1));
        // point 5: 4 and 6 at distance 1 (either order)
        assertEquals(java.util.Set.of(4, 6), java.util.Set.of(t.neighbor(5, 0), t.neighbor(5, 1)));
        assertEquals(1f, t.distSq()[5 * 2], 0f);
        assertThrows(IllegalArgumentException.class, () -> KnnTable.build(xyz, 10));
    }

    @Test
    void neighborGraphIsSymmetricWithoutSelfLoops() {
        float[] xyz = TestClouds.randomBox(500, 11, 1, 1, 1).xyz();
        NeighborGraph g = NeighborGraph.of(KnnTable.build(xyz, 6), 3);
        for (int i = 0; i < g.size(); i++) {
            for (int p = g.begin(i); p < g.end(i); p++) {
                int j = g.adjacency()[p];
                assertNotEquals(i, j);
                assertTrue(
                        Arrays.binarySearch(g.adjacency(), g.begin(j), g.end(j), i) >= 0,
                        "edge " + i + "-" + j + " must be symmetric");
            }
            assertTrue(g.end(i) - g.begin(i) >= 3, "every point keeps its own 3 neighbours");
        }
    }
}
