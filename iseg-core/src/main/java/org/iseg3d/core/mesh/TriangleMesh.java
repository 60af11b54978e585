package org.iseg3d.core.mesh;

/**
 * A whole model as one triangle soup in world space: 9 floats per triangle (x, y, z of its three corners, in
 * winding order). The caller builds it from ALL of a model's Geometries (world transforms applied); nothing here
 * knows Geometries, materials or nodes, so nothing downstream can split by them. The array is owned by the mesh;
 * callers must not modify it.
 */
public record TriangleMesh(float[] xyz) {

    public TriangleMesh {
        if (xyz == null || xyz.length % 9 != 0) {
            throw new IllegalArgumentException("a triangle soup needs 9 floats per triangle");
        }
    }

    /** Expands an indexed mesh (3 floats per vertex, 3 indices per triangle) into a soup. */
    public static TriangleMesh indexed(float[] vertices, int[] triangles) {
        if (triangles.length % 3 != 0) {
            throw new IllegalArgumentException("3 indices per triangle");
        }
        float[] xyz = new float[3 * triangles.length];
        for (int c = 0; c < triangles.length; c++) {
            System.arraycopy(vertices, 3 * triangles[c], xyz, 3 * c, 3);
        }
        return new TriangleMesh(xyz);
    }

    public int triangleCount() {
        return xyz.length / 9;
    }

    /** Length of the diagonal of the axis-aligned bounding box of the finite corners (0 if there are none). */
    public double diagonal() {
        double[] box = bounds();
        if (box[0] > box[3]) {
            return 0;
        }
        double dx = box[3] - box[0], dy = box[4] - box[1], dz = box[5] - box[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** {minX, minY, minZ, maxX, maxY, maxZ} over corners whose three coordinates are finite (min > max if none). */
    public double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < xyz.length; i += 3) {
            float x = xyz[i], y = xyz[i + 1], z = xyz[i + 2];
            if (Float.isFinite(x) && Float.isFinite(y) && Float.isFinite(z)) {
                b[0] = Math.min(b[0], x);
                b[1] = Math.min(b[1], y);
                b[2] = Math.min(b[2], z);
                b[3] = Math.max(b[3], x);
                b[4] = Math.max(b[4], y);
                b[5] = Math.max(b[5], z);
            }
        }
        return b;
    }
}
