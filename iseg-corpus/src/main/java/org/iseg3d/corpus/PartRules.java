package org.iseg3d.corpus;

/**
 * The cleaning rules that turn OBJ groups into benchmark parts (see {@link PartSplitter}).
 *
 * @param areaFloor fraction of the object's surface below which a part is dropped (its triangles removed)
 * @param maxParts  most parts an object may keep; above it groups sharing a material are merged first, and an
 *                  object still above it is skipped
 * @param minParts  fewest parts an object must keep to be used
 */
public record PartRules(double areaFloor, int maxParts, int minParts) {

    /** 0.05 % of the surface, 20 parts, 2 parts. */
    public static final PartRules DEFAULT = new PartRules(0.0005, 20, 2);

    public PartRules {
        if (!(areaFloor >= 0 && areaFloor < 1) || maxParts < 1 || minParts < 1 || minParts > maxParts) {
            throw new IllegalArgumentException("bad part rules " + areaFloor + ", " + maxParts + ", " + minParts);
        }
    }
}
