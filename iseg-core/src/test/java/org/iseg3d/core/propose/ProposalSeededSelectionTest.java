package org.iseg3d.core.propose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.iseg3d.core.click.EmbeddingSelection;
import org.junit.jupiter.api.Test;

/** The proposal-seeded click rule on a 1-d embedding with hand-worked answers. */
class ProposalSeededSelectionTest {

    // z = 0, 0.1, 0.3, 0.5, 0.9, 1.0; proposal 0 = {0,1,2,3}, proposal 1 = {4}, point 5 in none
    private static final float[] EMB = {0f, 0.1f, 0.3f, 0.5f, 0.9f, 1.0f};
    private static final Proposals PROPOSALS = new Proposals(
            new int[] {0, 0, 0, 0, 1, Proposals.NONE},
            List.of(new Proposal(0, new int[] {0, 1, 2, 3}, 1), new Proposal(1, new int[] {4}, 4)));

    private static ProposalSeededSelection rule() {
        return new ProposalSeededSelection(new EmbeddingSelection(EMB, 1, 0.35f), PROPOSALS, EMB, 1);
    }

    @Test
    void aFirstPositiveClickOnAProposalSelectsExactlyIt() {
        // the plain ball around point 0 would be {0, 1, 2}; the proposal adds point 3
        assertArrayEquals(
                new boolean[] {true, true, true, true, false, false}, rule().select(new int[] {0}, new int[0]));
        assertArrayEquals(
                new boolean[] {false, false, false, false, true, false},
                rule().select(new int[] {4}, new int[0]),
                "proposal 1 only, not the ball {4, 5}");
    }

    @Test
    void laterPositivesAddTheirBallsAndNegativesSplitTheProposalByNearestClick() {
        // second positive on 5: ball of radius 0.35 around 1.0 = {4, 5}
        assertArrayEquals(
                new boolean[] {true, true, true, true, true, true}, rule().select(new int[] {0, 5}, new int[0]));
        // negative on 3: points 2 (0.3 from 0, 0.2 from 3) and 3 go; 0 and 1 stay
        assertArrayEquals(
                new boolean[] {true, true, false, false, false, false}, rule().select(new int[] {0}, new int[] {3}));
        // the negative also shrinks the later positive's radius (eq. 7-8): 5 vs negative 4 -> r = 0.1 -> {5};
        // point 3 is 0.5 from both positives but 0.4 from the negative, so it leaves the proposal
        assertArrayEquals(
                new boolean[] {true, true, true, false, false, true}, rule().select(new int[] {0, 5}, new int[] {4}));
    }

    @Test
    void aFirstClickOnNoProposalIsThePlainRule() {
        assertArrayEquals(
                new EmbeddingSelection(EMB, 1, 0.35f).select(new int[] {5}, new int[] {3}),
                rule().select(new int[] {5}, new int[] {3}));
    }
}
