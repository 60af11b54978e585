package org.iseg3d.bridge.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.SampleIndex;
import org.iseg3d.bridge.testutil.TestGeometry;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;

class LabelTransferTest {

    @Test
    void groundTruthOfSeparateMeshesTransfersExactly() throws Exception {
        LoadedScene scene = new SceneLoader().load(Fixtures.fixture("chair"));
        TriangleSoup soup = SceneFlattener.flatten(scene);
        PartLabels labels = PartLabels.defaults(soup);
        SampledShape shape = SurfaceSampler.sample(soup, labels, 4096, 3L);
        SampleIndex index = SampleIndex.of(shape, soup.geometries().size());
        LabelTransfer transfer =
                LabelTransfer.prepare(soup, index, shape.triangleOfPoint(), TransferParams.DEFAULTS, () -> false);
        int[] got = transfer.transfer(shape.partOfPoint());
        int[] truth = new int[soup.triangleCount()];
        for (int t = 0; t < truth.length; t++) {
            truth[t] = labels.partOfGeometry()[soup.geometryOfTriangle()[t]];
        }
        assertTrue(labels.partNames().size() >= 6, "the chair has seat, back and legs");
        // 100 % per geometry, including geometries too small to have received many samples, although the transfer
        // never sees the Geometries (issue 12): the parts meet at creases, which the whole-model facets follow
        for (int g = 0; g < soup.geometries().size(); g++) {
            int wrong = 0, total = 0;
            for (int t = 0; t < truth.length; t++) {
                if (soup.geometryOfTriangle()[t] == g) {
                    total++;
                    wrong += got[t] == truth[t] ? 0 : 1;
                }
            }
            assertEquals(0, wrong, "geometry " + soup.geometries().get(g).path() + " of " + total + " triangles");
        }
        double[] iou =
                AreaIou.perPart(soup.areas(), got, truth, labels.partNames().size());
        for (double v : iou) {
            assertEquals(1.0, v, 1e-12);
        }
    }

    /** One grid mesh 1×1 of 80×80 quads; points labelled 1 where x < 0.37. */
    private static TriangleSoup gridSoup(int n) throws Exception {
        Node root = new Node("grid");
        Geometry g = new Geometry("grid", TestGeometry.grid(n, n, 1f, 1f));
        g.setMaterial(TestGeometry.material());
        root.attachChild(g);
        return SceneFlattener.flatten(root, "grid");
    }

    private static float cx(TriangleSoup soup, int t) {
        float[] p = soup.positions();
        return (p[9 * t] + p[9 * t + 3] + p[9 * t + 6]) / 3;
    }

