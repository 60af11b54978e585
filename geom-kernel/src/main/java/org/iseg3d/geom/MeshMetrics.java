package org.iseg3d.geom;

/**
 * Measurements of indexed triangle meshes (xyz per vertex, counter-clockwise triangles): areas and the quality
 * checks the generators' tests apply (degenerate triangles, unit normals, winding against the normals). Stateless.
 */
public final class MeshMetrics {

    private MeshMetrics() {
    }

    /** Area of the triangle whose first index is at {@code indices[t]}. */
    public static double triangleArea(float[] positions, int[] indices, int t) {
        int a = 3 * indices[t];
        int b = 3 * indices[t + 1];
        int c = 3 * indices[t + 2];
        double ux = positions[b] - positions[a];
        double uy = positions[b + 1] - positions[a + 1];
        double uz = positions[b + 2] - positions[a + 2];
        double vx = positions[c] - positions[a];
        double vy = positions[c + 1] - positions[a + 1];
        double vz = positions[c + 2] - positions[a + 2];
        double cx = uy * vz - uz * vy;
        double cy = uz * vx - ux * vz;
        double cz = ux * vy - uy * vx;
        return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    /** Total triangle area. */
    public static double area(float[] positions, int[] indices) {
        double sum = 0;
        for (int t = 0; t < indices.length; t += 3) {
            sum += triangleArea(positions, indices, t);
        }
        return sum;
    }

    /** Fraction of triangles whose area is below {@code minArea}. */
    public static double degenerateFraction(float[] positions, int[] indices, double minArea) {
        int bad = 0;
        for (int t = 0; t < indices.length; t += 3) {
            if (triangleArea(positions, indices, t) < minArea) {
                bad++;
            }
        }
        return (double) bad / (indices.length / 3);
    }

    /** Largest |length - 1| over the normals. */
    public static double maxNormalError(float[] normals) {
        double worst = 0;
        for (int i = 0; i < normals.length; i += 3) {
            double len = Math.sqrt(normals[i] * normals[i] + normals[i + 1] * normals[i + 1]
                    + normals[i + 2] * normals[i + 2]);
            worst = Math.max(worst, Math.abs(len - 1));
        }
        return worst;
    }

    /**
     * Area fraction of triangles whose geometric normal (from the winding) points to the same side as the mean of
     * their vertex normals; 0 for a mesh without area.
     */
    public static double windingAgreement(float[] p, float[] n, int[] idx) {
        double good = 0;
        double total = 0;
        for (int t = 0; t < idx.length; t += 3) {
            int a = 3 * idx[t];
            int b = 3 * idx[t + 1];
            int c = 3 * idx[t + 2];
            double ux = p[b] - p[a];
            double uy = p[b + 1] - p[a + 1];
            double uz = p[b + 2] - p[a + 2];
            double vx = p[c] - p[a];
            double vy = p[c + 1] - p[a + 1];
            double vz = p[c + 2] - p[a + 2];
            double gx = uy * vz - uz * vy;
            double gy = uz * vx - ux * vz;
            double gz = ux * vy - uy * vx;
            double area = 0.5 * Math.sqrt(gx * gx + gy * gy + gz * gz);
            double mx = n[a] + n[b] + n[c];
            double my = n[a + 1] + n[b + 1] + n[c + 1];
            double mz = n[a + 2] + n[b + 2] + n[c + 2];
            total += area;
            if (gx * mx + gy * my + gz * mz > 0) {
                good += area;
            }
        }
        return total == 0 ? 0 : good / total;
    }
}
