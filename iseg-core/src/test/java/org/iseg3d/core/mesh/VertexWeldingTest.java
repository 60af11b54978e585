package org.iseg3d.core.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VertexWeldingTest {

    @Test
    void cubeSoupWeldsToEightVerticesInOrderOfFirstCorner() {
        WeldedMesh w = VertexWelding.weld(TestMeshes.cube());
        assertEquals(8, w.vertexCount());
        assertEquals(0, w.vertexOfCorner()[0]);
        int max = -1;
        for (int v : w.vertexOfCorner()) { // ids appear in increasing order of first use
            if (v > max) {
                assertEquals(max + 1, v);
                max = v;
            }
        }
        assertEquals(Math.sqrt(3), w.diagonal(), 1e-6);
    }

    @Test
    void toleranceIsRelativeToTheDiagonal() {
        // two triangles whose shared corners differ by 1e-4 in a model of diagonal ~ 14 (relative 7e-6)
        float[] xyz = {0, 0, 0, 10, 0, 0, 0, 10, 0, 10.0001f, 0, 0, 10, 10, 0, 0, 10.0001f, 0};
        TriangleMesh mesh = new TriangleMesh(xyz);
        assertEquals(6, VertexWelding.weld(mesh).vertexCount()); // 1e-6 × 14 = 1.4e-5 < 1e-4
        assertEquals(4, VertexWelding.weld(mesh, 1e-5).vertexCount()); // 1.4e-4 > 1e-4
        // the same model scaled by 1000 welds the same way
        float[] big = xyz.clone();
        for (int i = 0; i < big.length; i++) {
            big[i] *= 1000;
        }
        assertEquals(4, VertexWelding.weld(new TriangleMesh(big), 1e-5).vertexCount());
    }

    @Test
    void minusZeroAndPlusZeroWeldExactly() {
        float[] xyz = {0, 0, 0, 1, 0, 0, 0, 1, 0, -0f, -0f, -0f, 0, 1, 0, 0, 0, 1};
        WeldedMesh w = VertexWelding.weld(new TriangleMesh(xyz), 0);
        assertEquals(4, w.vertexCount());
        assertEquals(w.vertexOfCorner()[0], w.vertexOfCorner()[3]);
    }

    @Test
    void nonFiniteCornersAreNeverWelded() {
        float[] xyz = {Float.NaN, 0, 0, Float.NaN, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, Float.POSITIVE_INFINITY, 1, 1, 1};
        WeldedMesh w = VertexWelding.weld(new TriangleMesh(xyz));
        assertNotEquals(w.vertexOfCorner()[0], w.vertexOfCorner()[1]);
        assertEquals(w.vertexOfCorner()[2], w.vertexOfCorner()[3]);
        assertEquals(w.vertexOfCorner()[2], w.vertexOfCorner()[5]);
        assertEquals(4, w.vertexCount());
    }

    @Test
    void weldsAcrossCellBordersAndPicksTheLowestVertexWithinTolerance() {
        // many corners jittered around grid points so some fall on either side of a cell face
        int n = 2000;
        float[] xyz = new float[9 * n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(4);
        for (int i = 0; i < 3 * n; i++) {
            int p = i % 50; // 50 distinct points on a line, 1 apart, jitter 1e-6 (tolerance 1e-6 × 49 ≈ 5e-5)
            xyz[3 * i] = p + (float) (r.nextDouble() - 0.5) * 2e-6f;
            xyz[3 * i + 1] = 0.5f;
            xyz[3 * i + 2] = 0.25f;
        }
        WeldedMesh w = VertexWelding.weld(new TriangleMesh(xyz));
        assertEquals(50, w.vertexCount());
        for (int i = 0; i < 3 * n; i++) {
            assertEquals(i % 50, w.vertexOfCorner()[i]);
        }
        assertArrayEquals(
                w.vertexOfCorner(), VertexWelding.weld(new TriangleMesh(xyz)).vertexOfCorner());
    }

    @Test
    void emptyAndInvalidInput() {
        assertEquals(0, VertexWelding.weld(new TriangleMesh(new float[0])).vertexCount());
        assertThrows(IllegalArgumentException.class, () -> new TriangleMesh(new float[8]));
        assertThrows(IllegalArgumentException.class, () -> VertexWelding.weld(TestMeshes.cube(), -1));
    }
}
