package org.iseg3d.core.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.iseg3d.core.cloud.PointCloud;
import org.junit.jupiter.api.Test;

class FpfhEmbedderTest {

    private static final int D = FpfhEmbedder.DIMENSION;
    private static final double S = Math.sqrt(0.5);

    // ---------------------------------------------------------------- pair features

    @Test
    void pairFeaturesOfAHandComputedPairWithoutSwap() {
        // s = (0,0,0), n_s = (0.6, 0, 0.8); t = (2,0,0), n_t = (0, 0.6, 0.8).
        // d = 2, d̂ = (1,0,0); |n_s·d̂| = 0.6 >= |n_t·d̂| = 0 -> s stays the source.
        // u = n_s; φ = u·d̂ = 0.6; v = u × d̂ = (0, 0.8, 0) -> (0,1,0); w = u × v = (-0.8, 0, 0.6);
        // α = v·n_t = 0.6; θ = atan2(w·n_t, u·n_t) = atan2(0.48, 0.64) = atan(0.75) = 0.6435 rad.
        float[] xyz = {0, 0, 0, 2, 0, 0};
        float[] nrm = {0.6f, 0, 0.8f, 0, 0.6f, 0.8f};
        double[] f = new double[4];
        assertTrue(FpfhEmbedder.pairFeatures(xyz, nrm, 0, 1, f));
        assertEquals(0.6, f[0], 1e-6, "alpha");
        assertEquals(0.6, f[1], 1e-6, "phi");
        assertEquals(Math.atan(0.75), f[2], 1e-6, "theta");
        assertEquals(2.0, f[3], 1e-6, "distance");

        // reversed pair: |n_t·(-d̂)| = 0 < |n_s·(-d̂)| = 0.6 -> swapped back, same features
        double[] g = new double[4];
        assertTrue(FpfhEmbedder.pairFeatures(xyz, nrm, 1, 0, g));
        assertArrayEquals(f, g, 1e-9);
    }

    @Test
    void pairFeaturesOfAHandComputedPairWithSwap() {
        // s = (0,0,0), n_s = (0,0,1); t = (1,0,0), n_t = (√½, 0, √½).
        // d̂ = (1,0,0); |n_s·d̂| = 0 < |n_t·d̂| = √½ -> t becomes the source, d̂ -> (-1,0,0).
        // u = n_t; φ = u·d̂ = -√½; v = u × d̂ = (0, -√½, 0) -> (0,-1,0); w = u × v = (√½, 0, -√½);
        // target normal n_s = (0,0,1): α = v·n_s = 0; θ = atan2(w·n_s, u·n_s) = atan2(-√½, √½) = -π/4.
        float[] xyz = {0, 0, 0, 1, 0, 0};
        float[] nrm = {0, 0, 1, (float) S, 0, (float) S};
        double[] f = new double[4];
        assertTrue(FpfhEmbedder.pairFeatures(xyz, nrm, 0, 1, f));
        assertEquals(0.0, f[0], 1e-6, "alpha");
        assertEquals(-S, f[1], 1e-6, "phi");
        assertEquals(-Math.PI / 4, f[2], 1e-6, "theta");
        assertEquals(1.0, f[3], 1e-6, "distance");
    }

    @Test
    void coplanarPairHasZeroAnglesAndDegeneratePairsAreRejected() {
        // both normals (0,0,1), d̂ in the plane: α = 0, φ = 0, θ = atan2(0, 1) = 0 (centre of bin 5 each)
        float[] xyz = {0, 0, 0, 0.3f, 0.4f, 0, 0.3f, 0.4f, 0, 0, 0, 1};
        float[] nrm = {0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1};
        double[] f = new double[4];
        assertTrue(FpfhEmbedder.pairFeatures(xyz, nrm, 0, 1, f));
        assertArrayEquals(new double[] {0, 0, 0, 0.5}, f, 1e-6);
        assertEquals(5, FpfhEmbedder.bin(0, -1, 2));
        assertEquals(5, FpfhEmbedder.bin(0, -Math.PI, 2 * Math.PI));
        assertEquals(0, FpfhEmbedder.bin(-1, -1, 2));
        assertEquals(10, FpfhEmbedder.bin(1, -1, 2));
        assertEquals(10, FpfhEmbedder.bin(Math.PI, -Math.PI, 2 * Math.PI));
        // coincident points
        assertFalse(FpfhEmbedder.pairFeatures(xyz, nrm, 1, 2, f));
        // both normals parallel to the connecting line: u × d̂ = 0
        assertFalse(FpfhEmbedder.pairFeatures(xyz, nrm, 0, 3, f));
    }

