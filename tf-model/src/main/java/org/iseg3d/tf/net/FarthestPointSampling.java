package org.iseg3d.tf.net;

/**
 * Farthest point sampling (PointNet++, Qi et al. 2017, Sec. 3.2 "sampling layer"): picks m of n points so that each
 * new pick is the point farthest from all previous picks. Deterministic: the first pick is the point farthest from
 * the centroid (lowest index on ties), so the result does not depend on a random start.
 *
 * <p>O(n·m) time, O(n) extra memory. Stateless and thread-safe.
 */
public final class FarthestPointSampling {

    private FarthestPointSampling() {}

    /**
     * @param xyz 3n coordinates
     * @param m   picks, 1 <= m <= n
     * @return the m picked point indices in pick order
     */
    public static int[] sample(float[] xyz, int m) {
        int n = xyz.length / 3;
        if (m < 1 || m > n) {
            throw new IllegalArgumentException("cannot pick " + m + " of " + n + " points");
        }
        double cx = 0, cy = 0, cz = 0;
        for (int i = 0; i < n; i++) {
            cx += xyz[3 * i];
            cy += xyz[3 * i + 1];
            cz += xyz[3 * i + 2];
        }
        float fx = (float) (cx / n), fy = (float) (cy / n), fz = (float) (cz / n);
        int first = 0;
        float best = -1f;
        for (int i = 0; i < n; i++) {
            float d = distSq(xyz, i, fx, fy, fz);
            if (d > best) {
                best = d;
                first = i;
            }
        }
        int[] picks = new int[m];
        float[] minDistSq = new float[n];
        java.util.Arrays.fill(minDistSq, Float.POSITIVE_INFINITY);
        int last = first;
        for (int p = 0; p < m; p++) {
            picks[p] = last;
            float lx = xyz[3 * last], ly = xyz[3 * last + 1], lz = xyz[3 * last + 2];
            int next = 0;
            float far = -1f;
            for (int i = 0; i < n; i++) {
                float d = distSq(xyz, i, lx, ly, lz);
                if (d < minDistSq[i]) {
                    minDistSq[i] = d;
                }
                if (minDistSq[i] > far) {
                    far = minDistSq[i];
                    next = i;
                }
            }
            last = next;
        }
        return picks;
    }

    private static float distSq(float[] xyz, int i, float x, float y, float z) {
        float dx = xyz[3 * i] - x, dy = xyz[3 * i + 1] - y, dz = xyz[3 * i + 2] - z;
        return dx * dx + dy * dy + dz * dz;
    }
}
