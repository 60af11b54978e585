package org.iseg3d.core.click;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.XyzEmbedder;
import org.junit.jupiter.api.Test;

/** Properties of the whole pipeline on random clouds and random clicks. */
class ClickSegmenterPropertiesTest {

    private static final PointCloud CLOUD = TestClouds.randomBox(1500, 5, 1, 1, 0.2f);
    private static final ShapeContext CTX = ShapeContext.of(CLOUD);
    private static final float[] EMB = new XyzEmbedder().embed(CLOUD);

    private static ClickSegmenter segmenter(ClickParams p) {
        return ClickSegmenter.ofEmbedding(CTX, EMB, 3, p);
    }

    @Test
    void aNegativeClickNeverGrowsTheRawOrOutlierRemovedMask() {
        ClickParams noSmooth = ClickParams.DEFAULTS.withSmoothing(false);
        SplittableRandom r = new SplittableRandom(1);
        for (int trial = 0; trial < 60; trial++) {
            List<Click> clicks = new ArrayList<>();
            for (int c = 0; c < 1 + r.nextInt(4); c++) {
                clicks.add(new Click(r.nextInt(CLOUD.size()), c == 0 || r.nextBoolean()));
            }
            for (ClickParams p : List.of(noSmooth.withOutlierRemoval(false), noSmooth)) {
                ClickSegmenter s = segmenter(p);
                boolean[] before = s.segment(clicks).selected();
                List<Click> more = new ArrayList<>(clicks);
                more.add(Click.negative(r.nextInt(CLOUD.size())));
                boolean[] after = s.segment(more).selected();
                for (int i = 0; i < before.length; i++) {
                    assertTrue(!after[i] || before[i], "negative click added point " + i);
                }
            }
        }
    }

    @Test
    void aPositiveClicksOwnPointStaysSelectedUnlessANegativeSitsOnIt() {
        SplittableRandom r = new SplittableRandom(2);
        for (int trial = 0; trial < 40; trial++) {
            int p = r.nextInt(CLOUD.size());
            int q = r.nextInt(CLOUD.size());
            List<Click> clicks = List.of(Click.positive(p), Click.negative(q));
            boolean[] m = segmenter(ClickParams.DEFAULTS).segment(clicks).selected();
            float dx = EMB[3 * p] - EMB[3 * q],
                    dy = EMB[3 * p + 1] - EMB[3 * q + 1],
                    dz = EMB[3 * p + 2] - EMB[3 * q + 2];
            if (dx * dx + dy * dy + dz * dz > 0) {
                assertTrue(m[p], "positive click point lost, trial " + trial);
            }
        }
        // the same point clicked negative: zero distance, radius 0, the point is dropped (OR off, SS off)
        int p = 17;
        boolean[] m = segmenter(ClickParams.DEFAULTS.withOutlierRemoval(false).withSmoothing(false))
                .segment(List.of(Click.positive(p), Click.negative(p)))
                .selected();
        assertFalse(m[p]);
    }

    @Test
    void sameInputSameResult() {
        List<Click> clicks = List.of(Click.positive(3), Click.negative(900), Click.positive(400));
        assertEquals(
                segmenter(ClickParams.DEFAULTS).segment(clicks),
                segmenter(ClickParams.DEFAULTS).segment(clicks));
        PointCloud again = TestClouds.randomBox(1500, 5, 1, 1, 0.2f);
        ShapeContext ctx2 = ShapeContext.of(again);
        assertEquals(
                segmenter(ClickParams.DEFAULTS).segment(clicks),
                ClickSegmenter.ofEmbedding(ctx2, new XyzEmbedder().embed(again), 3, ClickParams.DEFAULTS)
                        .segment(clicks));
    }

    @Test
    void noPositiveClickMeansEmptyMaskAndBadIndexIsRejected() {
        ClickSegmenter s = segmenter(ClickParams.DEFAULTS);
        assertEquals(0, s.segment(List.of(Click.negative(5))).count());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> s.segment(List.of(Click.positive(CLOUD.size()))));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void heatmapSpreadsAlongTheSurfaceAndStopsAtNegatives() {
        // a line of 101 points over [0, 1]: unit-sphere normalisation maps it to [-1, 1] (step 0.02)
        PointCloud line = TestClouds.line(101, 0.01f);
        ShapeContext ctx = ShapeContext.of(line, 8);
        HeatmapSelection heat = new HeatmapSelection(ctx, 2, 0.3f);
        boolean[] m = heat.select(new int[] {50}, new int[0]);
        // limit = 0.3 * sqrt(2 ln 2) = 0.3532 -> 17 steps of 0.02 each side (0.34), not 18 (0.36)
        int count = 0;
        for (boolean b : m) {
            count += b ? 1 : 0;
        }
        assertEquals(35, count);
        assertTrue(m[33] && m[67] && !m[32] && !m[68]);
        // a negative at 55: points 53+ are nearer to it (ties at 52.5 impossible), 50..52 stay
        boolean[] m2 = heat.select(new int[] {50}, new int[] {55});
        assertTrue(m2[52]);
        assertFalse(m2[53]);
        assertFalse(m2[55]);
    }
}