    @Test
    void spfhSubHistogramsSumTo100() {
        PointCloud c = sphere(500, 1);
        float[] xyz = c.xyz();
        org.iseg3d.core.knn.KnnTable t = org.iseg3d.core.knn.KnnTable.build(xyz, 16);
        float[] h = FpfhEmbedder.spfh(xyz, c.normals(), t.neighbors(), 16, null);
        for (int i = 0; i < c.size(); i++) {
            for (int s = 0; s < 3; s++) {
                double sum = 0;
                for (int b = 0; b < FpfhEmbedder.BINS; b++) {
                    sum += h[i * D + s * FpfhEmbedder.BINS + b];
                }
                assertEquals(100, sum, 1e-3);
            }
        }
    }

    // ---------------------------------------------------------------- surfaces

    @Test
    void everyPlanePointHasTheSameFpfh() {
        PointCloud plane = plane(2048, 2);
        float[] e = new FpfhEmbedder().embed(plane);
        // every pair on a plane has α = φ = θ = 0: all mass in bins 5, 16, 27 -> row = (1/√3) at those bins
        double inv = 1 / Math.sqrt(3);
        for (int i = 0; i < plane.size(); i++) {
            for (int b = 0; b < D; b++) {
                double expected = b % FpfhEmbedder.BINS == 5 ? inv : 0;
                assertEquals(expected, e[i * D + b], 1e-5, "point " + i + " bin " + b);
            }
        }
    }

    @Test
    void spherePointsAreAlikeAndPlaneSphereCylinderDiffer() {
        int n = 4096;
        FpfhEmbedder fpfh = new FpfhEmbedder();
        float[] ep = fpfh.embed(plane(n, 3));
        float[] es = fpfh.embed(sphere(n, 4));
        PointCloud cyl = cylinder(n, 5);
        float[] ec = fpfh.embed(cyl);
        // cylinder: drop the points near the open ends (their neighbourhoods are one-sided)
        boolean[] interior = new boolean[n];
        for (int i = 0; i < n; i++) {
            interior[i] = Math.abs(cyl.z(i)) < 1.2f;
        }
        double[] mp = mean(ep, null);
        double[] ms = mean(es, null);
        double[] mc = mean(ec, interior);
        double spreadP = maxDist(ep, mp, null);
        double spreadS = rmsDist(es, ms, null);
        double spreadC = rmsDist(ec, mc, interior);
        double ps = dist(mp, ms);
        double pc = dist(mp, mc);
        double sc = dist(ms, mc);
        assertTrue(spreadP < 1e-5, "plane spread " + spreadP);
        // sphere: every point is equivalent, only the random sampling spreads the rows (measured ~0.12)
        assertTrue(spreadS < 0.15, "sphere spread " + spreadS);
        assertTrue(spreadC < 0.15, "cylinder spread " + spreadC);
        // the surfaces differ clearly (measured 0.70, 0.49, 0.57), by several times the spread within a surface
        assertTrue(ps > 0.5, "plane-sphere " + ps);
        assertTrue(pc > 0.35, "plane-cylinder " + pc);
        assertTrue(ps > 4 * spreadS, "plane-sphere " + ps + " vs sphere spread " + spreadS);
        assertTrue(pc > 3 * spreadC, "plane-cylinder " + pc + " vs cylinder spread " + spreadC);
        assertTrue(sc > 3 * Math.max(spreadS, spreadC), "sphere-cylinder " + sc);
        // a click on the plane (radius 0.35 around a plane row) selects no sphere point
        for (int i = 0; i < n; i++) {
            assertTrue(rowDist(es, i, ep, 0) > 0.35, "sphere point " + i);
        }
    }

