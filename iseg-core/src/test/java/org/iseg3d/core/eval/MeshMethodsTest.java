package org.iseg3d.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.Mask;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.cloud.AreaSampling;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.core.mesh.FacetParams;
import org.iseg3d.core.mesh.SampledMesh;
import org.iseg3d.core.mesh.TestMeshes;
import org.iseg3d.core.mesh.TriangleMesh;
import org.iseg3d.core.sim.CenterClickSimulator;
import org.iseg3d.core.sim.PartSimulation;
import org.junit.jupiter.api.Test;

/**
 * The mesh-aware methods on generated meshes: two unit cubes of two-triangle faces, 2 apart (two welded
 * components, twelve faces), {@value #PER_TRIANGLE} sample points per triangle.
 */
class MeshMethodsTest {

    static final int PER_TRIANGLE = 8;
    /** Triangles 2f, 2f+1 are face f; faces 0-5 the first cube, 6-11 the second. */
    private final TriangleMesh mesh = twoCubes();

    private final int triangles = mesh.triangleCount();
    private final int[] triangleOfPoint = new int[triangles * PER_TRIANGLE];
    private final PointCloud cloud = sample();
    private final SampledMesh sampled = new SampledMesh(mesh, triangleOfPoint);
    private final ShapeContext context = ShapeContext.of(cloud);

    private static TriangleMesh twoCubes() {
        float[] a = TestMeshes.cube().xyz();
        float[] b = a.clone();
        for (int i = 0; i < b.length; i += 3) {
            b[i] += 3;
        }
        return TestMeshes.concat(new TriangleMesh(a), new TriangleMesh(b));
    }

    private PointCloud sample() {
        int n = triangleOfPoint.length;
        float[] xyz = new float[3 * n];
        float[] normals = new float[3 * n];
        SplittableRandom r = new SplittableRandom(7);
        for (int p = 0; p < n; p++) {
            int t = p / PER_TRIANGLE;
            triangleOfPoint[p] = t;
            AreaSampling.pointInTriangle(mesh.xyz(), 9 * t, r.nextDouble(), r.nextDouble(), xyz, normals, p);
        }
        return new PointCloud(xyz, normals);
    }

    /** The points of face f (both its triangles). */
    private boolean[] face(int... faces) {
        boolean[] m = new boolean[triangleOfPoint.length];
        for (int f : faces) {
            for (int p = 0; p < m.length; p++) {
                m[p] |= triangleOfPoint[p] / 2 == f;
            }
        }
        return m;
    }

    private static int pointOn(int triangle) {
        return triangle * PER_TRIANGLE;
    }

    private Mask segment(SegmentationMethod method, SampledMesh m, Click... clicks) {
        ClickSegmenter s = method.prepare(context, m).newSegmenter(ClickParams.DEFAULTS);
        return s.segment(List.of(clicks));
    }

    @Test
    void linkedTakesTheClickedComponentAndANegativeClickRemovesIts() {
        MeshBaselines linked = new MeshBaselines(MeshBaselines.Region.LINKED, FacetParams.DEFAULTS);
        assertEquals("linked", linked.name());
        assertArrayEquals(
                face(0, 1, 2, 3, 4, 5),
                segment(linked, sampled, Click.positive(pointOn(3))).selected());
        assertArrayEquals(
                face(6, 7, 8, 9, 10, 11),
                segment(
                                linked,
                                sampled,
                                Click.positive(pointOn(3)),
                                Click.positive(pointOn(14)),
                                Click.negative(pointOn(0)))
                        .selected());
    }

    @Test
    void facetsTakesTheClickedFaceOnlyWithBothItsTrianglesAndANegativeClickRemovesIt() {
        MeshBaselines facets = new MeshBaselines(MeshBaselines.Region.FACETS, FacetParams.DEFAULTS);
        // a click on the second triangle of face 1 takes face 1 whole
        assertArrayEquals(
                face(1), segment(facets, sampled, Click.positive(pointOn(3))).selected());
        assertArrayEquals(
                face(1),
                segment(
                                facets,
                                sampled,
                                Click.positive(pointOn(3)),
                                Click.positive(pointOn(4)),
                                Click.negative(pointOn(5)))
                        .selected());
    }

