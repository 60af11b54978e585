package org.iseg3d.bridge.session;

import java.util.List;

/**
 * What {@link SegmentationSession#acceptPart(String, PartOverlap)} did: the new state, the new part and the
 * triangles it took from earlier parts (only with {@link PartOverlap#STEAL}; empty otherwise), e.g. for a status
 * line "took 40 triangles from 'top'".
 *
 * @param state the state after accepting
 * @param part  the new part (as in {@code state.parts()})
 * @param taken per earlier part that lost triangles, in the order of {@code state.parts()}
 */
public record AcceptOutcome(SessionState state, Part part, List<Taken> taken) {

    public AcceptOutcome {
        taken = List.copyOf(taken);
    }

    /**
     * Triangles taken from one earlier part.
     *
     * @param partId    the earlier part's id
     * @param name      its name
     * @param triangles how many of its triangles now belong to the new part
     * @param remaining how many it keeps (0: it is empty now, but still listed)
     */
    public record Taken(int partId, String name, int triangles, int remaining) {}

    /** Total triangles taken from earlier parts. */
    public int takenTriangles() {
        return taken.stream().mapToInt(Taken::triangles).sum();
    }
}
