package org.iseg3d.core.sim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.core.metrics.Iou;
import org.junit.jupiter.api.Test;

class ScribbleSimulatorTest {

    /** A flat unit square of random points; target = x &lt; 0.5, the mask spills over to x &lt; 0.8. */
    private static final PointCloud SQUARE = TestClouds.randomBox(3000, 5, 1, 1, 0);

    private static final ShapeContext CONTEXT = ShapeContext.of(SQUARE);
    private static final boolean[] TARGET = new boolean[3000];
    private static final boolean[] MASK = new boolean[3000];

    static {
        for (int i = 0; i < 3000; i++) {
            TARGET[i] = SQUARE.x(i) < 0.5f;
            MASK[i] = SQUARE.x(i) < 0.8f;
        }
    }

    private static ClickSegmenter segmenter() {
        return ClickSegmenter.ofEmbedding(CONTEXT, new XyzEmbedder().embed(CONTEXT.cloud()), 3, ClickParams.DEFAULTS);
    }

    private static int firstTargetPoint() {
        for (int i = 0; i < 3000; i++) {
            if (SQUARE.x(i) < 0.1f && Math.abs(SQUARE.y(i) - 0.5f) < 0.1f) {
                return i;
            }
        }
        throw new AssertionError();
    }

    @Test
    void centerScribbleIsAShortConnectedStrokeOfNegativesInsideTheSpill() {
        List<Click> clicks = List.of(Click.positive(firstTargetPoint()));
        List<Click> single = new CenterClickSimulator().nextAction(segmenter(), TARGET, MASK, clicks, 1);
        assertEquals(1, single.size());
        assertFalse(single.get(0).positive());

        List<Click> stroke = new CenterClickSimulator(true).nextAction(segmenter(), TARGET, MASK, clicks, 1);
        assertTrue(stroke.size() >= 5, "a stroke marks several points: " + stroke.size());
        assertTrue(stroke.size() <= Scribbles.MAX_POINTS);
        assertTrue(stroke.contains(single.get(0)), "the stroke passes through the centre click");
        for (int i = 0; i < stroke.size(); i++) {
            Click c = stroke.get(i);
            assertFalse(c.positive());
            assertTrue(MASK[c.point()] && !TARGET[c.point()], "inside the false-positive region");
            if (i > 0) { // consecutive hits of a drag are close to each other
                int a = stroke.get(i - 1).point(), b = c.point();
                assertTrue(CONTEXT.cloud().distanceSq(a, b) < 0.1f * 0.1f, "gap between hits " + i);
            }
        }
        int a = stroke.get(0).point(), b = stroke.get(stroke.size() - 1).point();
        assertTrue(Math.sqrt(CONTEXT.cloud().distanceSq(a, b)) <= Scribbles.LENGTH + 0.05, "a short stroke");
        assertEquals(stroke.size(), stroke.stream().distinct().count());
    }

    @Test
    void aMissedRegionStillGetsAPositiveClick() {
        boolean[] empty = new boolean[3000];
        List<Click> a = new CenterClickSimulator(true).nextAction(segmenter(), TARGET, empty, List.of(), 0);
        assertEquals(1, a.size());
        assertTrue(a.get(0).positive());
    }

    @Test
    void greedyWithScribblesIsDeterministicAndNeverWorseThanItsClickOnlyChoice() {
        List<Click> clicks = List.of(Click.positive(firstTargetPoint()));
        ClickSegmenter s = segmenter();
        List<Click> withS = new GreedyClickSimulator(16, 3, true).nextAction(s, TARGET, MASK, clicks, 1);
        List<Click> again = new GreedyClickSimulator(16, 3, true).nextAction(segmenter(), TARGET, MASK, clicks, 1);
        List<Click> plain = new GreedyClickSimulator(16, 3, false).nextAction(s, TARGET, MASK, clicks, 1);
        assertEquals(withS, again);
        assertEquals(1, plain.size());
        assertTrue(iouAfter(s, clicks, withS) >= iouAfter(s, clicks, plain));
    }

    @Test
    void aSimulationWithScribblesCountsAStrokeAsOneAction() {
        PartSimulation.Trace t = PartSimulation.run(segmenter(), TARGET, new CenterClickSimulator(true), 6);
        assertEquals(6, t.iou().length);
        assertTrue(t.clickNanos().length <= 6);
        assertTrue(t.clicks().size() >= t.clickNanos().length);
    }

    private static double iouAfter(ClickSegmenter s, List<Click> clicks, List<Click> action) {
        List<Click> all = new ArrayList<>(clicks);
        all.addAll(action);
        return Iou.percent(TARGET, s.segment(all).selected());
    }
}
