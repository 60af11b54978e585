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
        return diagonal(bounds());
    }

    /** The diagonal of a box from {@link #bounds()} (0 if empty). */
    static double diagonal(double[] box) {
        if (box[0] > box[3]) {
            return 0;
        }
        double dx = box[3] - box[0], dy = box[4] - box[1], dz = box[5] - box[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** {minX, minY, minZ, maxX, maxY, maxZ} over corners whose three coordinates are finite (min > max if none). */
    public double[] bounds() {
        double[] b = {
            Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        float x0 = Float.POSITIVE_INFINITY, y0 = x0, z0 = x0, x1 = Float.NEGATIVE_INFINITY, y1 = x1, z1 = x1;
        for (int i = 0; i < xyz.length; i += 3) {
            float x = xyz[i], y = xyz[i + 1], z = xyz[i + 2];
            if (Float.isFinite(x) && Float.isFinite(y) && Float.isFinite(z)) {
                x0 = x < x0 ? x : x0;
                y0 = y < y0 ? y : y0;
                z0 = z < z0 ? z : z0;
                x1 = x > x1 ? x : x1;
                y1 = y > y1 ? y : y1;
                z1 = z > z1 ? z : z1;
            }
        }
        if (x0 <= x1) {
            b = new double[] {x0, y0, z0, x1, y1, z1};
        }
        return b;
    }
}
