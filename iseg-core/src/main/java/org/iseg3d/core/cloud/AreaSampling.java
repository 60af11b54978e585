package org.iseg3d.core.cloud;

/**
 * Area-weighted surface sampling shared by user assets (engine-bridge) and the generated training shapes
 * (tf-model), so both sample the same way: the choice of a triangle ({@link #pick}, O(log T)) and a uniform point
 * in it with the triangle's unit face normal ({@link #pointInTriangle}). Stateless.
 */
public final class AreaSampling {

    private AreaSampling() {}

    /**
     * The first triangle whose cumulative area exceeds {@code r}; never a zero-area triangle.
     *
     * @param cumulative running sums of triangle areas (non-decreasing, last entry = total area)
     * @param r          a uniform draw in [0, total)
     */
    public static int pick(double[] cumulative, double r) {
        int lo = 0, hi = cumulative.length - 1;
        if (!(r < cumulative[hi])) {
            // rounding put r at the very end: take the last triangle with area
            while (hi > 0 && cumulative[hi] == cumulative[hi - 1]) {
                hi--;
            }
            return hi;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Writes a uniform random point of the triangle {@code corners[o..o+8]} (a, b, c) and its unit face normal
     * (b − a) × (c − a) into entry {@code i} of {@code xyz} and {@code normals}, from two uniform draws in [0, 1)
     * (the square-root barycentric construction).
     */
    public static void pointInTriangle(
            float[] corners, int o, double u1, double u2, float[] xyz, float[] normals, int i) {
        double r1 = Math.sqrt(u1);
        double wa = 1 - r1, wb = r1 * (1 - u2), wc = r1 * u2;
        for (int a = 0; a < 3; a++) {
            xyz[3 * i + a] = (float) (wa * corners[o + a] + wb * corners[o + 3 + a] + wc * corners[o + 6 + a]);
        }
        double ux = corners[o + 3] - corners[o],
                uy = corners[o + 4] - corners[o + 1],
                uz = corners[o + 5] - corners[o + 2];
        double vx = corners[o + 6] - corners[o],
                vy = corners[o + 7] - corners[o + 1],
                vz = corners[o + 8] - corners[o + 2];
        double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        normals[3 * i] = (float) (nx / len);
        normals[3 * i + 1] = (float) (ny / len);
        normals[3 * i + 2] = (float) (nz / len);
    }
}
