package org.iseg3d.core.sim;

import java.util.List;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickSegmenter;

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

    /**
     * The next user action: one click, or, for a simulator that scribbles, a scribble (several negative clicks in
     * one action, paper Sec. 3.4). An action counts as one interaction in the click budget.
     *
     * @return the clicks of the action, empty when the mask already equals the target
     */
    default List<Click> nextAction(
            ClickSegmenter segmenter, boolean[] target, boolean[] mask, List<Click> clicks, int step) {
        Click c = next(segmenter, target, mask, clicks, step);
        return c == null ? List.of() : List.of(c);
    }

    /** Short protocol name, e.g. {@code center}. */
    String name();
}
