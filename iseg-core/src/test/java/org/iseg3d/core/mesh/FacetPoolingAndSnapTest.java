package org.iseg3d.core.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iseg3d.core.click.Mask;
import org.junit.jupiter.api.Test;

class FacetPoolingAndSnapTest {

    /** Cube facets: triangles 2k, 2k+1 are face k; with the default params face k is facet k. */
    private final Facets cube = Facets.of(TestMeshes.cube());

    @Test
    void poolingIsAnAreaWeightedMeanPerFacet() {
        // face 0: 3 points on triangle 0 (value 1) and 1 point on triangle 1 (value 5): triangles have equal area,
        // so each triangle counts half whatever its point count: mean 3, not (3 + 5) / 4 = 2
        int[] triangleOfPoint = {0, 0, 0, 1, 2, -1};
        float[] emb = {1, 10, 1, 10, 1, 10, 5, 20, 7, 7, 100, 100};
        FacetPooling.Pooled pooled = FacetPooling.pool(emb, 2, triangleOfPoint, cube);
        assertEquals(3, pooled.rows()[0], 1e-6);
        assertEquals(15, pooled.rows()[1], 1e-6);
        assertEquals(7, pooled.rows()[2], 1e-6);
        assertTrue(pooled.sampled(0));
        assertTrue(pooled.sampled(1));
        assertFalse(pooled.sampled(2));
        assertEquals(0, pooled.rows()[4]);
        assertEquals(1.0, pooled.weight()[0], 1e-6); // sampled area of face 0
        float[] perPoint = FacetPooling.perPoint(pooled, emb, triangleOfPoint, cube);
        assertArrayEquals(new float[] {3, 15, 3, 15, 3, 15, 3, 15, 7, 7, 100, 100}, perPoint, 1e-6f);
    }

    @Test
    void snapSelectsFacetsWhoseSampledAreaIsMostlySelected() {
        // face 0: triangle 0 has 1 of 2 points selected, triangle 1 none of 2: 25 % -> not selected
        // face 1: 2 of 3 points selected, all on triangle 2 -> 67 % -> selected
        // face 2: no points; the point on no triangle keeps its value
        int[] triangleOfPoint = {0, 0, 1, 1, 2, 2, 2, -1};
        Mask mask = new Mask(new boolean[] {true, false, false, false, true, true, false, true});
        double[] fraction = FacetSnap.selectedFraction(mask, triangleOfPoint, cube);
        assertEquals(0.25, fraction[0], 1e-6);
        assertEquals(2.0 / 3, fraction[1], 1e-9);
        assertTrue(Double.isNaN(fraction[2]));
        boolean[] facets = FacetSnap.facets(mask, triangleOfPoint, cube, FacetSnap.MAJORITY);
        assertArrayEquals(new boolean[] {false, true, false, false, false, false}, facets);
        Mask snapped = FacetSnap.snap(mask, triangleOfPoint, cube);
        assertArrayEquals(new boolean[] {false, false, false, false, true, true, true, true}, snapped.selected());
        boolean[] triangles = FacetSnap.triangles(facets, cube);
        assertEquals(
                2,
                java.util.stream.IntStream.range(0, 12)
                        .filter(t -> triangles[t])
                        .count());
        assertTrue(triangles[2] && triangles[3]);
    }
}