    @Test
    void withoutAMeshTheBaselinesSelectOnlyTheClickedPoint() {
        MeshBaselines facets = new MeshBaselines(MeshBaselines.Region.FACETS, FacetParams.DEFAULTS);
        assertEquals(1, segment(facets, null, Click.positive(pointOn(3))).count());
    }

    @Test
    void oneClickOnAFaceOfTwoTrianglesSelectsTheWholeFaceWithFacets() {
        for (FacetMethod.Variant v : FacetMethod.Variant.values()) {
            FacetMethod method = new FacetMethod(new XyzEmbedder(), FacetMethod.Settings.DEFAULTS.withVariant(v));
            Mask m = segment(method, sampled, Click.positive(pointOn(2)));
            boolean[] face = face(1);
            for (int p = 0; p < face.length; p++) {
                assertTrue(!face[p] || m.contains(p), v + ": point " + p + " of the clicked face not selected");
            }
            // pooled: every face is whole, in or out (snap keeps the point rule on faces it half covers)
            for (int f = 0; v == FacetMethod.Variant.POOL && f < 12; f++) {
                boolean[] ff = face(f);
                int in = 0, all = 0;
                for (int p = 0; p < ff.length; p++) {
                    if (ff[p]) {
                        all++;
                        in += m.contains(p) ? 1 : 0;
                    }
                }
                assertTrue(in == 0 || in == all, v + ": face " + f + " split " + in + "/" + all);
            }
            // the other cube is far in xyz: not selected
            assertFalse(m.contains(pointOn(14)), v.toString());
        }
    }

    @Test
    void aNegativeClickOnAFacetRemovesItWhole() {
        FacetMethod method =
                new FacetMethod(new XyzEmbedder(), FacetMethod.Settings.DEFAULTS.withVariant(FacetMethod.Variant.SNAP));
        ClickSegmenter s = method.prepare(context, sampled).newSegmenter(ClickParams.DEFAULTS.withAlpha(2f));
        Mask all = s.segment(List.of(Click.positive(pointOn(2))));
        assertTrue(all.contains(pointOn(0)), "alpha 2 reaches face 0");
        Mask m = s.segment(List.of(Click.positive(pointOn(2)), Click.negative(pointOn(1))));
        boolean[] face0 = face(0);
        for (int p = 0; p < face0.length; p++) {
            assertTrue(!face0[p] || !m.contains(p), "point " + p + " of the negatively clicked face kept");
        }
        assertTrue(m.contains(pointOn(3)));
    }

    @Test
    void theLinkedVariantTakesTheClickedComponentUntilANegativeClickSplitsIt() {
        FacetMethod method = new FacetMethod(
                new XyzEmbedder(), FacetMethod.Settings.DEFAULTS.withVariant(FacetMethod.Variant.LINKED));
        assertArrayEquals(
                face(0, 1, 2, 3, 4, 5),
                segment(method, sampled, Click.positive(pointOn(2))).selected());
        Mask split = segment(method, sampled, Click.positive(pointOn(2)), Click.negative(pointOn(8)));
        assertTrue(split.contains(pointOn(2)) && split.contains(pointOn(3)), "the clicked face stays");
        assertFalse(split.contains(pointOn(8)) || split.contains(pointOn(9)), "the negatively clicked face goes");
        assertFalse(split.contains(pointOn(14)), "the other cube stays out");
    }

    @Test
    void aFacetHoldingAPositiveAndANegativeClickIsCutByThePointRuleEvenWhenPooled() {
        for (FacetMethod.Variant v : FacetMethod.Variant.values()) {
            FacetMethod method = new FacetMethod(new XyzEmbedder(), FacetMethod.Settings.DEFAULTS.withVariant(v));
            // face 1 = triangles 2 and 3: positive on the far corner of one, negative on the other
            int a = farthest(2, 3), b = farthest(3, 2);
            Mask m = segment(method, sampled, Click.positive(a), Click.negative(b));
            assertTrue(m.contains(a), v + ": the positive point");
            assertFalse(m.contains(b), v + ": the negative point");
        }
    }

