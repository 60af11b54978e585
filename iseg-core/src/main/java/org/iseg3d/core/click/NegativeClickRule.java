package org.iseg3d.core.click;

/**
 * Negative Click Refinement, eq. (7)-(8): the radius of positive click c_t is r_t = min(α, D_t), where
 * D_t = min_i ‖F(c_t) − F(c_i^neg)‖₂ is its embedding distance to the nearest negative click. Without negative
 * clicks every radius is α. O(|C_pos|·|C_neg|); stateless and thread-safe.
 */
public final class NegativeClickRule {

    private NegativeClickRule() {}

    /**
     * @param distSqFromPositive row t = squared embedding distances from positive click c_t to every point
     * @param negatives          negatively clicked point indices
     * @param alpha              α, the default radius
     * @return r_t for each positive click, in order
     */
    public static float[] radii(float[][] distSqFromPositive, int[] negatives, float alpha) {
        float[] r = new float[distSqFromPositive.length];
        for (int t = 0; t < r.length; t++) {
            float minSq = Float.POSITIVE_INFINITY; // D_t², eq. (8)
            for (int neg : negatives) {
                minSq = Math.min(minSq, distSqFromPositive[t][neg]);
            }
            r[t] = (float) Math.min(alpha, Math.sqrt(minSq)); // Eq. (7)
        }
        return r;
    }
}
