package org.iseg3d.core.click;

/**
 * Positive Click Segmentation, eq. (6): A(p_i) = 1 iff some positive click c_t has ‖z_i − F(c_t)‖₂ < r_t.
 * Each positive click selects the Euclidean ball of radius r_t around its own embedding. Works on the squared
 * embedding distances from each positive click to every point; O(N·|C_pos|). Stateless and thread-safe.
 */
public final class PositiveClickRule {

    private PositiveClickRule() {}

    /**
     * @param distSqFromPositive row t = squared embedding distances from positive click c_t to every point
     * @param radii              r_t for each positive click, from {@link NegativeClickRule}
     * @return the annotated mask M = {p_i | A(p_i) = 1}
     */
    public static boolean[] annotate(float[][] distSqFromPositive, float[] radii) {
        if (distSqFromPositive.length != radii.length) {
            throw new IllegalArgumentException(distSqFromPositive.length + " clicks but " + radii.length + " radii");
        }
        if (radii.length == 0) {
            throw new IllegalArgumentException("eq. (6) needs at least one positive click");
        }
        int n = distSqFromPositive[0].length;
        boolean[] mask = new boolean[n];
        for (int t = 0; t < radii.length; t++) {
            float rSq = radii[t] * radii[t];
            float[] dt = distSqFromPositive[t];
            for (int i = 0; i < n; i++) {
                if (dt[i] < rSq) { // Eq. (6): strict inequality
                    mask[i] = true;
                }
            }
        }
        return mask;
    }
}
