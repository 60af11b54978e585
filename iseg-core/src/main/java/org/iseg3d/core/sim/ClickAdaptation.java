package org.iseg3d.core.sim;

import java.util.List;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickSegmenter;

/**
 * What happens between a user's action and the mask it produces: nothing ({@link #NONE}, a fixed embedding), or an
 * adaptation of the embedding to the clicks (online fine-tuning, eq. 9-10), which hands back a segmenter over the
 * adapted embedding. One instance per simulated part; not thread-safe.
 */
@FunctionalInterface
public interface ClickAdaptation {

    /** The embedding never changes. */
    ClickAdaptation NONE = (current, clicks, added) -> current;

    /**
     * @param current the segmenter used so far
     * @param clicks  all clicks after the action
     * @param added   the clicks of this action (one click, or a scribble's negatives)
     * @return the segmenter for the mask after the action (the same one if nothing changed)
     */
    ClickSegmenter afterAction(ClickSegmenter current, List<Click> clicks, List<Click> added);
}
