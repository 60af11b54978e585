package org.iseg3d.core.propose;

import java.util.Arrays;
import org.iseg3d.core.click.SelectionRule;

/**
 * A {@link SelectionRule} in which a first positive click on a proposal starts the selection from that proposal
 * ("one click on a proposal accepts it"); later clicks refine it:
 * <ul>
 *   <li>The proposal P under the <b>first positive click</b> replaces that click's own embedding ball.</li>
 *   <li>Every <b>later positive click</b> adds its ball as usual (eq. 6, radius from eq. 7–8 against the
 *       negatives).</li>
 *   <li>A <b>negative click</b> shrinks the later positives' radii as usual (eq. 7–8) and removes from P every point
 *       whose embedding is nearer to some negative click than to every positive click (a Voronoi split in embedding
 *       space between what the user said belongs and what does not).</li>
 * </ul>
 * The result is the raw mask; {@code ClickSegmenter} then applies Outlier Removal and Segment Smoothing to it as to
 * any mask. If the first positive click lands on no proposal, the rule is the base rule. The seed is a function of the
 * click list, so undoing the first click also removes the proposal. Not thread-safe (the base rule caches).
 */
public final class ProposalSeededSelection implements SelectionRule {

    private final SelectionRule base;
    private final Proposals proposals;
    private final float[] emb;
    private final int d;

    /**
     * @param base      the click rule for clicks without a proposal (e.g. {@code EmbeddingSelection})
     * @param proposals the shape's proposals
     * @param emb       the embedding the proposals and the base rule use (N·d)
     * @param d         embedding size
     */
    public ProposalSeededSelection(SelectionRule base, Proposals proposals, float[] emb, int d) {
        if (emb.length != (long) proposals.pointCount() * d) {
            throw new IllegalArgumentException(
                    "embedding has " + emb.length + " floats for " + proposals.pointCount() + " points × " + d);
        }
        this.base = base;
        this.proposals = proposals;
        this.emb = emb;
        this.d = d;
    }

    public Proposals proposals() {
        return proposals;
    }

    @Override
    public boolean[] select(int[] positives, int[] negatives) {
        int seed = positives.length == 0 ? Proposals.NONE : proposals.proposalAt(positives[0]);
        if (seed == Proposals.NONE) {
            return base.select(positives, negatives);
        }
        boolean[] mask = positives.length > 1
                ? base.select(Arrays.copyOfRange(positives, 1, positives.length), negatives)
                : new boolean[proposals.pointCount()];
        for (int i : proposals.get(seed).points()) {
            if (!mask[i] && (negatives.length == 0 || nearestSq(i, positives) <= nearestSq(i, negatives))) {
                mask[i] = true;
            }
        }
        return mask;
    }

    private float nearestSq(int i, int[] clicks) {
        float best = Float.POSITIVE_INFINITY;
        int oi = i * d;
        for (int c : clicks) {
            float s = 0;
            for (int a = 0, oc = c * d; a < d; a++) {
                float diff = emb[oi + a] - emb[oc + a];
                s += diff * diff;
            }
            best = Math.min(best, s);
        }
        return best;
    }
}
