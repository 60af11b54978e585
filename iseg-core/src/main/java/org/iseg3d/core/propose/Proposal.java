package org.iseg3d.core.propose;

/**
 * One candidate part.
 *
 * @param id             its index in {@link Proposals#proposals()} (largest first)
 * @param points         its point indices, ascending (owned by the proposal: do not modify)
 * @param representative the member whose embedding is nearest the proposal's mean embedding (where a label or a
 *                       "click here" marker goes)
 */
public record Proposal(int id, int[] points, int representative) {

    public int size() {
        return points.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Proposal p
                && id == p.id
                && representative == p.representative
                && java.util.Arrays.equals(points, p.points);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id + representative) + java.util.Arrays.hashCode(points);
    }

    @Override
    public String toString() {
        return "Proposal[" + id + ", " + points.length + " points, representative " + representative + "]";
    }
}
