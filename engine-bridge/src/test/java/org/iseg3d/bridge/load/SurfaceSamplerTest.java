package org.iseg3d.bridge.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.scene.Node;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.scenes.GlbWriter;
import org.iseg3d.scenes.MeshPart;
import org.iseg3d.scenes.SceneObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Area-weighted surface sampling, orientation, determinism and part labels. */
class SurfaceSamplerTest {

    @TempDir
    Path dir;

    private static double triArea(double[] a, double[] b, double[] c) {
        double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
        double vx = c[0] - a[0], vy = c[1] - a[1], vz = c[2] - a[2];
        double cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
        return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    private static double[] corner(float[] p, int t, int c) {
        return new double[] {p[9 * t + 3 * c], p[9 * t + 3 * c + 1], p[9 * t + 3 * c + 2]};
    }

    /** Two boxes as two j3o-style geometries: "small" [0,1]^3 (area 6) and "big" [3,4]x[0,1]x[0,2.5] (area 12). */
    private static TriangleSoup twoBoxes() throws ModelLoadException {
        Node root = new Node("root");
        root.attachChild(SceneLoaderFormatsTest.geometry(
                "small", TestModels.boxPositions(0, 0, 0, 1, 1, 1), TestModels.BOX_IDX));
        root.attachChild(SceneLoaderFormatsTest.geometry(
                "big", TestModels.boxPositions(3, 0, 0, 4, 1, 2.5f), TestModels.BOX_IDX));
        return SceneFlattener.flatten(root, "boxes");
    }

    @Test
    void deterministicPerSeed() throws Exception {
        TriangleSoup soup = twoBoxes();
        PartLabels labels = PartLabels.defaults(soup);
        SampledShape a = SurfaceSampler.sample(soup, labels, 500, 7);
        SampledShape b = SurfaceSampler.sample(soup, labels, 500, 7);
        SampledShape c = SurfaceSampler.sample(soup, labels, 500, 8);
        assertEquals(a.cloud(), b.cloud());
        assertArrayEquals(a.triangleOfPoint(), b.triangleOfPoint());
        assertArrayEquals(a.partOfPoint(), b.partOfPoint());
        assertNotEquals(a.cloud(), c.cloud());
    }

    @Test
    void pointsLieOnTheirTriangle() throws Exception {
        TriangleSoup soup = twoBoxes();
        SampledShape s = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 2000, 1);
        float[] p = soup.positions();
        PointCloud cloud = s.cloud();
        for (int i = 0; i < s.size(); i++) {
            int t = s.triangleOfPoint()[i];
            double[] a = corner(p, t, 0), b = corner(p, t, 1), c = corner(p, t, 2);
            double[] q = {cloud.x(i), cloud.y(i), cloud.z(i)};
            double whole = triArea(a, b, c);
            double parts = triArea(q, b, c) + triArea(a, q, c) + triArea(a, b, q);
            assertEquals(whole, parts, 1e-5, "point " + i + " is not inside triangle " + t);
            assertEquals(soup.geometryOfTriangle()[t], s.geometryOfPoint()[i]);
        }
    }

