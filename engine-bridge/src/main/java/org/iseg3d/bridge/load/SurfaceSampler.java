package org.iseg3d.bridge.load;

import java.util.SplittableRandom;
import org.iseg3d.core.cloud.AreaSampling;
import org.iseg3d.core.cloud.NormalOrientation;
import org.iseg3d.core.cloud.PointCloud;

/**
 * Area-weighted uniform sampling of points on a {@link TriangleSoup}.
 *
 * <p>Each point picks a triangle with probability proportional to its area (cumulative areas + binary search, so
 * zero-area triangles are never picked) and a uniform position inside it ({@code sqrt} barycentric trick). Its
 * normal is the triangle's face normal, then all normals are oriented away from the cloud's centroid
 * ({@link NormalOrientation#awayFromCentroid}), the project rule, because real assets have about half their faces
 * wound the other way. Deterministic: the same soup, count and seed give the same points; the points depend only on
 * the triangles and their order, never on how they are grouped into Geometries (a model and its {@code --merge}
 * export get the same points).
 */
public final class SurfaceSampler {

    /** Default number of points per shape. */
    public static final int DEFAULT_POINTS = 4096;

    private SurfaceSampler() {}

    /**
     * Samples {@code points} points.
     *
     * @param labels ground-truth part of every triangle of {@code soup} (only copied to the points' answer key)
     */
    public static SampledShape sample(TriangleSoup soup, PartLabels labels, int points, long seed) {
        if (points <= 0) {
            throw new IllegalArgumentException("points must be positive, got " + points);
        }
        if (labels.partOfTriangle().length != soup.triangleCount()) {
            throw new IllegalArgumentException("labels do not belong to this triangle soup");
        }
        int n = soup.triangleCount();
        double[] areas = soup.areas();
        double[] cumulative = new double[n];
        double sum = 0;
        for (int t = 0; t < n; t++) {
            sum += areas[t];
            cumulative[t] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException(soup.fileName() + ": no triangles with area");
        }
        float[] p = soup.positions();
        float[] xyz = new float[3 * points];
        float[] normals = new float[3 * points];
        int[] triangleOf = new int[points];
        int[] geometryOf = new int[points];
        int[] partOf = new int[points];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < points; i++) {
            int t = AreaSampling.pick(cumulative, rnd.nextDouble() * sum);
            AreaSampling.pointInTriangle(p, 9 * t, rnd.nextDouble(), rnd.nextDouble(), xyz, normals, i);
            triangleOf[i] = t;
            int g = soup.geometryOfTriangle()[t];
            geometryOf[i] = g;
            partOf[i] = labels.partOfTriangle()[t];
        }
        float[] oriented = NormalOrientation.awayFromCentroid(xyz, normals);
        return new SampledShape(new PointCloud(xyz, oriented), triangleOf, geometryOf, partOf, labels.partNames());
    }
}
