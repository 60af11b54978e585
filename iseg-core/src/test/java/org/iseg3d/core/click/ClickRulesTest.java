package org.iseg3d.core.click;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Eq. (6)-(8) on a 1-d embedding with hand-worked answers. */
class ClickRulesTest {

    // 1-d embedding of 6 points: z = 0, 0.1, 0.3, 0.5, 0.9, 1.0
    private static final float[] EMB = {0f, 0.1f, 0.3f, 0.5f, 0.9f, 1.0f};

    private static float[][] rows(int... clicks) {
        float[][] r = new float[clicks.length][EMB.length];
        for (int t = 0; t < clicks.length; t++) {
            for (int i = 0; i < EMB.length; i++) {
                float d = EMB[i] - EMB[clicks[t]];
                r[t][i] = d * d;
            }
        }
        return r;
    }

    @Test
    void eq6SelectsTheOpenBallAroundEachPositiveClick() {
        // click on point 0 with r = 0.35: |z - 0| < 0.35 -> points 0,1,2 (0.3 < 0.35), not 3 (0.5)
        boolean[] m = PositiveClickRule.annotate(rows(0), new float[] {0.35f});
        assertArrayEquals(new boolean[] {true, true, true, false, false, false}, m);
        // strict inequality: r = 0.3 excludes point 2 at exactly 0.3
        m = PositiveClickRule.annotate(rows(0), new float[] {0.3f});
        assertArrayEquals(new boolean[] {true, true, false, false, false, false}, m);
        // union over two clicks: point 5 with r = 0.15 adds 4 (0.1 away) and 5
        m = PositiveClickRule.annotate(rows(0, 5), new float[] {0.35f, 0.15f});
        assertArrayEquals(new boolean[] {true, true, true, false, true, true}, m);
    }

    @Test
    void eq7And8ShrinkRadiusToNearestNegative() {
        // positive on 0, negatives on 3 (D = 0.5) and 2 (D = 0.3): r = min(0.35, 0.3) = 0.3
        float[] r = NegativeClickRule.radii(rows(0), new int[] {3, 2}, 0.35f);
        assertEquals(0.3f, r[0], 1e-6f);
        // no negatives: r = α
        assertEquals(0.35f, NegativeClickRule.radii(rows(0), new int[0], 0.35f)[0], 0f);
        // a far negative does not grow the radius beyond α
        assertEquals(0.35f, NegativeClickRule.radii(rows(0), new int[] {5}, 0.35f)[0], 0f);
        // per positive click: click 5 against negative 3 -> D = 0.5 -> α
        float[] r2 = NegativeClickRule.radii(rows(0, 4), new int[] {3}, 0.35f);
        assertEquals(0.35f, r2[0], 1e-6f);
        assertEquals(0.35f, r2[1], 1e-6f); // |0.9 - 0.5| = 0.4 > α
        float[] r3 = NegativeClickRule.radii(rows(4), new int[] {5}, 0.35f);
        assertEquals(0.1f, r3[0], 1e-6f);
    }

    @Test
    void embeddingSelectionCombinesTheEquations() {
        EmbeddingSelection sel = new EmbeddingSelection(EMB, 1, 0.35f);
        assertArrayEquals(new boolean[] {true, true, true, false, false, false}, sel.select(new int[] {0}, new int[0]));
        // negative on point 2 -> r = 0.3 -> {0, 1}
        assertArrayEquals(
                new boolean[] {true, true, false, false, false, false}, sel.select(new int[] {0}, new int[] {2}));
        // negative on the clicked point itself: r = 0, nothing selected, not even the click
        assertArrayEquals(new boolean[6], sel.select(new int[] {0}, new int[] {0}));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingSelection(new float[] {Float.NaN}, 1, 0.35f));
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingSelection(new float[5], 2, 0.35f));
        assertThrows(IllegalArgumentException.class, () -> new ClickParams(0, true, 3, true, 5, 32, 0.7f));
        assertThrows(IllegalArgumentException.class, () -> new ClickParams(0.35f, true, 3, true, 5, 32, 1.5f));
    }
}
