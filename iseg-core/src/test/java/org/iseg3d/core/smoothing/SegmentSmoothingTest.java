package org.iseg3d.core.smoothing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.knn.KnnTable;
import org.junit.jupiter.api.Test;

class SegmentSmoothingTest {

    @Test
    void fillsAHoleSurroundedByAnnotatedPoints() {
        // line of 9 points; k = 4 neighbours of point 4 are 3,5,2,6
        KnnTable t = KnnTable.build(TestClouds.line(9, 1).xyz(), 4);
        boolean[] mask = {false, false, true, true, false, true, true, false, false};
        // 4/4 annotated > 0.7 -> added; point 1: neighbours 0,2,3 and (none at 4? no: -1 missing) -> 0,2,3,...
        boolean[] ss = SegmentSmoothing.apply(t, mask, 1, 4, 0.7f);
        assertTrue(ss[4]);
        // point 7: neighbours 6,8,5,(4 or 9-) -> 6,8,5,4: annotated 6,5 = 2/4 = 0.5 -> not added
        assertFalse(ss[7]);
        // exactly γ is not enough (strict): γ = 0.75 with 3/4 -> no; point 1 has 0,2,3,... -> 2 annotated of 4
        boolean[] strict = SegmentSmoothing.apply(
                t, new boolean[] {false, false, true, true, false, true, false, false, false}, 1, 4, 0.75f);
        assertFalse(strict[4], "3 of 4 annotated is not more than 0.75");
    }

    @Test
    void iteratesAndOnlyEverAdds() {
        KnnTable t = KnnTable.build(TestClouds.randomBox(1500, 3, 1, 1, 0.1f).xyz(), 32);
        SplittableRandom r = new SplittableRandom(8);
        boolean[] mask = new boolean[1500];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = r.nextDouble() < 0.75;
        }
        boolean[] one = SegmentSmoothing.apply(t, mask, 1, 32, 0.7f);
        boolean[] five = SegmentSmoothing.apply(t, mask, 5, 32, 0.7f);
        int c0 = 0, c1 = 0, c5 = 0;
        for (int i = 0; i < mask.length; i++) {
            assertTrue(!mask[i] || one[i]);
            assertTrue(!one[i] || five[i]);
            c0 += mask[i] ? 1 : 0;
            c1 += one[i] ? 1 : 0;
            c5 += five[i] ? 1 : 0;
        }
        assertTrue(c1 > c0, "one pass adds points to a 75% dense mask");
        assertTrue(c5 >= c1);
        assertArrayEquals(mask, SegmentSmoothing.apply(t, mask, 0, 32, 0.7f));
    }
}
