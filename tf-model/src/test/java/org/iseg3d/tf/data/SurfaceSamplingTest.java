package org.iseg3d.tf.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;
import org.junit.jupiter.api.Test;

class SurfaceSamplingTest {

    private static Soup square(double side, double x) {
        Soup s = new Soup();
        s.grid(3, 3, (u, v, o) -> Soup.set(o, x + side * u, 0, side * v));
        return s;
    }

    @Test
    void pointsFollowArea() {
        Soup a = square(1, 0), b = square(Math.sqrt(2), 3); // area 1 and 2
        TrainingShape s = SurfaceSampling.sample(List.of(a, b), 30_000, new SplittableRandom(5));
        assertEquals(2, s.segments());
        double ratio = (double) s.segmentSize(1) / s.segmentSize(0);
        assertEquals(2.0, ratio, 0.08);
    }

    @Test
    void partsWithoutPointsAreDroppedAndLabelsRenumbered() {
        Soup big = square(1, 0), tiny = square(1e-4, 2), other = square(1, 4);
        TrainingShape s = SurfaceSampling.sample(List.of(big, tiny, other), 500, new SplittableRandom(1));
        assertEquals(2, s.segments());
        // part order is kept: points of "other" (x > 0 before centring) get id 1
        float[] p = s.cloud().xyz();
        for (int i = 0; i < 500; i++) {
            assertEquals(p[3 * i] > 0 ? 1 : 0, s.segmentOfPoint()[i]);
        }
    }

    @Test
    void normalsAreFaceNormalsOrientedOutwards() {
        Soup top = square(1, 0);
        Soup bottom = square(1, 0);
        bottom.translate(0, -1, 0);
        TrainingShape s = SurfaceSampling.sample(List.of(top, bottom), 200, new SplittableRandom(2));
        float[] p = s.cloud().xyz(), n = s.cloud().normals();
        for (int i = 0; i < 200; i++) {
            assertEquals(Math.signum(p[3 * i + 1]), n[3 * i + 1], 1e-6);
            assertEquals(0, n[3 * i], 1e-6);
        }
    }
}
