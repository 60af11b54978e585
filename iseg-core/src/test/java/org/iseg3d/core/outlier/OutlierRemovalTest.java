package org.iseg3d.core.outlier;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.knn.KnnTable;
import org.iseg3d.core.knn.NeighborGraph;
import org.junit.jupiter.api.Test;

class OutlierRemovalTest {

    @Test
    void keepsOnlyTheComponentsOfPositiveClicks() {
        // line of 10 points spaced 1; with N_neighbor = 1 each point links to its nearest neighbour
        NeighborGraph g = NeighborGraph.of(KnnTable.build(TestClouds.line(10, 1).xyz(), 2), 1);
        // mask: {0,1,2} and {5,6} and {8}; positive click on 1
        boolean[] mask = {true, true, true, false, false, true, true, false, true, false};
        boolean[] kept = OutlierRemoval.apply(g, mask, new int[] {1});
        assertArrayEquals(new boolean[] {true, true, true, false, false, false, false, false, false, false}, kept);
        // clicks on 1 and 8: the isolated point 8 is its own component and stays
        kept = OutlierRemoval.apply(g, mask, new int[] {1, 8});
        assertArrayEquals(new boolean[] {true, true, true, false, false, false, false, false, true, false}, kept);
        // a click outside the mask reaches nothing
        assertArrayEquals(new boolean[10], OutlierRemoval.apply(g, mask, new int[] {4}));
    }

    @Test
    void neverAddsPointsAndAgreesWithJGraphT() {
        float[] xyz = TestClouds.randomBox(2000, 9, 1, 1, 1).xyz();
        NeighborGraph g = NeighborGraph.of(KnnTable.build(xyz, 3), 3);
        SplittableRandom r = new SplittableRandom(4);
        for (int trial = 0; trial < 30; trial++) {
            boolean[] mask = new boolean[2000];
            double density = r.nextDouble();
            for (int i = 0; i < mask.length; i++) {
                mask[i] = r.nextDouble() < density;
            }
            int[] pos = {r.nextInt(2000), r.nextInt(2000)};
            boolean[] bfs = OutlierRemoval.apply(g, mask, pos);
            assertArrayEquals(JGraphTOutlierRemoval.apply(g, mask, pos), bfs, "trial " + trial);
            for (int i = 0; i < mask.length; i++) {
                assertTrue(!bfs[i] || mask[i], "outlier removal added point " + i);
            }
        }
    }
}