    @Test
    void featureScaleDoesNotDependOnThePointCount() {
        // neighbours come from M = 1024 support points, so a denser sampling gives the same histograms
        FpfhEmbedder fpfh = new FpfhEmbedder();
        double[] m4 = mean(fpfh.embed(sphere(4096, 10)), null);
        double[] m16 = mean(fpfh.embed(sphere(16384, 11)), null);
        double[] m1 = mean(fpfh.embed(sphere(1024, 12)), null);
        assertTrue(dist(m4, m16) < 0.05, "4k vs 16k " + dist(m4, m16));
        assertTrue(dist(m1, m16) < 0.05, "1k vs 16k " + dist(m1, m16));
        // ... whereas plain kNN over all 16k points sees a sphere as flat (the reason for the support set)
        double[] plain =
                mean(new FpfhEmbedder(new FpfhEmbedder.Params(32, Integer.MAX_VALUE)).embed(sphere(16384, 11)), null);
        double[] flat = mean(fpfh.embed(plane(2048, 13)), null);
        assertTrue(dist(plain, flat) < 0.05, "plain kNN sphere vs plane " + dist(plain, flat));
    }

    @Test
    void supportIsAllPointsOrAFixedSortedSubset() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, FpfhEmbedder.support(5, 1024));
        int[] s = FpfhEmbedder.support(5000, 1024);
        assertEquals(1024, s.length);
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] > s[i - 1]);
        }
        assertTrue(s[0] >= 0 && s[s.length - 1] < 5000);
        assertArrayEquals(s, FpfhEmbedder.support(5000, 1024));
    }

    @Test
    void neighbourhoodsExcludeThePointItself() {
        PointCloud c = sphere(2000, 14);
        int k = 8;
        int[] sup = FpfhEmbedder.support(c.size(), 300);
        int[] nb = new int[c.size() * k];
        float[] d = new float[c.size() * k];
        FpfhEmbedder.neighbourhoods(c.xyz(), sup, k, nb, d);
        java.util.Set<Integer> inSupport = new java.util.HashSet<>();
        for (int i : sup) {
            inSupport.add(i);
        }
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < k; j++) {
                int p = nb[i * k + j];
                assertTrue(p != i && inSupport.contains(p));
                assertEquals(c.distanceSq(i, p), d[i * k + j], 1e-6);
                if (j > 0) {
                    assertTrue(d[i * k + j] >= d[i * k + j - 1]);
                }
            }
        }
    }

    // ---------------------------------------------------------------- contract

    @Test
    void shapeUnitRowsFiniteAndDeterministic() {
        PointCloud c = mixed(3000, 6);
        FpfhEmbedder fpfh = new FpfhEmbedder();
        assertEquals("fpfh", fpfh.name());
        assertEquals(33, fpfh.dimension());
        float[] e = fpfh.embed(c);
        assertEquals(c.size() * 33, e.length);
        for (int i = 0; i < c.size(); i++) {
            double s = 0;
            for (int b = 0; b < D; b++) {
                float v = e[i * D + b];
                assertTrue(Float.isFinite(v) && v >= 0, "row " + i);
                s += v * v;
            }
            assertEquals(1, Math.sqrt(s), 1e-5, "row " + i);
        }
        assertArrayEquals(e, fpfh.embed(c), "deterministic");
        assertArrayEquals(e, new FpfhEmbedder(new FpfhEmbedder.Params(32, 1024)).embed(c), "deterministic");
    }

    @Test
    void invariantToRigidMotionAndUniformScaling() {
        PointCloud c = mixed(3000, 7);
        float[] e = new FpfhEmbedder().embed(c);
        // rotation about the axis (1,2,3)/√14 by 0.9 rad, then a translation; separately a uniform scale by 37
        double[][] r = rotation(1, 2, 3, 0.9);
        int n = c.size();
        float[] xyz = new float[3 * n];
        float[] nrm = new float[3 * n];
        float[] scaled = new float[3 * n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                double px = 0, nx = 0;
                for (int b = 0; b < 3; b++) {
                    px += r[a][b] * c.xyz()[3 * i + b];
                    nx += r[a][b] * c.normals()[3 * i + b];
                }
                xyz[3 * i + a] = (float) (px + 5 - 2 * a);
                nrm[3 * i + a] = (float) nx;
                scaled[3 * i + a] = 37f * c.xyz()[3 * i + a];
            }
        }
        float[] er = new FpfhEmbedder().embed(new PointCloud(xyz, nrm));
        float[] es = new FpfhEmbedder().embed(new PointCloud(scaled, c.normals()));
        for (float[] other : new float[][] {er, es}) {
            // float rounding may move a pair feature lying on a bin edge into the next bin: a few rows change
            // slightly, the mean change must be tiny
            double sum = 0, max = 0;
            for (int i = 0; i < n; i++) {
                double dd = rowDist(e, i, other, i);
                sum += dd;
                max = Math.max(max, dd);
            }
            assertTrue(sum / n < 2e-3, "mean row change " + sum / n);
            assertTrue(max < 0.1, "max row change " + max);
        }
    }

    @Test
    void rejectsTooSmallCloudsAndBadParams() {
        PointCloud c = sphere(32, 8);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> new FpfhEmbedder().embed(c));
        assertTrue(ex.getMessage().contains("at least 33"), ex.getMessage());
        // with k + 1 points exactly it works
        assertEquals(32 * 33, new FpfhEmbedder(new FpfhEmbedder.Params(31, 1024)).embed(c).length);
        assertThrows(IllegalArgumentException.class, () -> new FpfhEmbedder.Params(4, 1024));
        assertThrows(IllegalArgumentException.class, () -> new FpfhEmbedder.Params(1025, 2048));
        assertThrows(IllegalArgumentException.class, () -> new FpfhEmbedder.Params(32, 32));
        assertThrows(IllegalArgumentException.class, () -> new FpfhEmbedder(null));
        assertThrows(IllegalArgumentException.class, () -> new FpfhEmbedder().embed(null));
        assertEquals(32, FpfhEmbedder.Params.defaults().k());
        assertEquals(1024, FpfhEmbedder.Params.defaults().supportSize());
    }

    @Test
    void duplicatePointsGiveFiniteRows() {
        PointCloud s = sphere(400, 9);
        float[] xyz = new float[2 * s.xyz().length];
        float[] nrm = new float[xyz.length];
        System.arraycopy(s.xyz(), 0, xyz, 0, s.xyz().length);
        System.arraycopy(s.xyz(), 0, xyz, s.xyz().length, s.xyz().length);
        System.arraycopy(s.normals(), 0, nrm, 0, s.xyz().length);
        System.arraycopy(s.normals(), 0, nrm, s.xyz().length, s.xyz().length);
        float[] e = new FpfhEmbedder().embed(new PointCloud(xyz, nrm));
        for (int i = 0; i < 800; i++) {
            double n2 = 0;
            for (int b = 0; b < D; b++) {
                assertTrue(Float.isFinite(e[i * D + b]));
                n2 += e[i * D + b] * e[i * D + b];
            }
            assertEquals(1, Math.sqrt(n2), 1e-5);
        }
        // a point and its copy have the same neighbourhood: the same row
        for (int i = 0; i < 400; i++) {
            assertTrue(rowDist(e, i, e, i + 400) < 1e-5);
        }
    }

    // ---------------------------------------------------------------- samplers (exact normals, fixed seeds)

    /** Uniform points on the square [-1,1]² in the plane z = 0, normal +z. */
    static PointCloud plane(int n, long seed) {
        Random rnd = new Random(seed);
        float[] xyz = new float[3 * n];
        float[] nrm = new float[3 * n];
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = 2 * rnd.nextFloat() - 1;
            xyz[3 * i + 1] = 2 * rnd.nextFloat() - 1;
            nrm[3 * i + 2] = 1;
        }
        return new PointCloud(xyz, nrm);
    }

    /** Uniform points on the unit sphere, outward normals. */
    static PointCloud sphere(int n, long seed) {
        Random rnd = new Random(seed);
        float[] xyz = new float[3 * n];
        float[] nrm = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double x, y, z, s;
            do {
                x = rnd.nextGaussian();
                y = rnd.nextGaussian();
                z = rnd.nextGaussian();
                s = Math.sqrt(x * x + y * y + z * z);
            } while (s < 1e-9);
            xyz[3 * i] = nrm[3 * i] = (float) (x / s);
            xyz[3 * i + 1] = nrm[3 * i + 1] = (float) (y / s);
            xyz[3 * i + 2] = nrm[3 * i + 2] = (float) (z / s);
        }
        return new PointCloud(xyz, nrm);
    }

    /** Uniform points on the open cylinder x² + y² = 1, |z| <= 1.5, outward normals. */
    static PointCloud cylinder(int n, long seed) {
        Random rnd = new Random(seed);
        float[] xyz = new float[3 * n];
        float[] nrm = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * rnd.nextDouble();
            xyz[3 * i] = nrm[3 * i] = (float) Math.cos(a);
            xyz[3 * i + 1] = nrm[3 * i + 1] = (float) Math.sin(a);
            xyz[3 * i + 2] = (float) (3 * rnd.nextDouble() - 1.5);
        }
        return new PointCloud(xyz, nrm);
    }

    /** A sphere, a plane patch and a cylinder side by side, n/3 points each. */
    static PointCloud mixed(int n, long seed) {
        PointCloud[] parts = {sphere(n / 3, seed), plane(n / 3, seed + 1), cylinder(n - 2 * (n / 3), seed + 2)};
        float[][] offsets = {{-3, 0, 0}, {0, 0, -2}, {3, 0, 0}};
        float[] xyz = new float[3 * n];
        float[] nrm = new float[3 * n];
        int w = 0;
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < parts[p].size(); i++, w++) {
                for (int a = 0; a < 3; a++) {
                    xyz[3 * w + a] = parts[p].xyz()[3 * i + a] + offsets[p][a];
                    nrm[3 * w + a] = parts[p].normals()[3 * i + a];
                }
            }
        }
        return new PointCloud(xyz, nrm);
    }

    // ---------------------------------------------------------------- helpers

    private static double[][] rotation(double ax, double ay, double az, double angle) {
        double s = Math.sqrt(ax * ax + ay * ay + az * az);
        double x = ax / s, y = ay / s, z = az / s;
        double c = Math.cos(angle), sn = Math.sin(angle), t = 1 - c;
        return new double[][] {
            {t * x * x + c, t * x * y - sn * z, t * x * z + sn * y},
            {t * x * y + sn * z, t * y * y + c, t * y * z - sn * x},
            {t * x * z - sn * y, t * y * z + sn * x, t * z * z + c}
        };
    }

    private static double[] mean(float[] e, boolean[] mask) {
        double[] m = new double[D];
        int n = e.length / D, cnt = 0;
        for (int i = 0; i < n; i++) {
            if (mask == null || mask[i]) {
                cnt++;
                for (int b = 0; b < D; b++) {
                    m[b] += e[i * D + b];
                }
            }
        }
        for (int b = 0; b < D; b++) {
            m[b] /= cnt;
        }
        return m;
    }

    private static double rowToMean(float[] e, int i, double[] m) {
        double s = 0;
        for (int b = 0; b < D; b++) {
            double d = e[i * D + b] - m[b];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double rmsDist(float[] e, double[] m, boolean[] mask) {
        double s = 0;
        int n = e.length / D, cnt = 0;
        for (int i = 0; i < n; i++) {
            if (mask == null || mask[i]) {
                double d = rowToMean(e, i, m);
                s += d * d;
                cnt++;
            }
        }
        return Math.sqrt(s / cnt);
    }

    private static double maxDist(float[] e, double[] m, boolean[] mask) {
        double mx = 0;
        for (int i = 0; i < e.length / D; i++) {
            if (mask == null || mask[i]) {
                mx = Math.max(mx, rowToMean(e, i, m));
            }
        }
        return mx;
    }

    private static double dist(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    private static double rowDist(float[] a, int i, float[] b, int j) {
        double s = 0;
        for (int c = 0; c < D; c++) {
            double d = a[i * D + c] - b[j * D + c];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
