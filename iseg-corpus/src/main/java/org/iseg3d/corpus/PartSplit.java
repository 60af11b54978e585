package org.iseg3d.corpus;

import java.util.List;

/**
 * The parts of one object after the {@link PartRules}, or why it was rejected.
 *
 * @param parts            the kept parts (empty when rejected)
 * @param groups           parts read from the OBJ (distinct {@code o}, or {@code g} when the file has no {@code o},
 *                         after folding per-material groups into their object)
 * @param mergedByMaterial whether groups sharing a material were merged because there were too many
 * @param droppedSmall     parts dropped below the area floor
 * @param rejection        null when kept, else the reason ({@link Rejection})
 */
public record PartSplit(List<Part> parts, int groups, boolean mergedByMaterial, int droppedSmall, Rejection rejection) {

    public PartSplit {
        parts = List.copyOf(parts);
    }

    public boolean kept() {
        return rejection == null;
    }

    /**
     * One part: a name and the triangles (indices into {@link ObjMesh#triangles()} / 3) it owns.
     *
     * @param name      group name (or material name after merging)
     * @param triangles triangle ids, ascending
     * @param area      surface area in file units squared
     * @param material  the material covering most of its area
     */
    public record Part(String name, int[] triangles, double area, String material) {}

    /** Why an object is not in the corpus. */
    public enum Rejection {
        NO_SURFACE("no triangles with area"),
        TOO_FEW_GROUPS("fewer than the minimum parts in the OBJ (one group)"),
        TOO_FEW_PARTS("fewer than the minimum parts after the area floor"),
        TOO_MANY_PARTS("more than the maximum parts even after merging groups that share a material");

        private final String text;

        Rejection(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
