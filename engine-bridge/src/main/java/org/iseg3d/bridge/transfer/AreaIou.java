package org.iseg3d.bridge.transfer;

/**
 * Intersection over union of per-triangle labels weighted by triangle area: for part p,
 * IoU_p = area(pred = p ∧ truth = p) / area(pred = p ∨ truth = p). Unlike the point IoU it does not depend on the
 * sampling, so it measures what a user sees on the mesh. O(triangles). Stateless.
 */
public final class AreaIou {

    private AreaIou() {}

    /**
     * @param areas     area per triangle
     * @param predicted label per triangle (negative = none)
     * @param truth     label per triangle (negative = none)
     * @param parts     number of part ids, labels are in [0, parts)
     * @return IoU per part id in [0, 1], NaN for a part neither labelling uses
     */
    public static double[] perPart(double[] areas, int[] predicted, int[] truth, int parts) {
        if (predicted.length != areas.length || truth.length != areas.length) {
            throw new IllegalArgumentException("one area and two labels per triangle expected");
        }
        double[] inter = new double[parts];
        double[] union = new double[parts];
        for (int t = 0; t < areas.length; t++) {
            int p = predicted[t], q = truth[t];
            double a = areas[t];
            if (p == q) {
                if (p >= 0) {
                    inter[p] += a;
                    union[p] += a;
                }
            } else {
                if (p >= 0) {
                    union[p] += a;
                }
                if (q >= 0) {
                    union[q] += a;
                }
            }
        }
        double[] iou = new double[parts];
        for (int p = 0; p < parts; p++) {
            iou[p] = union[p] > 0 ? inter[p] / union[p] : Double.NaN;
        }
        return iou;
    }

    /** Area IoU of one binary selection against another. */
    public static double binary(double[] areas, boolean[] predicted, boolean[] truth) {
        double inter = 0, union = 0;
        for (int t = 0; t < areas.length; t++) {
            if (predicted[t] && truth[t]) {
                inter += areas[t];
            }
            if (predicted[t] || truth[t]) {
                union += areas[t];
            }
        }
        return union > 0 ? inter / union : Double.NaN;
    }

    /** Mean of the non-NaN entries (NaN if there are none). */
    public static double mean(double[] iou) {
        double s = 0;
        int n = 0;
        for (double v : iou) {
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
