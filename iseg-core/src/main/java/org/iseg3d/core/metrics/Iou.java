package org.iseg3d.core.metrics;

/** Intersection over union of two point masks, in percent. */
public final class Iou {

    private Iou() {}

    /** |A ∩ B| / |A ∪ B| · 100; two empty masks score 100. */
    public static double percent(boolean[] a, boolean[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("masks differ in size: " + a.length + " vs " + b.length);
        }
        int inter = 0, union = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] && b[i]) {
                inter++;
            }
            if (a[i] || b[i]) {
                union++;
            }
        }
        return union == 0 ? 100.0 : 100.0 * inter / union;
    }
}
