package org.iseg3d.core.mesh;

/**
 * Per triangle its unit normal (from its winding), area, and whether it is degenerate: a non-finite corner, two
 * corners welded into one vertex, or a doubled area at most {@code minDoubledArea}.
 */
record TriangleFrames(float[] normal, float[] area, boolean[] degenerate) {

    static TriangleFrames of(TriangleMesh mesh, WeldedMesh welded, double minDoubledArea) {
        float[] p = mesh.xyz();
        int[] v = welded.vertexOfCorner();
        int triangles = mesh.triangleCount();
        float[] normal = new float[3 * triangles];
        float[] area = new float[triangles];
        boolean[] degenerate = new boolean[triangles];
        for (int t = 0; t < triangles; t++) {
            int o = 9 * t;
            double ux = p[o + 3] - (double) p[o], uy = p[o + 4] - (double) p[o + 1], uz = p[o + 5] - (double) p[o + 2];
            double wx = p[o + 6] - (double) p[o], wy = p[o + 7] - (double) p[o + 1], wz = p[o + 8] - (double) p[o + 2];
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            int a = v[3 * t], b = v[3 * t + 1], c = v[3 * t + 2];
            if (!(len > minDoubledArea) || !Double.isFinite(len) || a == b || b == c || a == c) {
                degenerate[t] = true;
                continue;
            }
            normal[3 * t] = (float) (nx / len);
            normal[3 * t + 1] = (float) (ny / len);
            normal[3 * t + 2] = (float) (nz / len);
            area[t] = (float) (len / 2);
        }
        return new TriangleFrames(normal, area, degenerate);
    }
}
