package org.iseg3d.core.metrics;

/**
 * The outcome of one simulated part segmentation.
 *
 * @param file     the shape's file (as given)
 * @param category the shape's category (its folder's name)
 * @param part     the part's name
 * @param points   sampled points of the part
 * @param iou      IoU in percent after click 1..K
 */
public record PartResult(String file, String category, String part, int points, double[] iou) {

    /** The first click count (1-based) at which the IoU reaches {@code threshold}, or K if it never does. */
    public int clicksToReach(double threshold) {
        for (int k = 0; k < iou.length; k++) {
            if (iou[k] >= threshold) {
                return k + 1;
            }
        }
        return iou.length;
    }
}
