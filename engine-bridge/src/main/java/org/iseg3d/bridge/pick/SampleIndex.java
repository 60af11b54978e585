package org.iseg3d.bridge.pick;

import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.core.knn.KdTree;

/**
 * Nearest-sample queries over the points of a {@link SampledShape}, optionally restricted to the points sampled on
 * one Geometry: one {@link KdTree} over all points plus one per Geometry. Build O(N log N); a query O(k log N).
 * Immutable and thread-safe; the query buffers belong to the caller.
 */
public final class SampleIndex {

    private final float[] xyz;
    private final int[] geometryOfPoint;
    private final KdTree all;
    private final KdTree[] byGeometry;
    private final int[][] globalOfLocal;

    private SampleIndex(float[] xyz, int[] geometryOfPoint, int geometryCount) {
        this.xyz = xyz;
        this.geometryOfPoint = geometryOfPoint;
        this.all = new KdTree(xyz);
        int[] count = new int[geometryCount];
        for (int g : geometryOfPoint) {
            count[g]++;
        }
        byGeometry = new KdTree[geometryCount];
        globalOfLocal = new int[geometryCount][];
        float[][] local = new float[geometryCount][];
        for (int g = 0; g < geometryCount; g++) {
            globalOfLocal[g] = new int[count[g]];
            local[g] = new float[3 * count[g]];
        }
        int[] fill = new int[geometryCount];
        for (int i = 0; i < geometryOfPoint.length; i++) {
            int g = geometryOfPoint[i];
            int j = fill[g]++;
            globalOfLocal[g][j] = i;
            System.arraycopy(xyz, 3 * i, local[g], 3 * j, 3);
        }
        for (int g = 0; g < geometryCount; g++) {
            if (count[g] > 0) {
                byGeometry[g] = new KdTree(local[g]);
            }
        }
    }

    /** Index over world-space {@code xyz} (3N) whose point i lies on Geometry {@code geometryOfPoint[i]}. */
    public static SampleIndex build(float[] xyz, int[] geometryOfPoint, int geometryCount) {
        if (xyz.length != 3 * geometryOfPoint.length || geometryOfPoint.length == 0) {
            throw new IllegalArgumentException("need 3 coordinates and one geometry per point, at least one point");
        }
        return new SampleIndex(xyz, geometryOfPoint, geometryCount);
    }

    /** Index over a sampled shape (world units). */
    public static SampleIndex of(SampledShape shape, int geometryCount) {
        return build(shape.cloud().xyz(), shape.geometryOfPoint(), geometryCount);
    }

    /** Number of points. */
    public int size() {
        return geometryOfPoint.length;
    }

    /** Number of points sampled on Geometry {@code g}. */
    public int pointsOn(int g) {
        return globalOfLocal[g].length;
    }

    /** World coordinates (3N, do not modify). */
    public float[] xyz() {
        return xyz;
    }

    public int geometryOf(int point) {
        return geometryOfPoint[point];
    }

    /** Squared distance from point i to (x, y, z). */
    public float distanceSq(int i, float x, float y, float z) {
        float dx = xyz[3 * i] - x, dy = xyz[3 * i + 1] - y, dz = xyz[3 * i + 2] - z;
        return dx * dx + dy * dy + dz * dz;
    }

    /** The nearest point of any Geometry. */
    public int nearest(float x, float y, float z) {
        return all.nearest(x, y, z);
    }

    /**
     * The k nearest points on Geometry {@code g}, nearest first, as global point indices; all points when
     * {@code g} received no samples (or is negative).
     *
     * @return the number found, min(k, points searched)
     */
    public int knnOn(int g, float x, float y, float z, int k, int[] outIdx, float[] outDistSq) {
        if (g < 0 || byGeometry[g] == null) {
            return all.knn(x, y, z, k, outIdx, outDistSq);
        }
        int found = byGeometry[g].knn(x, y, z, k, outIdx, outDistSq);
        int[] map = globalOfLocal[g];
        for (int j = 0; j < found; j++) {
            outIdx[j] = map[outIdx[j]];
        }
        return found;
    }

    /** The nearest point on Geometry {@code g} (any point if {@code g} has none). */
    public int nearestOn(int g, float x, float y, float z) {
        int[] idx = new int[1];
        float[] d = new float[1];
        knnOn(g, x, y, z, 1, idx, d);
        return idx[0];
    }
}
