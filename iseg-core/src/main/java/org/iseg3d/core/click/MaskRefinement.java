package org.iseg3d.core.click;

/**
 * A last step after the click rule and its post-processing (e.g. letting the mask follow mesh facets, issue 12).
 * Implementations may keep per-shape state but must be stateless per call.
 */
@FunctionalInterface
public interface MaskRefinement {

    /** No refinement. */
    MaskRefinement NONE = (mask, positives, negatives) -> mask;

    /**
     * @param mask      the mask after Outlier Removal and Segment Smoothing (may be modified and returned)
     * @param positives indices of positively clicked points
     * @param negatives indices of negatively clicked points
     * @return the refined mask, N entries
     */
    boolean[] refine(boolean[] mask, int[] positives, int[] negatives);
}
