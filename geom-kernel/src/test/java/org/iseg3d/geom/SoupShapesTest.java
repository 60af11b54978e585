package org.iseg3d.geom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoupShapesTest {

    @Test
    void boxAndCylinderHaveTheirAnalyticAreas() {
        Soup box = new Soup();
        SoupShapes.box(box, 0.5, 1, 1.5, 0, false, false); // 1 x 2 x 3
        assertEquals(2 * (2 + 3 + 6), box.area(), 1e-5);
        Soup cyl = new Soup();
        SoupShapes.frustum(cyl, 1, 1, 1, 2, 2 * Math.PI, 2);
        double polygon = 0.5 * SoupShapes.AROUND * Math.sin(2 * Math.PI / SoupShapes.AROUND);
        double side = SoupShapes.AROUND * 2 * Math.sin(Math.PI / SoupShapes.AROUND) * 2;
        assertEquals(side + 2 * polygon, cyl.area(), 1e-4);
    }

    @Test
    void roundedBoxStaysInsideItsBoxAndLosesArea() {
        Soup sharp = new Soup();
        Soup round = new Soup();
        SoupShapes.box(sharp, 0.5, 0.5, 0.5, 0, false, false);
        SoupShapes.box(round, 0.5, 0.5, 0.5, 0.2, false, false);
        assertArrayEquals(sharp.bounds(), round.bounds(), 1e-6);
        // each of the 12 edges loses 2r - pi r / 2 of its width, each of the 8 corners more
        assertTrue(round.area() < sharp.area() - 12 * (0.4 - Math.PI * 0.1) * 0.6 + 1e-3);
        assertTrue(round.isFinite());
    }

    @Test
    void straightSweepIsATaperedCappedTube() {
        Soup s = new Soup();
        SweptTube.sweep(s, new double[] {0, 0, 0, 0, 1, 0, 0, 2, 0}, 0.1, 0.5);
        double[] b = s.bounds();
        assertEquals(-0.1, b[0], 1e-6);
        assertEquals(0.1, b[3], 1e-6);
        assertEquals(0, b[1], 1e-6);
        assertEquals(2, b[4], 1e-6);
        // frustum side pi (r0 + r1) * slant, plus the two end discs
        double slant = Math.hypot(2, 0.05);
        double expected = Math.PI * 0.15 * slant + Math.PI * (0.01 + 0.0025);
        assertEquals(expected, s.area(), 0.01 * expected);
    }

    @Test
    void firstEarTriangulationCoversConvexAndConcaveOutlines() {
        double[][] outlines = {
            Outline.ellipseXy(1, 0.5, 28, 0),
            Outline.ellipseXy(1, 1, 5, 0.3),
            Outline.roundedRectXy(1, 0.6, 0.2, 4),
            {-1, -1, 1, -1, 1, -0.5, -0.5, -0.5, -0.5, 1, -1, 1}, // L
        };
        for (double[] poly : outlines) {
            int n = poly.length / 2;
            int[] tri = Triangulator.earClipFirst(poly);
            assertEquals(3 * (n - 2), tri.length);
            double shoelace = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                shoelace += poly[2 * i] * poly[2 * j + 1] - poly[2 * j] * poly[2 * i + 1];
            }
            for (int t = 0; t < tri.length; t += 3) {
                int a = tri[t];
                int b = tri[t + 1];
                int c = tri[t + 2];
                double twice = (poly[2 * b] - poly[2 * a]) * (poly[2 * c + 1] - poly[2 * a + 1])
                        - (poly[2 * c] - poly[2 * a]) * (poly[2 * b + 1] - poly[2 * a + 1]);
                assertTrue(twice > 0, "counter-clockwise triangles");
                sum += twice;
            }
            assertEquals(shoelace, sum, 1e-9);
        }
    }

    @Test
    void soupDropsZeroAreaTrianglesAndMovesRigidly() {
        Soup s = new Soup();
        s.triangle(new double[] {0, 0, 0}, new double[] {1, 0, 0}, new double[] {2, 0, 0});
        assertEquals(0, s.triangleCount());
        s.grid(2, 2, (u, v, o) -> Soup.set(o, u, 0, v));
        assertEquals(8, s.triangleCount());
        assertEquals(1, s.area(), 1e-9);
        SoupShapes.centre(s);
        assertArrayEquals(new double[] {-0.5, 0, -0.5, 0.5, 0, 0.5}, s.bounds(), 1e-7);
        s.linear(new double[] {0, -1, 0, 1, 0, 0, 0, 0, 1}); // 90 degrees about z
        assertArrayEquals(new double[] {0, -0.5, -0.5, 0, 0.5, 0.5}, s.bounds(), 1e-7);
        assertEquals(1, s.area(), 1e-6);
    }

    @Test
    void clampedCatmullRomPassesThroughItsKnots() {
        double[] k = {0.2, 1, 0.4, 0.7};
        for (int i = 0; i < k.length; i++) {
            assertEquals(k[i], Curves.catmullRomAt(k, (double) i / (k.length - 1)), 1e-12);
        }
    }
}
