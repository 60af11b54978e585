package org.iseg3d.core.cloud;

import java.util.Arrays;

/**
 * An immutable point cloud with unit normals: the model input P = {p_i in R^6} of the paper (Sec. 3.1).
 *
 * <p>Coordinates and normals are stored flat, {@code xyz[3i..3i+2]} and {@code normals[3i..3i+2]} for point i,
 * so hot loops run over primitive arrays without per-point objects. The arrays are owned by the cloud: callers
 * must not modify what they pass in or read out ({@link #xyz()} returns the backing array to avoid copies).
 *
 * @param xyz     3N coordinates, all finite
 * @param normals 3N unit normals, all finite
 */
public record PointCloud(float[] xyz, float[] normals) {

    public PointCloud {
        if (xyz == null || normals == null) {
            throw new IllegalArgumentException("point cloud needs coordinates and normals");
        }
        if (xyz.length == 0) {
            throw new IllegalArgumentException("point cloud is empty");
        }
        if (xyz.length % 3 != 0 || normals.length != xyz.length) {
            throw new IllegalArgumentException("point cloud arrays must both hold 3N floats, got " + xyz.length
                    + " coordinates and " + normals.length + " normals");
        }
        for (int i = 0; i < xyz.length; i++) {
            if (!Float.isFinite(xyz[i]) || !Float.isFinite(normals[i])) {
                throw new IllegalArgumentException("point " + (i / 3) + " has a non-finite coordinate or normal");
            }
        }
    }

    /** Number of points N. */
    public int size() {
        return xyz.length / 3;
    }

    public float x(int i) {
        return xyz[3 * i];
    }

    public float y(int i) {
        return xyz[3 * i + 1];
    }

    public float z(int i) {
        return xyz[3 * i + 2];
    }

    /** Squared Euclidean distance between points i and j. */
    public float distanceSq(int i, int j) {
        float dx = xyz[3 * i] - xyz[3 * j];
        float dy = xyz[3 * i + 1] - xyz[3 * j + 1];
        float dz = xyz[3 * i + 2] - xyz[3 * j + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    /** Area-free centroid of the points. */
    public float[] centroid() {
        double cx = 0, cy = 0, cz = 0;
        int n = size();
        for (int i = 0; i < n; i++) {
            cx += xyz[3 * i];
            cy += xyz[3 * i + 1];
            cz += xyz[3 * i + 2];
        }
        return new float[] {(float) (cx / n), (float) (cy / n), (float) (cz / n)};
    }

    /**
     * The cloud centred on its centroid and scaled into the unit sphere (largest distance to the centre = 1),
     * the normalisation the learned model and the xyz baseline expect. Normals are unchanged.
     */
    public PointCloud normalizedToUnitSphere() {
        float[] c = centroid();
        int n = size();
        float[] out = new float[xyz.length];
        double maxSq = 0;
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                out[3 * i + a] = xyz[3 * i + a] - c[a];
            }
            double d = out[3 * i] * out[3 * i] + out[3 * i + 1] * out[3 * i + 1] + out[3 * i + 2] * out[3 * i + 2];
            maxSq = Math.max(maxSq, d);
        }
        float s = maxSq > 0 ? (float) (1.0 / Math.sqrt(maxSq)) : 1f;
        for (int i = 0; i < out.length; i++) {
            out[i] *= s;
        }
        return new PointCloud(out, normals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointCloud p && Arrays.equals(xyz, p.xyz) && Arrays.equals(normals, p.normals);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xyz) + Arrays.hashCode(normals);
    }

    @Override
    public String toString() {
        return "PointCloud[" + size() + " points]";
    }
}
