package org.iseg3d.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryBuildersTest {

    private static double area(Mesh m) {
        return MeshMetrics.area(m.positions(), m.indices());
    }

    /** Signed volume by the divergence theorem; positive for closed outward-facing meshes. */
    private static double volume(Mesh m) {
        float[] p = m.positions();
        int[] idx = m.indices();
        double v = 0;
        for (int t = 0; t < idx.length; t += 3) {
            int a = 3 * idx[t];
            int b = 3 * idx[t + 1];
            int c = 3 * idx[t + 2];
            v += p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1])
                    - p[a + 1] * (p[b] * p[c + 2] - p[b + 2] * p[c])
                    + p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c]);
        }
        return v / 6;
    }

    private static void assertWellFormed(Mesh m) {
        for (float v : m.positions()) {
            assertTrue(Float.isFinite(v), "finite positions");
        }
        for (int i : m.indices()) {
            assertTrue(i >= 0 && i < m.vertexCount(), "index in range");
        }
        assertTrue(MeshMetrics.maxNormalError(m.normals()) < 1e-5);
        assertEquals(0.0, MeshMetrics.degenerateFraction(m.positions(), m.indices(), 1e-14));
        assertTrue(MeshMetrics.windingAgreement(m.positions(), m.normals(), m.indices()) > 0.999, "winding");
    }

    @Test
    void latheSphereHasSphereAreaAndVolume() {
        double r = 0.5;
        Mesh sphere = Lathe.revolve(Profile.create().arc(0, 0, r, -Math.PI / 2, Math.PI / 2, 48), 96);
        assertWellFormed(sphere);
        assertEquals(4 * Math.PI * r * r, area(sphere), 0.01 * 4 * Math.PI * r * r);
        assertEquals(4.0 / 3 * Math.PI * r * r * r, volume(sphere), 0.01);
    }

    @Test
    void latheCapsCloseACylinder() {
        Mesh cyl = Lathe.revolve(Profile.create().sharp(0.1, 0).sharp(0.1, 1), 64, true, true);
        assertWellFormed(cyl);
        assertEquals(Math.PI * 0.01, volume(cyl), 0.002 * Math.PI * 0.01 + 1e-4);
    }

    @Test
    void sweptTubeAlongStraightLineIsACylinder() {
        Mesh tube = SweptTube.of(Curves.line(Vec3.ZERO, new Vec3(0, 0, 2), 8), 0.1, 64);
        assertWellFormed(tube);
        double expected = 2 * Math.PI * 0.1 * 2 + 2 * Math.PI * 0.01;
        assertEquals(expected, area(tube), 0.01 * expected);
        assertEquals(Math.PI * 0.01 * 2, volume(tube), 0.01 * Math.PI * 0.02);
    }

    @Test
    void sweptTubeAlongCurveStaysOutwardAndClosed() {
        List<Vec3> path = Curves.catmullRom(
                List.of(Vec3.ZERO, new Vec3(0.3, 0.2, 0), new Vec3(0.4, 0.6, 0.2), new Vec3(0.1, 0.8, 0.4)), 12);
        Mesh tube = SweptTube.of(path, t -> 0.03 - 0.01 * t, 16);
        assertWellFormed(tube);
        assertTrue(volume(tube) > 0);
    }

    @Test
    void roundedBoxMatchesAnalyticArea() {
        double a = 1;
        double b = 0.6;
        double c = 0.4;
        double r = 0.1;
        Mesh box = RoundedBox.of(a, b, c, r, 6, 1, 1, 1, EnumSet.noneOf(RoundedBox.Face.class));
        assertWellFormed(box);
        double flat = 2 * ((a - 2 * r) * (b - 2 * r) + (b - 2 * r) * (c - 2 * r) + (c - 2 * r) * (a - 2 * r));
        double edges = 4 * ((a - 2 * r) + (b - 2 * r) + (c - 2 * r)) * Math.PI * r / 2;
        double expected = flat + edges + 4 * Math.PI * r * r;
        assertEquals(expected, area(box), 0.01 * expected);
        Mesh sharp = RoundedBox.of(a, b, c, 0);
        assertEquals(a * b * c, volume(sharp), 1e-6);
    }

    @Test
    void roundedBoxSharesVerticesOnTheRoundedSurface() {
        Mesh box = RoundedBox.of(1, 1, 1, 0.2, 3, 1, 1, 1, EnumSet.noneOf(RoundedBox.Face.class));
        // a watertight welded mesh: every edge is used by exactly two triangles
        java.util.Map<Long, Integer> edges = new java.util.HashMap<>();
        int[] idx = box.indices();
        for (int t = 0; t < idx.length; t += 3) {
            for (int k = 0; k < 3; k++) {
                int u = idx[t + k];
                int v = idx[t + (k + 1) % 3];
                edges.merge(Math.min(u, v) * 1_000_000L + Math.max(u, v), 1, Integer::sum);
            }
        }
        assertTrue(edges.values().stream().allMatch(n -> n == 2), "every edge shared by two triangles");
    }

    @Test
    void extrusionOfRoundedRectangleHasPrismVolume() {
        List<Outline.P2> outline = Outline.roundedRect(0.8, 0.5, 0.1, 8);
        Mesh prism = Extrusion.of(outline, 0.2);
        assertWellFormed(prism);
        double area = 0.8 * 0.5 - (4 - Math.PI) * 0.01;
        assertEquals(area * 0.2, volume(prism), 0.01 * area * 0.2);
    }

    @Test
    void extrusionOfConcaveOutlineTriangulatesCorrectly() {
        List<Outline.P2> l = List.of(
                new Outline.P2(0, 0),
                new Outline.P2(2, 0),
                new Outline.P2(2, 1),
                new Outline.P2(1, 1),
                new Outline.P2(1, 2),
                new Outline.P2(0, 2));
        Mesh prism = Extrusion.of(l, 1);
        assertWellFormed(prism);
        assertEquals(3.0, volume(prism), 1e-6);
    }

    @Test
    void curvedPanelKeepsAreaAndFacesOutward() {
        Mesh flat = CurvedPanel.of(0.6, 0.4, 0.03, 0.01, 0, 20);
        Mesh bent = CurvedPanel.of(0.6, 0.4, 0.03, 0.01, 0.8, 20);
        assertWellFormed(bent);
        assertEquals(area(flat), area(bent), 0.02 * area(flat));
        assertTrue(volume(bent) > 0);
        // edges come forward (concave towards +z)
        float[] p = bent.positions();
        double maxZ = Double.NEGATIVE_INFINITY;
        for (int i = 2; i < p.length; i += 3) {
            maxZ = Math.max(maxZ, p[i]);
        }
        assertTrue(maxZ > 0.015 + 0.04, "bent panel edges move forward: " + maxZ);
    }

    @Test
    void mirroringFlipsWindingSoFacesStayOutward() {
        Mesh tube = SweptTube.of(Curves.line(Vec3.ZERO, new Vec3(0.3, 0.1, 0.5), 4), 0.05, 16);
        Mesh mirrored =
                tube.transform(Affine.mirrorX().then(Affine.rotationY(0.7)).then(Affine.scale(2, 1, 1)));
        assertWellFormed(mirrored);
        assertTrue(volume(mirrored) > 0);
        assertEquals(2 * volume(tube), volume(mirrored), 1e-3 * volume(tube));
    }
}
