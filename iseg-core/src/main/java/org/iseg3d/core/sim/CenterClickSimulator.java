package org.iseg3d.core.sim;

import java.util.List;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickSegmenter;

/**
 * The standard non-oracle protocol of interactive segmentation (as in InterObject3D and AGILE3D): the next
 * click goes to the point of the largest error region that is farthest from the region's boundary — positive if
 * the region is missed part, negative if it is spill. Points already clicked are skipped (a region made only of
 * clicked points yields to the next largest). With scribbles on, a negative click becomes a scribble: a short
 * stroke through that point inside the spill region ({@link Scribbles}). Stateless and thread-safe.
 */
public final class CenterClickSimulator implements ClickSimulator {

    private final boolean scribbles;

    /** Clicks only. */
    public CenterClickSimulator() {
        this(false);
    }

    /** @param scribbles scribble instead of a negative click */
    public CenterClickSimulator(boolean scribbles) {
        this.scribbles = scribbles;
    }

    @Override
    public String name() {
        return "center";
    }

    @Override
    public Click next(ClickSegmenter segmenter, boolean[] target, boolean[] mask, List<Click> clicks, int step) {
        float[] xyz = segmenter.context().cloud().xyz();
        boolean[] clicked = Clicks.clickedPoints(clicks, target.length);
        for (ErrorRegions.Region r : ErrorRegions.of(segmenter.context().graph(REGION_GRAPH_NEIGHBORS), target, mask)) {
            int p = ErrorRegions.farthestFromBoundary(xyz, r, clicked);
            if (p >= 0) {
                return new Click(p, r.missed());
            }
        }
        return null;
    }

    @Override
    public List<Click> nextAction(
            ClickSegmenter segmenter, boolean[] target, boolean[] mask, List<Click> clicks, int step) {
        if (!scribbles) {
            return ClickSimulator.super.nextAction(segmenter, target, mask, clicks, step);
        }
        float[] xyz = segmenter.context().cloud().xyz();
        boolean[] clicked = Clicks.clickedPoints(clicks, target.length);
        for (ErrorRegions.Region r : ErrorRegions.of(segmenter.context().graph(REGION_GRAPH_NEIGHBORS), target, mask)) {
            int p = ErrorRegions.farthestFromBoundary(xyz, r, clicked);
            if (p >= 0) {
                return r.missed()
                        ? List.of(Click.positive(p))
                        : Scribbles.stroke(xyz, segmenter.context().table(), r, p, clicked);
            }
        }
        return List.of();
    }
}
