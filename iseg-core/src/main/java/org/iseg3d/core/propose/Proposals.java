package org.iseg3d.core.propose;

import java.util.List;

/**
 * Candidate parts of one shape, a value: every point belongs to at most one proposal.
 *
 * @param proposalOfPoint proposal id of each point, or {@link #NONE} (owned: do not modify)
 * @param proposals       the proposals, largest first; {@code proposals.get(id).id() == id}
 */
public record Proposals(int[] proposalOfPoint, List<Proposal> proposals) {

    /** Proposal id of a point that belongs to none (an isolated speck smaller than the minimum size). */
    public static final int NONE = -1;

    public Proposals {
        proposals = List.copyOf(proposals);
        for (int i = 0; i < proposals.size(); i++) {
            if (proposals.get(i).id() != i) {
                throw new IllegalArgumentException(
                        "proposal " + i + " has id " + proposals.get(i).id());
            }
        }
    }

    /** No proposals on a shape of {@code n} points. */
    public static Proposals none(int n) {
        int[] p = new int[n];
        java.util.Arrays.fill(p, NONE);
        return new Proposals(p, List.of());
    }

    public int count() {
        return proposals.size();
    }

    /** Number of points of the shape. */
    public int pointCount() {
        return proposalOfPoint.length;
    }

    /** The proposal id of point {@code i}, or {@link #NONE}. */
    public int proposalAt(int i) {
        return proposalOfPoint[i];
    }

    public Proposal get(int id) {
        return proposals.get(id);
    }

    /** A new point mask of proposal {@code id}. */
    public boolean[] mask(int id) {
        boolean[] m = new boolean[proposalOfPoint.length];
        for (int p : proposals.get(id).points()) {
            m[p] = true;
        }
        return m;
    }

    @Override
    public String toString() {
        return "Proposals[" + proposals.size() + " over " + proposalOfPoint.length + " points]";
    }
}
