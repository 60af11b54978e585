package org.iseg3d.tf.net;

import org.iseg3d.core.cloud.NormalOrientation;
import org.iseg3d.core.cloud.PointCloud;

/**
 * The one input convention of the network, shared by training and inference: the cloud normalised into the unit
 * sphere, normals oriented away from the centroid (the project rule, {@link NormalOrientation}), packed as rows of
 * 6 floats (x, y, z, nx, ny, nz). O(N); stateless and thread-safe.
 */
public final class ShapeInput {

    private ShapeInput() {}

    /** The cloud as the network sees it. */
    public static PointCloud prepare(PointCloud cloud) {
        return NormalOrientation.awayFromCentroid(cloud.normalizedToUnitSphere());
    }

    /** The rows of a prepared cloud, N·6 floats. */
    public static float[] rows(PointCloud prepared) {
        float[] out = new float[6 * prepared.size()];
        pack(prepared, out, 0);
        return out;
    }

    /** Writes the rows of a prepared cloud into {@code out} starting at row {@code atRow}; returns the next row. */
    public static int pack(PointCloud prepared, float[] out, int atRow) {
        float[] xyz = prepared.xyz(), nrm = prepared.normals();
        int n = prepared.size();
        for (int i = 0; i < n; i++) {
            int o = 6 * (atRow + i);
            out[o] = xyz[3 * i];
            out[o + 1] = xyz[3 * i + 1];
            out[o + 2] = xyz[3 * i + 2];
            out[o + 3] = nrm[3 * i];
            out[o + 4] = nrm[3 * i + 1];
            out[o + 5] = nrm[3 * i + 2];
        }
        return atRow + n;
    }
}
