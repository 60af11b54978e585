package org.iseg3d.core.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FacetsTest {

    @Test
    void cubeOfTwelveTrianglesHasSixFacetsEachWithFourNeighbours() {
        Facets f = Facets.of(TestMeshes.cube());
        assertCubeFaces(f, 1);
    }

    @Test
    void unweldedCubeWithPerFaceVerticesOffByAnUlpStillHasSixConnectedFacets() {
        float[] xyz = TestMeshes.cube().xyz().clone();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < xyz.length; i++) { // each face its own copy, nudged as another Geometry's transform would
            xyz[i] = 3.3f * xyz[i] + 1.7f;
            int nudge = r.nextInt(3) - 1;
            xyz[i] = nudge < 0 ? Math.nextDown(xyz[i]) : nudge > 0 ? Math.nextUp(xyz[i]) : xyz[i];
        }
        TriangleMesh mesh = new TriangleMesh(xyz);
        assertEquals(8, VertexWelding.weld(mesh).vertexCount());
        assertCubeFaces(Facets.of(mesh), 3.3);
        // with exact welding only, faces are cut apart: no facet has a neighbour any more
        Facets exact = Facets.of(mesh, new FacetParams(12, 1e-4, 0, 16));
        assertEquals(0, exact.adjacency().neighbours().length);
    }

    @Test
    void cubeWithHalfTheFacesFlippedStillHasSixFacets() {
        boolean[] flip = new boolean[12];
        for (int t : new int[] {0, 1, 5, 6, 7, 10}) { // faces 0 and 3 whole, one triangle of faces 2 and 5
            flip[t] = true;
        }
        Facets f = Facets.of(TestMeshes.flipped(TestMeshes.cube(), flip));
        assertCubeFaces(f, 1);
    }

    @Test
    void finelyTessellatedCylinderIsSideAndTwoCapsAtFifteenDegrees() {
        TriangleMesh mesh = TestMeshes.cylinder(64, 10, 1, 3); // 5.6° between neighbouring side quads
        Facets f = Facets.of(mesh, FacetParams.DEFAULTS.withMaxAngle(15));
        assertEquals(3, f.count());
        int sideTriangles = 2 * 64 * 10;
        assertEquals(0, f.facetOfTriangle()[0]);
        for (int t = 0; t < sideTriangles; t++) {
            assertEquals(0, f.facetOfTriangle()[t]);
        }
        for (int t = sideTriangles; t < sideTriangles + 64; t++) {
            assertEquals(1, f.facetOfTriangle()[t]);
        }
        for (int t = sideTriangles + 64; t < sideTriangles + 128; t++) {
            assertEquals(2, f.facetOfTriangle()[t]);
        }
        assertEquals(2 * Math.PI * 3, f.area()[0], 0.01 * 2 * Math.PI * 3);
        assertEquals(1, Math.abs(f.normal()[3 * 1 + 2]), 1e-5); // caps face ±z
        assertEquals(2, f.adjacency().degree(0));
        // below the angle between side quads, every side column is its own facet
        Facets fine = Facets.of(mesh, FacetParams.DEFAULTS.withMaxAngle(5).withMinAreaFraction(0));
        assertEquals(64 + 2, fine.count());
    }

    @Test
    void slivers_mergeIntoTheNeighbourTheyShareMostEdgeWith() {
        // a 10×10 square (z = 0) with a thin tilted strip along its right edge: strip (0.01 wide, tilted 45°)
        float[] sq = {0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 0, 0, 10, 10, 0, 0, 10, 0};
        float[] strip = {10, 0, 0, 10.01f, 0, 0.01f, 10.01f, 10, 0.01f, 10, 0, 0, 10.01f, 10, 0.01f, 10, 10, 0};
        // and a wall standing on the strip's far edge, much larger than the strip
        float[] wall = {
            10.01f, 0, 0.01f, 10.01f, 0, 10, 10.01f, 10, 10, 10.01f, 0, 0.01f, 10.01f, 10, 10, 10.01f, 10, 0.01f
        };
        float[] xyz = new float[54];
        System.arraycopy(sq, 0, xyz, 0, 18);
        System.arraycopy(strip, 0, xyz, 18, 18);
        System.arraycopy(wall, 0, xyz, 36, 18);
        TriangleMesh mesh = new TriangleMesh(xyz);
        Facets kept = Facets.of(mesh, FacetParams.DEFAULTS.withMinAreaFraction(0));
        assertEquals(3, kept.count()); // 45° from both: its own facet when nothing is merged
        Facets merged = Facets.of(mesh, FacetParams.DEFAULTS.withMinAreaFraction(0.01));
        assertEquals(2, merged.count());
        int[] of = merged.facetOfTriangle();
        assertEquals(of[0], of[1]);
        assertEquals(of[4], of[5]);
        assertTrue(of[0] != of[4]);
        // both neighbours share 10 units of edge with the strip; the square's normal (tilted 45°) ties with the
        // wall's (45°) too, so the lower id (the square, facet 0) wins
        assertEquals(of[0], of[2]);
        assertEquals(of[0], of[3]);
        assertEquals(100.0 + 10 * 0.01 * Math.sqrt(2), merged.area()[of[0]], 1e-3);
        assertEquals(1, Math.abs(merged.normal()[3 * of[0] + 2]), 1e-3);
    }

    @Test
    void sliverMergeFollowsTheLongerSharedEdge() {
        // a floor (z = 0) with a 1-unit edge A-B, a small upright sliver on A-B, and a wall (31° from the floor)
        // sharing only the sliver's 0.58-unit edge A-C
        float[] floor = {0, 0, 0, 10, 0, 0, 10, 10, 0, 0, 0, 0, 10, 10, 0, 0, 1, 0, 0, 1, 0, 10, 10, 0, 0, 10, 0};
        float[] sliver = {0, 1, 0, 0, 0, 0, -0.02f, 0.5f, 0.3f};
        float[] wall = {0, 0, 0, -0.02f, 0.5f, 0.3f, -10, 0, 0};
        float[] xyz = new float[45];
        System.arraycopy(floor, 0, xyz, 0, 27);
        System.arraycopy(sliver, 0, xyz, 27, 9);
        System.arraycopy(wall, 0, xyz, 36, 9);
        assertEquals(
                3,
                Facets.of(new TriangleMesh(xyz), FacetParams.DEFAULTS.withMinAreaFraction(0))
                        .count());
        Facets f = Facets.of(new TriangleMesh(xyz), FacetParams.DEFAULTS.withMinAreaFraction(0.005));
        assertEquals(2, f.count());
        assertEquals(f.facetOfTriangle()[0], f.facetOfTriangle()[3]); // 1.0 shared with the floor > 0.58 with the wall
        assertTrue(f.facetOfTriangle()[4] != f.facetOfTriangle()[0]);
    }

    @Test
    void degenerateAndNonFiniteTrianglesDoNotCrashAndAreCounted() {
        TriangleMesh cube = TestMeshes.cube();
        float[] bad = {
            0,
            0,
            0,
            1,
            0,
            0,
            2,
            0,
            0, // collinear: zero area
            0,
            0,
            0,
            0,
            0,
            0,
            1,
            1,
            0, // two corners the same
            Float.NaN,
            0,
            0,
            1,
            0,
            0,
            1,
            1,
            1, // NaN corner
            0,
            0,
            1,
            Float.POSITIVE_INFINITY,
            0,
            1,
            1,
            1,
            1, // infinite corner
        };
        TriangleMesh mesh = TestMeshes.concat(cube, new TriangleMesh(bad));
        Facets f = Facets.of(mesh);
        assertEquals(4, f.degenerate());
        assertCubeFaces(
                new Facets(
                        java.util.Arrays.copyOf(f.facetOfTriangle(), 12),
                        f.count(),
                        f.area(),
                        f.normal(),
                        f.adjacency(),
                        f.triangleArea(),
                        0),
                1);
        for (int t = 12; t < 16; t++) {
            assertEquals(-1, f.facetOfTriangle()[t]);
            assertEquals(0, f.triangleArea()[t]);
        }
        Facets empty = Facets.of(new TriangleMesh(bad));
        assertEquals(0, empty.count());
        assertEquals(0, Facets.of(new TriangleMesh(new float[0])).count());
    }

    @Test
    void sameFacetsForAShuffledTriangleOrderUpToRelabelling() {
        TriangleMesh mesh = TestMeshes.concat(TestMeshes.cylinder(48, 6, 1, 2), TestMeshes.boxGrid(5, 1.5f, 1, 0.5f));
        boolean[] flip = new boolean[mesh.triangleCount()];
        SplittableRandom r = new SplittableRandom(11);
        for (int t = 0; t < flip.length; t++) {
            flip[t] = r.nextBoolean();
        }
        mesh = TestMeshes.flipped(mesh, flip);
        Facets a = Facets.of(mesh, FacetParams.DEFAULTS.withMaxAngle(15));
        int[] perm = TestMeshes.permutation(mesh.triangleCount(), 7);
        Facets b = Facets.of(TestMeshes.permuted(mesh, perm, 8), FacetParams.DEFAULTS.withMaxAngle(15));
        assertEquals(3 + 6, a.count());
        assertEquals(a.count(), b.count());
        Map<Integer, Integer> aToB = new HashMap<>();
        for (int t = 0; t < perm.length; t++) {
            int fa = a.facetOfTriangle()[perm[t]], fb = b.facetOfTriangle()[t];
            assertEquals(fb, aToB.computeIfAbsent(fa, k -> fb));
        }
        assertEquals(a.count(), aToB.size());
        for (var e : aToB.entrySet()) {
            assertEquals(a.area()[e.getKey()], b.area()[e.getValue()], 1e-9 * a.area()[e.getKey()] + 1e-12);
            assertEquals(a.adjacency().degree(e.getKey()), b.adjacency().degree(e.getValue()));
        }
        // and the same input twice gives the same arrays
        Facets again = Facets.of(mesh, FacetParams.DEFAULTS.withMaxAngle(15));
        assertArrayEquals(a.facetOfTriangle(), again.facetOfTriangle());
        assertArrayEquals(a.adjacency().neighbours(), again.adjacency().neighbours());
    }

    @Test
    void nonManifoldFinOnAnEdgeDoesNotJoinThePlane() {
        // two coplanar triangles sharing the edge x = 1 and a vertical fin on the same edge
        float[] xyz = {0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0, 2, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0.5f, 1};
        Facets f = Facets.of(new TriangleMesh(xyz), FacetParams.DEFAULTS.withMinAreaFraction(0));
        assertEquals(2, f.count());
        assertEquals(f.facetOfTriangle()[0], f.facetOfTriangle()[1]);
        assertEquals(1, f.adjacency().degree(0));
        assertEquals(2, f.adjacency().sharedLength()[0], 1e-5); // the 1-unit edge, once per triangle pair on it
    }

    @Test
    void doubleSidedDuplicateTrianglesJoinTheirFrontFaces() {
        TriangleMesh cube = TestMeshes.cube();
        boolean[] all = new boolean[12];
        java.util.Arrays.fill(all, true);
        Facets f = Facets.of(TestMeshes.concat(cube, TestMeshes.flipped(cube, all)));
        assertEquals(6, f.count());
        for (int t = 0; t < 12; t++) {
            assertEquals(f.facetOfTriangle()[t], f.facetOfTriangle()[t + 12]);
        }
    }

    @Test
    void afterSliverMergingNoConnectedFacetIsBelowTheMinimumAndAreaAndSymmetryHold() {
        // a 40×40 height field with random bumps: hundreds of small facets at 12°
        int n = 40;
        SplittableRandom r = new SplittableRandom(21);
        float[] h = new float[(n + 1) * (n + 1)];
        for (int i = 0; i < h.length; i++) {
            h[i] = (float) r.nextDouble();
        }
        float[] xyz = new float[n * n * 18];
        int o = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int[][] q = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j}, {i + 1, j + 1}, {i, j + 1}};
                for (int[] c : q) {
                    xyz[o++] = c[0];
                    xyz[o++] = c[1];
                    xyz[o++] = h[c[0] * (n + 1) + c[1]];
                }
            }
        }
        TriangleMesh mesh = new TriangleMesh(xyz);
        Facets raw = Facets.of(mesh, FacetParams.DEFAULTS.withMinAreaFraction(0));
        Facets merged = Facets.of(mesh, FacetParams.DEFAULTS.withMinAreaFraction(0.01));
        assertTrue(raw.count() > 200, "bumpy field should give many facets: " + raw.count());
        assertTrue(merged.count() < raw.count());
        double total = 0;
        for (double a : raw.area()) {
            total += a;
        }
        double mergedTotal = 0;
        for (int f = 0; f < merged.count(); f++) {
            mergedTotal += merged.area()[f];
            assertTrue(
                    merged.area()[f] >= 0.01 * total || merged.adjacency().degree(f) == 0,
                    "facet " + f + " of area " + merged.area()[f] + " left below the minimum");
        }
        assertEquals(total, mergedTotal, 1e-6 * total);
        FacetAdjacency adj = merged.adjacency();
        for (int f = 0; f < merged.count(); f++) {
            for (int i = adj.offsets()[f]; i < adj.offsets()[f + 1]; i++) {
                int g = adj.neighbours()[i];
                assertTrue(g != f);
                int back = java.util.Arrays.binarySearch(adj.neighbours(), adj.offsets()[g], adj.offsets()[g + 1], f);
                assertTrue(back >= 0);
                assertEquals(adj.sharedLength()[i], adj.sharedLength()[back], 1e-4);
            }
        }
        int[] counts = merged.triangleCounts();
        assertEquals(2 * n * n, java.util.Arrays.stream(counts).sum());
    }

    /** Six facets of two triangles each (triangles 2k, 2k+1 are face k), axis normals, four neighbours each. */
    private static void assertCubeFaces(Facets f, double edge) {
        assertEquals(6, f.count());
        for (int face = 0; face < 6; face++) {
            int id = f.facetOfTriangle()[2 * face];
            assertEquals(id, f.facetOfTriangle()[2 * face + 1]);
            assertEquals(edge * edge, f.area()[id], 1e-5 * edge * edge);
            float nx = f.normal()[3 * id], ny = f.normal()[3 * id + 1], nz = f.normal()[3 * id + 2];
            assertEquals(1, Math.max(Math.abs(nx), Math.max(Math.abs(ny), Math.abs(nz))), 1e-5);
            assertEquals(4, f.adjacency().degree(id));
            for (int i = f.adjacency().offsets()[id]; i < f.adjacency().offsets()[id + 1]; i++) {
                assertEquals(edge, f.adjacency().sharedLength()[i], 1e-5 * edge);
            }
        }
    }
}
