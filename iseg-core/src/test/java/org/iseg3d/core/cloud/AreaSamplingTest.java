package org.iseg3d.core.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AreaSamplingTest {

    @Test
    void pickFollowsAreaAndSkipsEmptyTriangles() {
        double[] cumulative = {1, 1, 4}; // areas 1, 0, 3
        int[] count = new int[3];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int k = 0; k < 40_000; k++) {
            count[AreaSampling.pick(cumulative, rnd.nextDouble() * 4)]++;
        }
        assertEquals(0, count[1]);
        assertEquals(0.25, count[0] / 40_000.0, 0.01);
        assertEquals(2, AreaSampling.pick(cumulative, 4.0)); // rounding at the end
    }

    @Test
    void pointsAreUniformInsideTheTriangleWithItsUnitNormal() {
        float[] tri = {0, 0, 0, 2, 0, 0, 0, 0, -2}; // in the y = 0 plane, (b - a) x (c - a) = +y
        SplittableRandom rnd = new SplittableRandom(2);
        int n = 20_000;
        float[] xyz = new float[3 * n], normals = new float[3 * n];
        double meanX = 0, meanZ = 0;
        for (int i = 0; i < n; i++) {
            AreaSampling.pointInTriangle(tri, 0, rnd.nextDouble(), rnd.nextDouble(), xyz, normals, i);
            float x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
            assertEquals(0, y, 0);
            assertTrue(x >= 0 && z <= 0 && x - z <= 2 + 1e-6, "outside the triangle");
            assertEquals(1, normals[3 * i + 1], 1e-6);
            meanX += x / n;
            meanZ += z / n;
        }
        assertEquals(2 / 3.0, meanX, 0.02); // the centroid
        assertEquals(-2 / 3.0, meanZ, 0.02);
    }
}
