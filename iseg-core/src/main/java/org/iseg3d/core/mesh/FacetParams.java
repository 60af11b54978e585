package org.iseg3d.core.mesh;

/**
 * Parameters of {@link Facets}.
 *
 * @param maxAngleDegrees   two triangles sharing an edge join the same facet if the unoriented angle between their
 *                          normals (acos |n1·n2|, so flipped faces count as aligned) is at most this; default 12°,
 *                          provisional until measured on the real split (issue 12 notes: ≈ 8° for facet-mean
 *                          embeddings, 15° for snapping masks, facets ≥ 97 % pure by area at 15°)
 * @param minAreaFraction   facets with less than this fraction of the model's total area are merged into their best
 *                          neighbour (sliver merging); default 1e-4, below the 0.05 % part floor of the benchmark so
 *                          a part at the floor is never merged away as a single facet
 * @param weldTolerance     vertex weld distance as a fraction of the bounding-box diagonal ({@link VertexWelding})
 * @param maxEdgeFan        on an edge shared by more than two triangles every pair of its first {@code maxEdgeFan}
 *                          triangles (in triangle order) is compared; further ones only border it (default 16)
 */
public record FacetParams(double maxAngleDegrees, double minAreaFraction, double weldTolerance, int maxEdgeFan) {

    public static final FacetParams DEFAULTS = new FacetParams(12, 1e-4, VertexWelding.DEFAULT_RELATIVE_TOLERANCE, 16);

    public FacetParams {
        if (!(maxAngleDegrees >= 0 && maxAngleDegrees <= 90)) {
            throw new IllegalArgumentException("angle must be in [0, 90] degrees: " + maxAngleDegrees);
        }
        if (!(minAreaFraction >= 0 && minAreaFraction < 1)) {
            throw new IllegalArgumentException("minimum area fraction must be in [0, 1): " + minAreaFraction);
        }
        if (!(weldTolerance >= 0)) {
            throw new IllegalArgumentException("weld tolerance must be >= 0: " + weldTolerance);
        }
        if (maxEdgeFan < 2) {
            throw new IllegalArgumentException("edge fan must be >= 2: " + maxEdgeFan);
        }
    }

    public FacetParams withMaxAngle(double degrees) {
        return new FacetParams(degrees, minAreaFraction, weldTolerance, maxEdgeFan);
    }

    public FacetParams withMinAreaFraction(double fraction) {
        return new FacetParams(maxAngleDegrees, fraction, weldTolerance, maxEdgeFan);
    }

    /** cos of the angle threshold: pairs with |n1·n2| at least this join. */
    double minAbsCos() {
        return Math.cos(Math.toRadians(maxAngleDegrees));
    }
}
