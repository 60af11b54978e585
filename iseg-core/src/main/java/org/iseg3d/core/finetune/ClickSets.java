package org.iseg3d.core.finetune;

import java.util.Arrays;
import java.util.List;
import org.iseg3d.core.click.Click;

/**
 * The positive and negative click points C_pos, C_neg of eq. 9-10, as point indices (duplicates removed, order of
 * first appearance kept, so a replay feeds the model exactly the same indices).
 *
 * @param positive points of positive clicks
 * @param negative points of negative clicks (scribble points included)
 */
public record ClickSets(int[] positive, int[] negative) {

    public static ClickSets of(List<Click> clicks) {
        int[] pos = new int[clicks.size()];
        int[] neg = new int[clicks.size()];
        int np = 0, nn = 0;
        java.util.Set<Integer> seenPos = new java.util.HashSet<>();
        java.util.Set<Integer> seenNeg = new java.util.HashSet<>();
        for (Click c : clicks) {
            if (c.positive()) {
                if (seenPos.add(c.point())) {
                    pos[np++] = c.point();
                }
            } else if (seenNeg.add(c.point())) {
                neg[nn++] = c.point();
            }
        }
        return new ClickSets(Arrays.copyOf(pos, np), Arrays.copyOf(neg, nn));
    }

    /** Eq. 9 needs at least one negative and one positive click (D_i is a distance to the nearest positive). */
    public boolean learnable() {
        return positive.length > 0 && negative.length > 0;
    }

    /** Whether a user action that added {@code added} starts a fine-tuning round: it has a negative click. */
    public static boolean triggers(List<Click> added) {
        for (Click c : added) {
            if (!c.positive()) {
                return true;
            }
        }
        return false;
    }
}
