package org.iseg3d.core.click;

/**
 * Turns clicks into a raw annotated mask M, before post-processing. Implementations may cache per-click work
 * between calls and are then not thread-safe.
 */
public interface SelectionRule {

    /**
     * @param positives indices of positively clicked points
     * @param negatives indices of negatively clicked points
     * @return a new mask array of N entries
     */
    boolean[] select(int[] positives, int[] negatives);
}
