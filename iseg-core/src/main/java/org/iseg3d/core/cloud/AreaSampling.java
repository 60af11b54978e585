package org.iseg3d.core.cloud;

/**
 * Area-weighted choice of a triangle: the shared step of surface sampling for user assets (engine-bridge) and for
 * the generated training shapes (tf-model), so both sample the same way. Stateless; O(log T) per draw.
 */
public final class AreaSampling {

    private AreaSampling() {
    }

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
}
