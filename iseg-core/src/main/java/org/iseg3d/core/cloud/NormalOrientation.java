package org.iseg3d.core.cloud;

/**
 * Orients normals consistently: every normal is flipped, if needed, to point away from the cloud's centroid
 * ({@code dot(n_i, p_i - c) >= 0}).
 *
 * <p>Why: real meshes are often double-sided or have flipped faces (about half the face normals of real assets
 * point inwards), which turns the normal channel into noise. The rule is the one the learned prior is trained
 * with, so training data and user assets agree. It is exact for star-shaped surfaces; on concave regions (the
 * inside of a mug) it still gives one consistent choice for each location, which is all the embedding needs.
 * Points at the centroid keep their normal. Cost O(N).
 */
public final class NormalOrientation {

    private NormalOrientation() {}

    /** Returns a copy of {@code normals} oriented away from the centroid of {@code xyz} (both 3N). */
    public static float[] awayFromCentroid(float[] xyz, float[] normals) {
        int n = xyz.length / 3;
        double cx = 0, cy = 0, cz = 0;
        for (int i = 0; i < n; i++) {
            cx += xyz[3 * i];
            cy += xyz[3 * i + 1];
            cz += xyz[3 * i + 2];
        }
        cx /= n;
        cy /= n;
        cz /= n;
        float[] out = normals.clone();
        for (int i = 0; i < n; i++) {
            double dot = (xyz[3 * i] - cx) * out[3 * i]
                    + (xyz[3 * i + 1] - cy) * out[3 * i + 1]
                    + (xyz[3 * i + 2] - cz) * out[3 * i + 2];
            if (dot < 0) {
                out[3 * i] = -out[3 * i];
                out[3 * i + 1] = -out[3 * i + 1];
                out[3 * i + 2] = -out[3 * i + 2];
            }
        }
        return out;
    }

    /** The cloud with its normals oriented away from its centroid. */
    public static PointCloud awayFromCentroid(PointCloud cloud) {
        return new PointCloud(cloud.xyz(), awayFromCentroid(cloud.xyz(), cloud.normals()));
    }
}
