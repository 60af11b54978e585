package org.iseg3d.bridge.session;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.Mask;

/**
 * An immutable snapshot of a session: one per step, so undo/redo restore exact earlier snapshots. Arrays are owned
 * by the snapshot and shared between snapshots that did not change them: never modify what the accessors return.
 *
 * @param phase          {@link Phase#EMPTY} before a scene is open, then {@link Phase#READY}
 * @param clicks         the clicks of the part being selected, in order (point indices into the session's cloud)
 * @param mask           the current selection over the sampled points (after Outlier Removal and Segment Smoothing)
 * @param triangleMask   the current selection over the soup's triangles (label transfer of {@code mask})
 * @param maskTriangles  number of true entries of {@code triangleMask}
 * @param partOfPoint    accepted part id per sampled point, or {@link #NO_PART}
 * @param partOfTriangle accepted part id per soup triangle, or {@link #NO_PART}
 * @param parts          accepted parts, in order of creation
 * @param nextPartId     the id the next accepted part gets
 * @param applied        true while the scene graph shows a write-back (of this or an earlier state)
 */
public record SessionState(
        Phase phase,
        List<Click> clicks,
        Mask mask,
        boolean[] triangleMask,
        int maskTriangles,
        int[] partOfPoint,
        int[] partOfTriangle,
        List<Part> parts,
        int nextPartId,
        boolean applied) {

    /** Part id of points and triangles that belong to no accepted part. */
    public static final int NO_PART = -1;

    /** Before anything is open. */
    public static final SessionState EMPTY = new SessionState(
            Phase.EMPTY, List.of(), Mask.empty(0), new boolean[0], 0, new int[0], new int[0], List.of(), 0, false);

    public enum Phase {
        EMPTY,
        READY
    }

    public SessionState {
        Objects.requireNonNull(phase);
        clicks = List.copyOf(clicks);
        parts = List.copyOf(parts);
        if (mask.size() != partOfPoint.length || triangleMask.length != partOfTriangle.length) {
            throw new IllegalArgumentException("mask sizes disagree with the label arrays");
        }
    }

    /** A fresh state for a shape of {@code points} points and {@code triangles} triangles. */
    static SessionState ready(int points, int triangles) {
        int[] pp = new int[points];
        Arrays.fill(pp, NO_PART);
        int[] pt = new int[triangles];
        Arrays.fill(pt, NO_PART);
        return new SessionState(
                Phase.READY, List.of(), Mask.empty(points), new boolean[triangles], 0, pp, pt, List.of(), 0, false);
    }

    /** The part with this id, or null. */
    public Part part(int id) {
        for (Part p : parts) {
            if (p.id() == id) {
                return p;
            }
        }
        return null;
    }

    /** The part with this name, or null. */
    public Part partNamed(String name) {
        for (Part p : parts) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    SessionState withSelection(List<Click> c, Mask m, boolean[] triMask) {
        int count = 0;
        for (boolean b : triMask) {
            if (b) {
                count++;
            }
        }
        return new SessionState(phase, c, m, triMask, count, partOfPoint, partOfTriangle, parts, nextPartId, applied);
    }

    SessionState withParts(int[] pp, int[] pt, List<Part> ps, int next) {
        return new SessionState(phase, clicks, mask, triangleMask, maskTriangles, pp, pt, ps, next, applied);
    }

    SessionState withApplied(boolean a) {
        return new SessionState(
                phase, clicks, mask, triangleMask, maskTriangles, partOfPoint, partOfTriangle, parts, nextPartId, a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionState s
                && phase == s.phase
                && clicks.equals(s.clicks)
                && mask.equals(s.mask)
                && Arrays.equals(triangleMask, s.triangleMask)
                && maskTriangles == s.maskTriangles
                && Arrays.equals(partOfPoint, s.partOfPoint)
                && Arrays.equals(partOfTriangle, s.partOfTriangle)
                && parts.equals(s.parts)
                && nextPartId == s.nextPartId
                && applied == s.applied;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                phase,
                clicks,
                mask,
                Arrays.hashCode(triangleMask),
                Arrays.hashCode(partOfPoint),
                Arrays.hashCode(partOfTriangle),
                parts,
                nextPartId,
                applied);
    }

    @Override
    public String toString() {
        return "SessionState[" + phase + ", clicks=" + clicks.size() + ", mask=" + mask.count() + " points/"
                + maskTriangles + " triangles, parts=" + parts + ", applied=" + applied + "]";
    }
}
