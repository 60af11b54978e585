package org.iseg3d.core.mesh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.iseg3d.core.click.Mask;
import org.junit.jupiter.api.Test;

class FacetClickRuleTest {

    /** Cube: face k = facet k = triangles 2k, 2k+1; four points per face, one per triangle corner region. */
    private final Facets cube = Facets.of(TestMeshes.cube());

    private final int[] triangleOfPoint = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11};

    @Test
    void aPositiveClickSelectsItsWholeFacetEvenIfThePointRuleMissedMostOfIt() {
        boolean[] m = new boolean[24];
        m[0] = true; // only the clicked point of face 0
        FacetClickRule.Result r =
                new FacetClickRule(cube, triangleOfPoint).apply(new Mask(m), new int[] {0}, new int[0]);
        assertEquals(FacetClickRule.IN, r.state()[0]);
        assertArrayEquals(
                new boolean[] {true, true, true, true},
                java.util.Arrays.copyOf(r.mask().selected(), 4));
        assertEquals(4, r.mask().count());
    }

    @Test
    void aNegativeClickRemovesItsWholeFacet() {
        boolean[] m = new boolean[24];
        java.util.Arrays.fill(m, 0, 8, true); // faces 0 and 1 selected by the point rule
        FacetClickRule.Result r =
                new FacetClickRule(cube, triangleOfPoint).apply(new Mask(m), new int[] {0}, new int[] {5});
        assertEquals(FacetClickRule.IN, r.state()[0]);
        assertEquals(FacetClickRule.OUT, r.state()[1]);
        assertEquals(4, r.mask().count());
    }

    @Test
    void mostlySelectedFacetsSnapInMostlyUnselectedOutAndSplitOnesKeepThePointRule() {
        boolean[] m = new boolean[24];
        m[8] = m[9] = m[10] = m[11] = true; // face 2 fully
        m[12] = m[13] = m[14] = true; // face 3: 75 %, not above the band -> split
        m[16] = m[17] = m[18] = true;
        m[20] = true; // face 5: 25 %, not below the band -> split
        m[19] = false; // face 4: 75 % too
        FacetClickRule rule = new FacetClickRule(cube, triangleOfPoint);
        FacetClickRule.Result r = rule.apply(new Mask(m), new int[] {8}, new int[0]);
        assertEquals(FacetClickRule.IN, r.state()[2]);
        assertEquals(FacetClickRule.SPLIT, r.state()[3]);
        assertEquals(FacetClickRule.SPLIT, r.state()[5]);
        assertEquals(FacetClickRule.OUT, r.state()[0]);
        assertArrayEquals(m, r.mask().selected()); // split facets kept the point mask exactly
        // a narrower band (majority) snaps them
        FacetClickRule.Result majority =
                new FacetClickRule(cube, triangleOfPoint, 0.5, 0.5).apply(new Mask(m), new int[] {8}, new int[0]);
        assertEquals(FacetClickRule.IN, majority.state()[3]);
        assertEquals(FacetClickRule.OUT, majority.state()[5]);
    }

    @Test
    void aFacetWithBothClicksIsSplit() {
        boolean[] m = new boolean[24];
        m[0] = m[1] = true;
        FacetClickRule.Result r =
                new FacetClickRule(cube, triangleOfPoint).apply(new Mask(m), new int[] {0}, new int[] {3});
        assertEquals(FacetClickRule.SPLIT, r.state()[0]);
        assertArrayEquals(m, r.mask().selected());
    }
}
