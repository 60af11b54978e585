package org.iseg3d.core.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The 1M-triangle box of the benchmark gives its 6 faces (correctness at scale; timing is FacetsBenchmark's). */
class FacetsAtScaleTest {

    @Test
    void millionTriangleBoxHasSixFacets() {
        TriangleMesh box = TestMeshes.boxGrid(289, 1, 0.7f, 0.4f);
        Facets f = Facets.of(box);
        assertEquals(1_002_252, box.triangleCount());
        assertEquals(6, f.count());
        assertEquals(
                2 * (0.7 + 0.28 + 0.4),
                f.area()[0] + f.area()[1] + f.area()[2] + f.area()[3] + f.area()[4] + f.area()[5],
                1e-3);
        for (int facet = 0; facet < 6; facet++) {
            assertEquals(4, f.adjacency().degree(facet));
        }
    }
}
