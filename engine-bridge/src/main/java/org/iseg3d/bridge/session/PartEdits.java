package org.iseg3d.bridge.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iseg3d.core.click.Mask;

/** The part edits as pure functions from one state to the next (O(points + triangles) each). */
final class PartEdits {

    private PartEdits() {}

    /**
     * Assigns the current selection to a new part and clears the clicks. Selected triangles and points of earlier
     * parts move to the new part (a selection made under {@link PartOverlap#EXCLUDE} has none); the outcome says how
     * many triangles each earlier part lost.
     */
    static AcceptOutcome accept(SessionState s, String name, double[] areas) {
        checkName(s, name, -1);
        if (s.maskTriangles() == 0) {
            throw new IllegalStateException(
                    s.clicks().isEmpty() || s.parts().isEmpty()
                            ? "nothing is selected: click on the part first"
                            : "nothing is selected outside the accepted parts (accepting with PartOverlap.STEAL takes theirs)");
        }
        int id = s.nextPartId();
        int[] pp = s.partOfPoint().clone();
        boolean[] sel = s.mask().selected();
        for (int i = 0; i < pp.length; i++) {
            if (sel[i]) {
                pp[i] = id;
            }
        }
        int[] pt = s.partOfTriangle().clone();
        boolean[] tm = s.triangleMask();
        Map<Integer, Integer> lost = new HashMap<>();
        for (int t = 0; t < pt.length; t++) {
            if (tm[t]) {
                if (pt[t] != SessionState.NO_PART) {
                    lost.merge(pt[t], 1, Integer::sum);
                }
                pt[t] = id;
            }
        }
        List<Part> parts = new ArrayList<>(s.parts());
        parts.add(new Part(id, name.strip(), Part.paletteColor(id), 0, 0));
        List<Part> counted = recount(parts, pt, areas);
        SessionState next = s.withParts(pp, pt, counted, id + 1)
                .withSelection(List.of(), Mask.empty(pp.length), new boolean[pt.length]);
        List<AcceptOutcome.Taken> taken = new ArrayList<>();
        for (Part p : counted) {
            Integer n = lost.get(p.id());
            if (n != null) {
                taken.add(new AcceptOutcome.Taken(p.id(), p.name(), n, p.triangleCount()));
            }
        }
        return new AcceptOutcome(next, counted.get(counted.size() - 1), taken);
    }

    static SessionState rename(SessionState s, int id, String name) {
        Part p = require(s, id);
        checkName(s, name, id);
        List<Part> parts = new ArrayList<>(s.parts());
        parts.set(parts.indexOf(p), p.withName(name.strip()));
        return s.withParts(s.partOfPoint(), s.partOfTriangle(), parts, s.nextPartId());
    }

    /** Removes a part; its points and triangles belong to no part again. */
    static SessionState delete(SessionState s, int id) {
        Part p = require(s, id);
        List<Part> parts = new ArrayList<>(s.parts());
        parts.remove(p);
        return s.withParts(
                relabel(s.partOfPoint(), Set.of(id), SessionState.NO_PART),
                relabel(s.partOfTriangle(), Set.of(id), SessionState.NO_PART),
                parts,
                s.nextPartId());
    }

    /** Merges {@code others} into {@code target}, which keeps its id, name and colour. */
    static SessionState merge(SessionState s, int target, int[] others, double[] areas) {
        Part into = require(s, target);
        Set<Integer> gone = new HashSet<>();
        for (int o : others) {
            require(s, o);
            if (o != target) {
                gone.add(o);
            }
        }
        if (gone.isEmpty()) {
            throw new IllegalArgumentException("merge needs at least one other part than " + into.name());
        }
        List<Part> parts = new ArrayList<>();
        for (Part p : s.parts()) {
            if (!gone.contains(p.id())) {
                parts.add(p);
            }
        }
        int[] pt = relabel(s.partOfTriangle(), gone, target);
        return s.withParts(relabel(s.partOfPoint(), gone, target), pt, recount(parts, pt, areas), s.nextPartId());
    }

    private static int[] relabel(int[] labels, Set<Integer> from, int to) {
        int[] out = labels.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 0 && from.contains(out[i])) {
                out[i] = to;
            }
        }
        return out;
    }

    /** Triangle counts and areas from the labels. */
    private static List<Part> recount(List<Part> parts, int[] partOfTriangle, double[] areas) {
        int maxId = parts.stream().mapToInt(Part::id).max().orElse(-1);
        int[] count = new int[maxId + 1];
        double[] area = new double[maxId + 1];
        for (int t = 0; t < partOfTriangle.length; t++) {
            int p = partOfTriangle[t];
            if (p >= 0 && p <= maxId) {
                count[p]++;
                area[p] += areas[t];
            }
        }
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            out.add(p.withCounts(count[p.id()], area[p.id()]));
        }
        return out;
    }

    private static Part require(SessionState s, int id) {
        Part p = s.part(id);
        if (p == null) {
            throw new IllegalArgumentException("no part with id " + id + "; parts: "
                    + Arrays.toString(
                            s.parts().stream().map(x -> x.id() + "=" + x.name()).toArray()));
        }
        return p;
    }

    private static void checkName(SessionState s, String name, int exceptId) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("part name must not be blank");
        }
        Part same = s.partNamed(name.strip());
        if (same != null && same.id() != exceptId) {
            throw new IllegalArgumentException("a part named '" + name.strip() + "' already exists");
        }
    }
}