    @Test
    void aStraightCutIsTransferredUpToTheSampleSpacing() throws Exception {
        TriangleSoup soup = gridSoup(80);
        SampledShape shape = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 2000, 5L);
        int[] labels = new int[shape.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = shape.cloud().x(i) < 0.37f ? 1 : 0;
        }
        SampleIndex index = SampleIndex.of(shape, 1);
        LabelTransfer transfer =
                LabelTransfer.prepare(soup, index, shape.triangleOfPoint(), TransferParams.DEFAULTS, () -> false);
        int[] got = transfer.transfer(labels);
        float spacing = (float) Math.sqrt(1.0 / shape.size());
        int far = 0, farWrong = 0;
        for (int t = 0; t < got.length; t++) {
            float x = cx(soup, t);
            if (Math.abs(x - 0.37f) > 2 * spacing) {
                far++;
                farWrong += got[t] == (x < 0.37f ? 1 : 0) ? 0 : 1;
            }
        }
        assertTrue(far > got.length / 2);
        assertEquals(0, farWrong, "triangles farther than two sample spacings from the cut");
        boolean[] truth = new boolean[got.length];
        boolean[] pred = new boolean[got.length];
        for (int t = 0; t < got.length; t++) {
            truth[t] = cx(soup, t) < 0.37f;
            pred[t] = got[t] == 1;
        }
        assertTrue(AreaIou.binary(soup.areas(), pred, truth) > 0.95);
    }

    @Test
    void smoothingLeavesNoIsolatedTrianglesAlongANoisyBoundary() throws Exception {
        TriangleSoup soup = gridSoup(60);
        SampledShape shape = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 3000, 9L);
        int[] labels = new int[shape.size()];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < labels.length; i++) {
            float x = shape.cloud().x(i) + (float) (rnd.nextGaussian() * 0.03); // a ragged boundary
            labels[i] = x < 0.5f ? 1 : 0;
        }
        SampleIndex index = SampleIndex.of(shape, 1);
        int[] raw = LabelTransfer.prepare(
                        soup,
                        index,
                        shape.triangleOfPoint(),
                        TransferParams.DEFAULTS.withSmoothingPasses(0),
                        () -> false)
                .transfer(labels);
        int[] smooth = LabelTransfer.prepare(soup, index, shape.triangleOfPoint(), TransferParams.DEFAULTS, () -> false)
                .transfer(labels);
        int[] vertexOf = VertexWelding.weld(soup.positions(), soup.geometryOfTriangle());
        int rawSpikes = spikes(raw, vertexOf), smoothSpikes = spikes(smooth, vertexOf);
        assertTrue(rawSpikes > 0, "the noisy labels do make spikes without smoothing");
        assertEquals(0, smoothSpikes, "raw had " + rawSpikes);
    }

    /** Triangles none of whose edge neighbours (sharing two welded vertices) has their label. */
    private static int spikes(int[] labels, int[] vertexOf) {
        java.util.Map<Long, java.util.List<Integer>> edges = new java.util.HashMap<>();
        int m = labels.length;
        for (int t = 0; t < m; t++) {
            for (int e = 0; e < 3; e++) {
                long a = vertexOf[3 * t + e], b = vertexOf[3 * t + (e + 1) % 3];
                long key = Math.min(a, b) << 32 | Math.max(a, b);
                edges.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(t);
            }
        }
        int[] same = new int[m];
        int[] any = new int[m];
        for (var list : edges.values()) {
            for (int t : list) {
                for (int u : list) {
                    if (u != t) {
                        any[t]++;
                        same[t] += labels[u] == labels[t] ? 1 : 0;
                    }
                }
            }
        }
        int count = 0;
        for (int t = 0; t < m; t++) {
            if (any[t] >= 2 && same[t] == 0) {
                count++;
            }
        }
        return count;
    }

    @Test
    void weldingJoinsEqualPositionsWithinAGeometryOnly() {
        // two triangles of geometry 0 sharing an edge by position (not by index), one of geometry 1 on the same spot
        float[] p = {0, 0, 0, 1, 0, 0, 0, 1, 0, /**/ 1, 0, 0, 1, 1, 0, 0, 1, 0, /**/ 0, 0, 0, 1, 0, 0, 0, 1, 0};
        int[] ids = VertexWelding.weld(p, new int[] {0, 0, 1});
        assertArrayEquals(new int[] {0, 1, 2, 1, 3, 2, 4, 5, 6}, ids);
        assertArrayEquals(
                new int[] {0, 0, 0},
                VertexWelding.weld(new float[] {0, 0, 0, -0f, 0, 0, 0, 0, 0}, new int[] {0}),
                "-0 and +0 weld");
    }

    @Test
    void weldingThroughIndexBuffersEqualsWeldingByPosition() throws Exception {
        // the chair (box meshes split at normal seams: corners share positions, not vertices) and a three-geometry
        // scene: the index-buffer shortcut and the parallel per-geometry weld must give the very same ids
        for (TriangleSoup soup : new TriangleSoup[] {
            SceneFlattener.flatten(new SceneLoader().load(Fixtures.fixture("chair"))),
            SceneFlattener.flatten(TestGeometry.threeBoxes(), "boxes"),
            gridSoup(30)
        }) {
            List<Mesh> meshes =
                    soup.geometries().stream().map(g -> g.geometry().getMesh()).toList();
            int[] count = new int[1];
            int[] keys = MeshVertexKeys.of(soup, meshes, count);
            assertTrue(keys != null && count[0] > 0, soup.fileName());
            int[] byPosition = VertexWelding.weld(soup.positions(), soup.geometryOfTriangle());
            assertArrayEquals(
                    byPosition,
                    VertexWelding.weld(soup.positions(), soup.geometryOfTriangle(), keys, count[0]),
                    soup.fileName());
            int distinctKeys = (int) java.util.Arrays.stream(keys).distinct().count();
            int welded = java.util.Arrays.stream(byPosition).max().orElse(-1) + 1;
            assertTrue(welded <= distinctKeys, soup.fileName() + ": " + welded + " vs " + distinctKeys);
        }
        // a mesh that changed since flattening: no keys, so prepare falls back to position welding
        TriangleSoup grid = gridSoup(4);
        assertEquals(null, MeshVertexKeys.of(grid, List.of(TestGeometry.grid(2, 2, 1f, 1f)), new int[1]));
    }

    @Test
    void preparationCanBeCancelled() throws Exception {
        TriangleSoup soup = gridSoup(20);
        SampledShape shape = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 100, 1L);
        SampleIndex index = SampleIndex.of(shape, 1);
        assertThrows(
                CancellationException.class,
                () -> LabelTransfer.prepare(soup, index, shape.triangleOfPoint(), TransferParams.DEFAULTS, () -> true));
    }

    @Test
    void areaIouByHand() {
        double[] areas = {1, 2, 3, 4};
        int[] pred = {0, 0, 1, -1};
        int[] truth = {0, 1, 1, 1};
        double[] iou = AreaIou.perPart(areas, pred, truth, 3);
        assertEquals(1.0 / 3.0, iou[0], 1e-12); // inter 1, union 1+2
        assertEquals(3.0 / 9.0, iou[1], 1e-12); // inter 3, union 2+3+4
        assertTrue(Double.isNaN(iou[2]));
        assertEquals(1.0 / 3.0, AreaIou.mean(iou), 1e-12);
    }

    @Test
    void aQuadOfTwoBigTrianglesFollowsItsFacetWithoutADiagonalSeam() throws Exception {
        // one flat face of two triangles, 60 % of its points selected (x < 0.6): the per-triangle vote alone cuts the
        // quad along its diagonal; the facet step makes the face follow the majority of its points as a whole
        TriangleSoup soup = gridSoup(1);
        SampledShape shape = SurfaceSampler.sample(soup, PartLabels.defaults(soup), 300, 4L);
        SampleIndex index = SampleIndex.of(shape, 1);
        int[] label = new int[shape.size()];
        for (int i = 0; i < label.length; i++) {
            label[i] = shape.cloud().x(i) < 0.6f ? 1 : 0;
        }
        int[] plain = LabelTransfer.prepare(
                        soup,
                        index,
                        shape.triangleOfPoint(),
                        TransferParams.DEFAULTS.withSmoothingPasses(0).withFacets(false),
                        () -> false)
                .transfer(label);
        assertTrue(plain[0] != plain[1], "the per-triangle vote splits the face along its diagonal");
        int[] faceted = LabelTransfer.prepare(
                        soup,
                        index,
                        shape.triangleOfPoint(),
                        TransferParams.DEFAULTS.withSmoothingPasses(0),
                        () -> false)
                .transfer(label);
        assertArrayEquals(new int[] {1, 1}, faceted);
        assertArrayEquals(
                new int[] {1, 1},
                LabelTransfer.prepare(soup, index, shape.triangleOfPoint(), TransferParams.DEFAULTS, () -> false)
                        .transfer(label));
    }
}
