package org.iseg3d.tf.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.geom.Soup;
import org.junit.jupiter.api.Test;

class ReshuffleGeneratorTest {

    private static final int SHAPES = 40;
    private final ReshuffleGenerator gen = new ReshuffleGenerator(42, 2048);

    @Test
    void sameSeedAndIndexGiveIdenticalArrays() {
        ReshuffleGenerator other = new ReshuffleGenerator(42, 2048);
        for (long i : new long[] {0, 1, 17, 123_456_789L}) {
            TrainingShape a = gen.shape(i), b = other.shape(i);
            assertArrayEquals(a.cloud().xyz(), b.cloud().xyz());
            assertArrayEquals(a.cloud().normals(), b.cloud().normals());
            assertArrayEquals(a.segmentOfPoint(), b.segmentOfPoint());
            assertEquals(a, b);
        }
    }

    @Test
    void differentIndexOrSeedGivesDifferentShapes() {
        assertNotEquals(gen.shape(3), gen.shape(4));
        assertNotEquals(gen.shape(3), new ReshuffleGenerator(43, 2048).shape(3));
    }

    @Test
    void labelsAreDenseAndNonEmptyWithTwoToTwelveSegments() {
        for (int i = 0; i < SHAPES; i++) {
            TrainingShape s = gen.shape(i);
            assertEquals(2048, s.cloud().size());
            assertTrue(s.segments() >= 2 && s.segments() <= 12, "segments " + s.segments());
            int[] count = new int[s.segments()];
            for (int id : s.segmentOfPoint()) {
                count[id]++;
            }
            for (int c : count) {
                assertTrue(c > 0);
            }
        }
    }

    @Test
    void assembliesHaveTwoToTwelvePrimitivesAndVaryInCount() {
        int min = Integer.MAX_VALUE, max = 0;
        for (int i = 0; i < 60; i++) {
            int k = gen.assembly(i).size();
            assertTrue(k >= 2 && k <= 12, "parts " + k);
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        assertTrue(min <= 4 && max >= 9, "part counts " + min + ".." + max);
    }

    @Test
    void cloudsAreInTheUnitSphereWithOrientedUnitNormals() {
        for (int i = 0; i < SHAPES; i++) {
            PointCloud c = gen.shape(i).cloud();
            float[] p = c.xyz(), n = c.normals();
            float[] centre = c.centroid();
            double maxR = 0;
            for (int k = 0; k < c.size(); k++) {
                double r = Math.sqrt(p[3 * k] * p[3 * k] + p[3 * k + 1] * p[3 * k + 1] + p[3 * k + 2] * p[3 * k + 2]);
                maxR = Math.max(maxR, r);
                double len = Math.sqrt(n[3 * k] * n[3 * k] + n[3 * k + 1] * n[3 * k + 1] + n[3 * k + 2] * n[3 * k + 2]);
                assertEquals(1, len, 1e-4);
                double dot = (p[3 * k] - centre[0]) * n[3 * k]
                        + (p[3 * k + 1] - centre[1]) * n[3 * k + 1]
                        + (p[3 * k + 2] - centre[2]) * n[3 * k + 2];
                assertTrue(dot >= -1e-4, "normal " + k + " of shape " + i + " points towards the centre");
            }
            assertEquals(1, maxR, 1e-4);
            assertEquals(0, centre[0], 1e-4);
            assertEquals(0, centre[1], 1e-4);
            assertEquals(0, centre[2], 1e-4);
        }
    }

    @Test
    void everyPrimitiveTouchesAnotherOne() {
        for (int i = 0; i < 25; i++) {
            List<Assembler.Part> parts = gen.assembly(i);
            List<Soup> soups = parts.stream().map(Assembler.Part::soup).toList();
            TrainingShape dense = SurfaceSampling.sample(soups, 6000, new SplittableRandom(i));
            if (dense.segments() != parts.size()) {
                continue; // a tiny part got no sample; its neighbours are checked in other shapes
            }
            double[] nearest = nearestOtherSegment(dense);
            for (int s = 0; s < nearest.length; s++) {
                assertTrue(
                        nearest[s] < 0.08,
                        "shape " + i + " part " + s + " (" + parts.get(s).kind() + ") is " + nearest[s]
                                + " from the others");
            }
        }
    }

    @Test
    void paramsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new ReshuffleGenerator(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReshuffleParams(64, 1, 12, 0.3, 0.2, 0.001));
        assertThrows(IllegalArgumentException.class, () -> new ReshuffleParams(64, 5, 4, 0.3, 0.2, 0.001));
        assertThrows(IllegalArgumentException.class, () -> new ReshuffleParams(64, 2, 12, 1.5, 0.2, 0.001));
    }

    @Test
    void trainingShapeRejectsEmptyOrOutOfRangeSegments() {
        PointCloud c = new PointCloud(new float[] {0, 0, 0, 0.5f, 0, 0}, new float[] {1, 0, 0, 1, 0, 0});
        assertThrows(IllegalArgumentException.class, () -> new TrainingShape(c, new int[] {0, 0}, 2));
        assertThrows(IllegalArgumentException.class, () -> new TrainingShape(c, new int[] {0, 2}, 2));
        PointCloud far = new PointCloud(new float[] {0, 0, 0, 2, 0, 0}, new float[] {1, 0, 0, 1, 0, 0});
        assertThrows(IllegalArgumentException.class, () -> new TrainingShape(far, new int[] {0, 1}, 2));
        assertFalse(new TrainingShape(c, new int[] {0, 1}, 2).toString().isEmpty());
    }

    /** For each segment, the smallest distance from one of its points to a point of another segment. */
    static double[] nearestOtherSegment(TrainingShape s) {
        float[] p = s.cloud().xyz();
        int[] seg = s.segmentOfPoint();
        double[] best = new double[s.segments()];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        int n = s.cloud().size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (seg[i] != seg[j]) {
                    double dx = p[3 * i] - p[3 * j], dy = p[3 * i + 1] - p[3 * j + 1], dz = p[3 * i + 2] - p[3 * j + 2];
                    double d = dx * dx + dy * dy + dz * dz;
                    if (d < best[seg[i]] * best[seg[i]] || d < best[seg[j]] * best[seg[j]]) {
                        double r = Math.sqrt(d);
                        best[seg[i]] = Math.min(best[seg[i]], r);
                        best[seg[j]] = Math.min(best[seg[j]], r);
                    }
                }
            }
        }
        return best;
    }
}
