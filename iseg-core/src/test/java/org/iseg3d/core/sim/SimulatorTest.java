package org.iseg3d.core.sim;

import static org.junit.jupiter.api.Assertions.*;

import org.iseg3d.core.TestClouds;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.XyzEmbedder;
import org.iseg3d.core.metrics.Iou;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final int PER_PART = 600;
    private static final PointCloud CLOUD = TestClouds.twoPatches(PER_PART, 3);

    private static ClickSegmenter segmenter() {
        return ClickSegmenter.ofEmbedding(
                ShapeContext.of(CLOUD), new XyzEmbedder().embed(CLOUD), 3, ClickParams.DEFAULTS);
    }

    @Test
    void centerProtocolReaches100OnSeparablePartsAndClicksTheCentreFirst() {
        for (int part = 0; part < 2; part++) {
            boolean[] target = TestClouds.twoPatchLabels(PER_PART, part);
            PartSimulation.Trace t = PartSimulation.run(segmenter(), target, new CenterClickSimulator(), 15);
            assertEquals(100.0, t.iou()[14], 1e-9, "part " + part);
            Click first = t.clicks().get(0);
            assertTrue(first.positive());
            assertTrue(target[first.point()]);
            // the first click is the target point farthest from the other part... on two parallel patches every
            // point is equally far in z, so it is the most central in xy among the farthest: just check on target
            int perfect = 0;
            while (t.iou()[perfect] < 100.0) {
                perfect++;
            }
            for (int k = perfect; k < 15; k++) {
                assertEquals(100.0, t.iou()[k], "the user stops once the mask is the target");
            }
            assertEquals(perfect + 1, t.clicks().size(), "one click per action until the mask is the target");
            assertEquals(t.clicks().size(), t.clickNanos().length, "one timing per mask computed");
            for (int k = 0; k <= perfect; k++) { // each recorded IoU is that of the mask of the clicks so far
                boolean[] mask =
                        segmenter().segment(t.clicks().subList(0, k + 1)).selected();
                assertEquals(Iou.percent(target, mask), t.iou()[k], 1e-9, "click " + (k + 1));
            }
        }
    }

    @Test
    void greedyReaches100AndIsDeterministic() {
        boolean[] target = TestClouds.twoPatchLabels(PER_PART, 1);
        PartSimulation.Trace a = PartSimulation.run(segmenter(), target, new GreedyClickSimulator(5), 15);
        PartSimulation.Trace b = PartSimulation.run(segmenter(), target, new GreedyClickSimulator(5), 15);
        assertEquals(100.0, a.iou()[14], 1e-9);
        assertArrayEquals(a.iou(), b.iou());
        assertEquals(a.clicks(), b.clicks());
    }

    @Test
    void centerClickIsFarthestFromRegionBoundary() {
        // a line of 21 points, target = points 0..14: the first click lands where the distance to point 15
        // (the only outside neighbour) is largest, i.e. point 0
        PointCloud line = TestClouds.line(21, 0.1f);
        boolean[] target = new boolean[21];
        for (int i = 0; i < 15; i++) {
            target[i] = true;
        }
        ClickSegmenter s = ClickSegmenter.ofEmbedding(
                ShapeContext.of(line, 8), new XyzEmbedder().embed(line), 3, ClickParams.DEFAULTS.withSmoothing(false));
        Click c = new CenterClickSimulator().next(s, target, new boolean[21], java.util.List.of(), 0);
        assertEquals(Click.positive(0), c);
        // when the mask spills onto 15..17, the largest error is still... the mask covers 0..17: spill region
        boolean[] mask = new boolean[21];
        for (int i = 0; i < 18; i++) {
            mask[i] = true;
        }
        Click neg = new CenterClickSimulator().next(s, target, mask, java.util.List.of(Click.positive(0)), 1);
        assertEquals(Click.negative(16), neg);
    }

    @Test
    void perfectMaskStopsTheUser() {
        boolean[] target = TestClouds.twoPatchLabels(PER_PART, 0);
        assertNull(new CenterClickSimulator().next(segmenter(), target, target.clone(), java.util.List.of(), 0));
    }
}