    @Test
    void pointsAreAreaWeighted() throws Exception {
        TriangleSoup soup = twoBoxes();
        SampledShape s = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 30000, 3);
        assertEquals(List.of("small", "big"), s.partNames());
        int[] counts = s.pointsPerPart();
        double ratio = counts[1] / (double) counts[0];
        assertEquals(2.0, ratio, 0.1, Arrays.toString(counts));
        // within one box every face gets its share too: the 1x1 faces of "small" have 1/6 of its points each
        int[] perTriangle = new int[soup.triangleCount()];
        for (int t : s.triangleOfPoint()) {
            perTriangle[t]++;
        }
        double expected = 30000 * 0.5 / 18.0; // one triangle of area 0.5 out of 18
        for (int t = 0; t < 12; t++) {
            assertEquals(expected, perTriangle[t], expected * 0.2, "triangle " + t);
        }
    }

    @Test
    void zeroAreaTrianglesGetNoPoints() throws Exception {
        Node root = new Node("root");
        float[] pos = {0, 0, 0, 1, 0, 0, 0, 1, 0, 2, 0, 0};
        // degenerate triangles first, last and in the middle
        root.attachChild(
                SceneLoaderFormatsTest.geometry("g", pos, new int[] {0, 1, 3, 0, 1, 2, 0, 3, 1, 0, 1, 2, 1, 3, 0}));
        TriangleSoup soup = SceneFlattener.flatten(root, "mem");
        SampledShape s = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 5000, 11);
        for (int t : s.triangleOfPoint()) {
            assertTrue(t == 1 || t == 3, "sampled zero-area triangle " + t);
        }
    }

    @Test
    void normalsAreUnitAndPointOutOfAClosedBox() throws Exception {
        Node root = new Node("root");
        // box with half its triangles wound inwards, off-centre and non-cubic
        root.attachChild(SceneLoaderFormatsTest.geometry(
                "box", TestModels.boxPositions(10, -2, 3, 12, 1, 4), TestModels.BOX_IDX));
        TriangleSoup soup = SceneFlattener.flatten(root, "mem");
        SampledShape s = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 4000, 5);
        float[] centre = {11, -0.5f, 3.5f};
        float[] half = {1, 1.5f, 0.5f};
        PointCloud c = s.cloud();
        for (int i = 0; i < s.size(); i++) {
            float[] n = {c.normals()[3 * i], c.normals()[3 * i + 1], c.normals()[3 * i + 2]};
            assertEquals(1.0, Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]), 1e-5);
            // the normal is the face's axis; the point lies on that face, on the side the normal points to
            int axis = Math.abs(n[0]) > 0.99f ? 0 : Math.abs(n[1]) > 0.99f ? 1 : 2;
            assertEquals(1.0, Math.abs(n[axis]), 1e-5);
            float d = (axis == 0 ? c.x(i) : axis == 1 ? c.y(i) : c.z(i)) - centre[axis];
            assertEquals(half[axis], Math.abs(d), 1e-4);
            assertTrue(Math.signum(d) == Math.signum(n[axis]), "normal of point " + i + " points inwards");
        }
    }

    @Test
    void worldUnitsAreKept() throws Exception {
        TriangleSoup soup = twoBoxes();
        SampledShape s = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 3000, 2);
        float max = 0;
        for (int i = 0; i < s.size(); i++) {
            max = Math.max(max, s.cloud().x(i));
        }
        assertTrue(max > 3.9f && max <= 4.0001f, "max x " + max);
    }

    @Test
    void partsJsonRelabels() throws Exception {
        Path obj = TestModels.write(dir.resolve("thing.obj"), TestModels.objTwoGroups(null));
        ShapeReader reader = new ShapeReader();
        SampledShape plain = reader.read(obj, 1000, 4);
        assertEquals(List.of("part_a", "part_b"), plain.partNames());

        TestModels.write(
                PartLabels.sidecarOf(obj),
                "{\"parts\": [{\"name\": \"everything\", \"geometries\": [\"part_a\", \"part_b\"]}]}");
        SampledShape merged = reader.read(obj, 1000, 4);
        assertEquals(List.of("everything"), merged.partNames());
        assertTrue(Arrays.stream(merged.partOfPoint()).allMatch(p -> p == 0));
        assertEquals(plain.cloud(), merged.cloud(), "labels must not change the points");

        TestModels.write(
                PartLabels.sidecarOf(obj), "{\"parts\": [{\"name\": \"bottom\", \"geometries\": [\"part_a\"]}]}");
        SampledShape partial = reader.read(obj, 1000, 4);
        assertEquals(List.of("bottom"), partial.partNames());
        for (int i = 0; i < partial.size(); i++) {
            int expected = plain.partOfPoint()[i] == 0 ? 0 : SampledShape.UNLABELLED;
            assertEquals(expected, partial.partOfPoint()[i]);
        }
        assertTrue(partial.pointsPerPart()[0] < partial.size());
    }

    private static MeshPart boxPart(String name, float x0, float y0, float z0, float x1, float y1, float z1) {
        float[] pos = TestModels.boxPositions(x0, y0, z0, x1, y1, z1);
        float cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, cz = (z0 + z1) / 2;
        float[] normals = new float[pos.length];
        for (int v = 0; v < pos.length; v += 3) {
            float dx = pos[v] - cx, dy = pos[v + 1] - cy, dz = pos[v + 2] - cz;
            float len = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
            normals[v] = dx / len;
            normals[v + 1] = dy / len;
            normals[v + 2] = dz / len;
        }
        return new MeshPart(name, pos, normals, TestModels.BOX_IDX);
    }

    @Test
    void glbFromTestScenesWriterReadsWithPartNames() throws Exception {
        SceneObject chair = new SceneObject(
                "chair",
                "chair_01",
                List.of(boxPart("seat", 0, 0, 0, 1, 1, 1), boxPart("back_rest", 3, 0, 0, 4, 1, 2.5f)));
        Path glb = dir.resolve("chair_01.glb");
        GlbWriter.write(chair, glb);

        LoadedScene scene = new SceneLoader().load(glb);
        TriangleSoup soup = SceneFlattener.flatten(scene);
        assertEquals(24, soup.triangleCount());
        assertArrayEquals(new float[] {0, 0, 0, 4, 1, 2.5f}, soup.bounds(), 1e-6f);
        assertEquals(chair.partNames(), PartLabels.defaults(soup).partNames());

        SampledShape s = new ShapeReader().read(glb);
        assertEquals(SurfaceSampler.DEFAULT_POINTS, s.size());
        assertEquals(List.of("seat", "back_rest"), s.partNames());
        int[] counts = s.pointsPerPart();
        assertEquals(2.0, counts[1] / (double) counts[0], 0.2, Arrays.toString(counts));

        // a sidecar may name the glTF root node to select everything below it
        TestModels.write(
                PartLabels.sidecarOf(glb), "{\"parts\": [{\"name\": \"whole\", \"geometries\": [\"chair_01\"]}]}");
        SampledShape whole = new ShapeReader().read(glb);
        assertEquals(List.of("whole"), whole.partNames());
        assertFalse(Arrays.stream(whole.partOfPoint()).anyMatch(p -> p != 0));
    }
}
