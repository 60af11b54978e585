package org.iseg3d.core.sim;

import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickSegmenter;

import java.util.List;

/**
 * A simulated user: given the target part, the current mask and the clicks so far, where does the next click
 * go? Implementations are deterministic for a given seed.
 */
public interface ClickSimulator {

    /** Neighbours per point of the graph on which error regions are connected. */
    int REGION_GRAPH_NEIGHBORS = 8;

    /**
     * @param segmenter the segmenter of the shape (the greedy oracle uses it to try candidates)
     * @param target    ground-truth part, N entries
     * @param mask      current mask, N entries
     * @param clicks    clicks so far
     * @param step      0-based index of the click to place (for seeding)
     * @return the next click, or {@code null} when the mask already equals the target
     */
    Click next(ClickSegmenter segmenter, boolean[] target, boolean[] mask, List<Click> clicks, int step);

    /** Short protocol name, e.g. {@code center}. */
    String name();
}
