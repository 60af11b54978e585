package org.iseg3d.core.eval;

import org.iseg3d.core.click.MaskRefinement;

/**
 * The mask follows connected components of the welded mesh ({@link org.iseg3d.core.mesh.LinkedComponents}), one level
 * above facets: a component holding a positive click and no negative one is selected whole (what Blender's "select
 * linked" does), one holding only negative clicks removed whole, one holding both keeps the finer mask (a component
 * spanning several parts stays splittable); a component without clicks is selected whole above {@code upper} of its
 * points, removed below {@code lower}, and kept as it is in between. Points are area-uniform samples, so counting
 * points stands for area. O(N + components) per click.
 */
final class ComponentSnap implements MaskRefinement {

    private final int[] componentOfPoint;
    private final int components;
    private final double lower, upper;

    /** @param componentOfPoint per point its component in [0, components), -1 for none (kept as it is) */
    ComponentSnap(int[] componentOfPoint, int components, double lower, double upper) {
        this.componentOfPoint = componentOfPoint;
        this.components = components;
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public boolean[] refine(boolean[] mask, int[] positives, int[] negatives) {
        int[] total = new int[components], selected = new int[components];
        for (int p = 0; p < mask.length; p++) {
            int c = componentOfPoint[p];
            if (c >= 0) {
                total[c]++;
                selected[c] += mask[p] ? 1 : 0;
            }
        }
        byte[] clicked = new byte[components]; // bit 1: positive, bit 2: negative
        for (int p : positives) {
            int c = componentOfPoint[p];
            if (c >= 0) {
                clicked[c] |= 1;
            }
        }
        for (int p : negatives) {
            int c = componentOfPoint[p];
            if (c >= 0) {
                clicked[c] |= 2;
            }
        }
        byte[] state = new byte[components]; // 0 keep, 1 in, 2 out
        for (int c = 0; c < components; c++) {
            double x = total[c] == 0 ? 0.5 : selected[c] / (double) total[c];
            state[c] = clicked[c] == 1
                    ? 1
                    : clicked[c] == 2 ? 2 : clicked[c] == 3 ? 0 : x > upper ? 1 : x < lower ? 2 : (byte) 0;
        }
        for (int p = 0; p < mask.length; p++) {
            int c = componentOfPoint[p];
            if (c >= 0 && state[c] != 0) {
                mask[p] = state[c] == 1;
            }
        }
        return mask;
    }
}
