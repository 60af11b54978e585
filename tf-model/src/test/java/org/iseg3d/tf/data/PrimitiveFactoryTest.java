package org.iseg3d.tf.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;
import org.iseg3d.geom.SoupShapes;
import org.iseg3d.geom.Triangulator;
import org.junit.jupiter.api.Test;

class PrimitiveFactoryTest {

    @Test
    void everyKindBuildsAFiniteCentredSurfaceWithinItsExtents() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (PrimitiveKind kind : PrimitiveKind.values()) {
            for (int k = 0; k < 20; k++) {
                double ex = rnd.nextDouble(0.1, 1), ey = rnd.nextDouble(0.1, 1), ez = rnd.nextDouble(0.1, 1);
                Soup s = PrimitiveFactory.build(kind, rnd, ex, ey, ez);
                assertTrue(s.triangleCount() > 0 && s.isFinite() && s.area() > 0, kind.toString());
                double[] b = s.bounds();
                for (int a = 0; a < 3; a++) {
                    assertEquals(0, (b[a] + b[a + 3]) / 2, 1e-5, kind + " not centred");
                }
                double slack = kind == PrimitiveKind.SWEPT_TUBE
                        ? 2.0
                        : 1.001; // a tube fits its curve, not its radius, in the box
                assertTrue(
                        b[3] - b[0] <= ex * slack + 1e-6
                                && b[5] - b[2] <= ez * slack + 1e-6
                                && b[4] - b[1] <= Math.max(ey, 0) * slack + 1e-6,
                        kind + " exceeds its extents");
            }
        }
    }

    @Test
    void profileTriangulationCoversTheOutline() {
        SplittableRandom rnd = new SplittableRandom(8);
        for (int k = 0; k < 200; k++) {
            double[] poly = Profiles.random(rnd, rnd.nextDouble(0.2, 2), rnd.nextDouble(0.2, 2));
            int[] tri = Triangulator.earClipFirst(poly);
            double shoelace = 0, sum = 0;
            for (int i = 0, n = poly.length / 2; i < n; i++) {
                int j = (i + 1) % n;
                shoelace += poly[2 * i] * poly[2 * j + 1] - poly[2 * j] * poly[2 * i + 1];
            }
            for (int t = 0; t < tri.length; t += 3) {
                int a = tri[t], b = tri[t + 1], c = tri[t + 2];
                sum += (poly[2 * b] - poly[2 * a]) * (poly[2 * c + 1] - poly[2 * a + 1])
                        - (poly[2 * c] - poly[2 * a]) * (poly[2 * b + 1] - poly[2 * a + 1]);
            }
            assertTrue(shoelace > 0, "outline must be counter-clockwise");
            assertEquals(shoelace, sum, 1e-9 + 1e-6 * shoelace);
        }
    }

    @Test
    void contactFindsTheGapBetweenStackedBoxes() {
        Soup bottom = new Soup(), top = new Soup();
        SoupShapes.box(bottom, 1, 0.5, 1, 0, false, false);
        SoupShapes.box(top, 0.3, 0.3, 0.3, 0, false, false);
        top.translate(0.2, 2, 0.1); // bottom face at y = 1.7, the lower box top at 0.5
        assertEquals(1.2, Contact.freeDistance(top, java.util.List.of(bottom), 1, 1), 1e-6);
        top.translate(5, 0, 0);
        assertTrue(Double.isNaN(Contact.freeDistance(top, java.util.List.of(bottom), 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Placement.orient(top, 1, 1, 1, 1));
    }

    @Test
    void splitLatheHalvesContinueIntoEachOtherAtTheCut() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int k = 0; k < 20; k++) {
            Soup[] two = PrimitiveFactory.splitRevolution(rnd, 0.6, 1.2, 0.6);
            double[] lo = two[0].bounds(), up = two[1].bounds();
            assertEquals(lo[4], up[1], 1e-5, "the lower part ends where the upper begins");
            assertTrue(lo[1] < lo[4] && up[1] < up[4] && up[4] - lo[1] <= 1.2 + 1e-5);
            // the ring at the cut is the same circle in both parts: equal radius at y = cut
            assertEquals(ringRadius(two[0], lo[4]), ringRadius(two[1], up[1]), 1e-5);
        }
    }

    private static double ringRadius(Soup s, double y) {
        float[] v = s.corners();
        double r = 0;
        for (int i = 0, n = 3 * s.triangleCount(); i < n; i++) {
            if (Math.abs(v[3 * i + 1] - y) < 1e-6) {
                r = Math.max(r, Math.hypot(v[3 * i], v[3 * i + 2]));
            }
        }
        return r;
    }
}
