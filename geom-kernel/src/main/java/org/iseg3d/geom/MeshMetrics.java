package org.iseg3d.geom;

/**
 * Measurements of indexed triangle meshes (xyz per vertex, counter-clockwise triangles): areas and the quality
 * checks the generators' tests apply (degenerate triangles, unit normals, winding against the normals). Stateless.
 */
public final class MeshMetrics {

    private MeshMetrics() {}

    /** Area of the triangle whose first index is at {@code indices[t]}. */
    public static double triangleArea(float[] positions, int[] indices, int t) {
        double[] c = edgeCross(positions, 3 * indices[t], 3 * indices[t + 1], 3 * indices[t + 2]);
        return 0.5 * Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
    }

    /** (b - a) x (c - a) for the vertices at offsets a, b, c: twice the area along the winding normal. */
    private static double[] edgeCross(float[] p, int a, int b, int c) {
        double ux = p[b] - p[a];
        double uy = p[b + 1] - p[a + 1];
        double uz = p[b + 2] - p[a + 2];
        double vx = p[c] - p[a];
        double vy = p[c + 1] - p[a + 1];
        double vz = p[c + 2] - p[a + 2];
        return new double[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
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
            double len = Math.sqrt(
                    normals[i] * normals[i] + normals[i + 1] * normals[i + 1] + normals[i + 2] * normals[i + 2]);
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
            double[] g = edgeCross(p, a, b, c);
            double area = 0.5 * Math.sqrt(g[0] * g[0] + g[1] * g[1] + g[2] * g[2]);
            double mx = n[a] + n[b] + n[c];
            double my = n[a + 1] + n[b + 1] + n[c + 1];
            double mz = n[a + 2] + n[b + 2] + n[c + 2];
            total += area;
            if (g[0] * mx + g[1] * my + g[2] * mz > 0) {
                good += area;
            }
        }
        return total == 0 ? 0 : good / total;
    }
}
