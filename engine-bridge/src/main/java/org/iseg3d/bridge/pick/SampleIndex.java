package org.iseg3d.bridge.pick;

import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.core.knn.KdTree;

/**
 * Nearest-sample queries over all the points of a {@link SampledShape}: one {@link KdTree} over the whole model.
 * Queries are never restricted to a Geometry (issue 12: how a model is split into Geometries may reveal its parts,
 * so nothing that segments may use it); {@link #geometryOf} is provenance only. Build O(N log N); a query
 * O(k log N). Immutable and thread-safe; the query buffers belong to the caller.
 */
public final class SampleIndex {

    private final float[] xyz;
    private final int[] geometryOfPoint;
    private final KdTree all;

    private SampleIndex(float[] xyz, int[] geometryOfPoint) {
        this.xyz = xyz;
        this.geometryOfPoint = geometryOfPoint;
        this.all = new KdTree(xyz);
    }

    /**
     * Index over world-space {@code xyz} (3N) whose point i came from Geometry {@code geometryOfPoint[i]}
     * (provenance only; {@code geometryCount} is checked, not used for queries).
     */
    public static SampleIndex build(float[] xyz, int[] geometryOfPoint, int geometryCount) {
        if (xyz.length != 3 * geometryOfPoint.length || geometryOfPoint.length == 0) {
            throw new IllegalArgumentException("need 3 coordinates and one geometry per point, at least one point");
        }
        for (int g : geometryOfPoint) {
            if (g < 0 || g >= geometryCount) {
                throw new IllegalArgumentException("geometry " + g + " out of range [0, " + geometryCount + ")");
            }
        }
        return new SampleIndex(xyz, geometryOfPoint);
    }

    /** Index over a sampled shape (world units). */
    public static SampleIndex of(SampledShape shape, int geometryCount) {
        return build(shape.cloud().xyz(), shape.geometryOfPoint(), geometryCount);
    }

    /** Number of points. */
    public int size() {
        return geometryOfPoint.length;
    }

    /** World coordinates (3N, do not modify). */
    public float[] xyz() {
        return xyz;
    }

    /** The Geometry point {@code point} was sampled on (provenance; never a boundary for queries). */
    public int geometryOf(int point) {
        return geometryOfPoint[point];
    }

    /** Squared distance from point i to (x, y, z). */
    public float distanceSq(int i, float x, float y, float z) {
        float dx = xyz[3 * i] - x, dy = xyz[3 * i + 1] - y, dz = xyz[3 * i + 2] - z;
        return dx * dx + dy * dy + dz * dz;
    }

    /** The nearest point of the whole model. */
    public int nearest(float x, float y, float z) {
        return all.nearest(x, y, z);
    }

    /**
     * The k nearest points of the whole model, nearest first.
     *
     * @return the number found, min(k, points)
     */
    public int knn(float x, float y, float z, int k, int[] outIdx, float[] outDistSq) {
        return all.knn(x, y, z, k, outIdx, outDistSq);
    }
}