    /** The sample of triangle t farthest from the centroid of triangle u. */
    private int farthest(int t, int u) {
        float[] x = mesh.xyz();
        float cx = (x[9 * u] + x[9 * u + 3] + x[9 * u + 6]) / 3,
                cy = (x[9 * u + 1] + x[9 * u + 4] + x[9 * u + 7]) / 3,
                cz = (x[9 * u + 2] + x[9 * u + 5] + x[9 * u + 8]) / 3;
        int best = -1;
        double bd = -1;
        for (int p = t * PER_TRIANGLE; p < (t + 1) * PER_TRIANGLE; p++) {
            double dx = cloud.x(p) - cx, dy = cloud.y(p) - cy, dz = cloud.z(p) - cz, dd = dx * dx + dy * dy + dz * dz;
            if (dd > bd) {
                bd = dd;
                best = p;
            }
        }
        return best;
    }

    @Test
    void withoutAMeshTheFacetMethodIsThePointMethod() {
        FacetMethod method = new FacetMethod(new XyzEmbedder(), FacetMethod.Settings.DEFAULTS);
        SegmentationMethod plain = SegmentationMethod.embedding(new XyzEmbedder());
        Click[] clicks = {Click.positive(pointOn(2)), Click.negative(pointOn(9))};
        assertEquals(segment(plain, null, clicks), segment(method, null, clicks));
    }

    @Test
    void theSimulatedUserSegmentsAFaceInOneClickWithFacetsAndTheEvaluatorUsesTheMesh() {
        int[] partOfPoint = new int[triangleOfPoint.length];
        for (int p = 0; p < partOfPoint.length; p++) {
            partOfPoint[p] = triangleOfPoint[p] / 2 == 1 ? 1 : 0; // part 1 = face 1
        }
        LabeledShape shape = new LabeledShape(
                "two-cubes", "test", cloud, partOfPoint, List.of("rest", "face"), sampled, new double[] {
                    11 / 12.0, 1 / 12.0
                });
        ShapeEvaluator ev = new ShapeEvaluator(
                new MeshBaselines(MeshBaselines.Region.FACETS, FacetParams.DEFAULTS),
                ShapeEvaluator.Protocol.CENTER,
                ClickParams.DEFAULTS,
                3,
                new ShapeEvaluator.PartFloor(1, ShapeEvaluator.DEFAULT_MIN_PART_AREA),
                1,
                false);
        ShapeEvaluator.Outcome o = ev.evaluate(shape);
        assertEquals(2, o.parts().size());
        assertEquals(100.0, o.parts().get(1).iou()[0], 1e-9);
        PartSimulation.Trace t = PartSimulation.run(
                new MeshBaselines(MeshBaselines.Region.LINKED, FacetParams.DEFAULTS)
                        .prepare(context, sampled)
                        .newSegmenter(ClickParams.DEFAULTS),
                shape.target(1),
                new CenterClickSimulator(),
                2);
        assertTrue(t.iou()[1] < 100, "linked cannot isolate one face of a cube");
    }

    @Test
    void thePartFloorSkipsPartsBelowTheAreaAndPartsWithoutPoints() {
        int[] partOfPoint = new int[triangleOfPoint.length]; // every point on part 0; part 1 tiny, part 2 no points
        LabeledShape shape = new LabeledShape(
                "two-cubes", "test", cloud, partOfPoint, List.of("all", "tiny", "unsampled"), sampled, new double[] {
                    0.99, 0.0001, 0.0099
                });
        ShapeEvaluator ev = new ShapeEvaluator(
                new MeshBaselines(MeshBaselines.Region.LINKED, FacetParams.DEFAULTS),
                ShapeEvaluator.Protocol.CENTER,
                ClickParams.DEFAULTS,
                2,
                new ShapeEvaluator.PartFloor(1, ShapeEvaluator.DEFAULT_MIN_PART_AREA),
                1,
                false);
        ShapeEvaluator.Outcome o = ev.evaluate(shape);
        assertEquals(1, o.parts().size());
        assertEquals(2, o.skippedParts());
        assertEquals(1, o.skippedArea());
        assertEquals(1, o.skippedNoPoints());
    }
}
