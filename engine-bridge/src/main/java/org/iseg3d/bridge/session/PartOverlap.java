package org.iseg3d.bridge.session;

/**
 * What a new selection does with the triangles (and sampled points) of parts already accepted.
 *
 * <p>{@link #EXCLUDE}, the rule for interactive editing: the selection shown and accepted never contains them, so
 * accepting a part never changes an earlier one; taking triangles over is then an explicit
 * {@link SegmentationSession#acceptPart(String, PartOverlap)} with {@link #STEAL} (e.g. behind a modifier key).
 * {@link #STEAL}: the selection is the clicks' own, and accepting it moves the triangles of earlier parts it covers
 * to the new part; {@link AcceptOutcome#taken()} says how many from which part, and undo gives them back.
 *
 * <p>{@link SessionConfig}'s default is {@link #STEAL}, the behaviour before this choice existed, so scripted
 * replays keep their results ({@code iseg3d segment}: "a later part takes over triangles an earlier one also
 * selected"; measured: excluding changes the triangle counts of most parts of the fixtures' click scripts). The
 * editor sets {@link #EXCLUDE} with {@link SessionConfig#withPartOverlap}.
 */
public enum PartOverlap {
    /** New selections leave accepted parts alone. */
    EXCLUDE,
    /** New selections may include accepted parts' triangles; accepting takes them over (reported, undoable). */
    STEAL
}
