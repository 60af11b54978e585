package org.iseg3d.tf.data;

import java.util.List;
import org.iseg3d.geom.Soup;

/**
 * How far a part can slide towards the assembly before it touches: the attach step of the assembler ("parts
 * placed on faces of existing parts"). Both sides are rasterised into a height field over the moving part's
 * footprint (plane perpendicular to the sliding axis): the fixed parts keep their highest surface per cell, the
 * moving part its lowest; the free distance is the smallest difference over cells covered by both. Triangles are
 * sampled at cell centres and their corners splatted, so thin and edge-on parts are seen too.
 * Cost O(T + cells covered). Stateless.
 */
final class Contact {

    static final int RES = 16;

    private Contact() {}

    /**
     * Distance the moving soup can travel along {@code -sign * e_axis} before touching one of {@code fixed};
     * {@code NaN} when it would pass by all of them.
     */
    static double freeDistance(Soup moving, List<Soup> fixed, int axis, int sign) {
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        double[] bm = moving.bounds();
        double padB = 1e-6 + 0.01 * (bm[b + 3] - bm[b]), padC = 1e-6 + 0.01 * (bm[c + 3] - bm[c]);
        double b0 = bm[b] - padB, c0 = bm[c] - padC;
        double cellB = (bm[b + 3] + padB - b0) / RES, cellC = (bm[c + 3] + padC - c0) / RES;
        double[] low = new double[RES * RES];
        double[] high = new double[RES * RES];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        rasterise(moving, axis, sign, b0, c0, cellB, cellC, low, false);
        for (Soup f : fixed) {
            double[] fb = f.bounds();
            if (fb[b + 3] < b0 || fb[b] > b0 + RES * cellB || fb[c + 3] < c0 || fb[c] > c0 + RES * cellC) {
                continue;
            }
            rasterise(f, axis, sign, b0, c0, cellB, cellC, high, true);
        }
        double best = Double.NaN;
        for (int i = 0; i < low.length; i++) {
            if (low[i] != Double.POSITIVE_INFINITY && high[i] != Double.NEGATIVE_INFINITY) {
                double d = low[i] - high[i];
                if (Double.isNaN(best) || d < best) {
                    best = d;
                }
            }
        }
        return best;
    }

    private static void rasterise(
            Soup s,
            int axis,
            int sign,
            double b0,
            double c0,
            double cellB,
            double cellC,
            double[] field,
            boolean keepMax) {
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        float[] v = s.corners();
        double[] pb = new double[3], pc = new double[3], ph = new double[3];
        for (int t = 0, n = s.triangleCount(); t < n; t++) {
            double minB = Double.MAX_VALUE, maxB = -Double.MAX_VALUE, minC = Double.MAX_VALUE, maxC = -Double.MAX_VALUE;
            for (int k = 0; k < 3; k++) {
                int o = 9 * t + 3 * k;
                pb[k] = (v[o + b] - b0) / cellB - 0.5; // cell-centre coordinates
                pc[k] = (v[o + c] - c0) / cellC - 0.5;
                ph[k] = sign * v[o + axis];
                minB = Math.min(minB, pb[k]);
                maxB = Math.max(maxB, pb[k]);
                minC = Math.min(minC, pc[k]);
                maxC = Math.max(maxC, pc[k]);
                put(field, (int) Math.round(pb[k]), (int) Math.round(pc[k]), ph[k], keepMax);
            }
            int i0 = Math.max(0, (int) Math.ceil(minB)), i1 = Math.min(RES - 1, (int) Math.floor(maxB));
            int j0 = Math.max(0, (int) Math.ceil(minC)), j1 = Math.min(RES - 1, (int) Math.floor(maxC));
            if (i0 > i1 || j0 > j1) {
                continue;
            }
            double det = (pb[1] - pb[0]) * (pc[2] - pc[0]) - (pb[2] - pb[0]) * (pc[1] - pc[0]);
            if (Math.abs(det) < 1e-12) {
                continue; // edge-on triangle: its corners were splatted above
            }
            for (int i = i0; i <= i1; i++) {
                for (int j = j0; j <= j1; j++) {
                    double w1 = ((i - pb[0]) * (pc[2] - pc[0]) - (pb[2] - pb[0]) * (j - pc[0])) / det;
                    double w2 = ((pb[1] - pb[0]) * (j - pc[0]) - (i - pb[0]) * (pc[1] - pc[0])) / det;
                    if (w1 >= -1e-9 && w2 >= -1e-9 && w1 + w2 <= 1 + 1e-9) {
                        put(field, i, j, ph[0] + w1 * (ph[1] - ph[0]) + w2 * (ph[2] - ph[0]), keepMax);
                    }
                }
            }
        }
    }

    private static void put(double[] field, int i, int j, double h, boolean keepMax) {
        if (i < 0 || j < 0 || i >= RES || j >= RES) {
            return;
        }
        int k = i * RES + j;
        field[k] = keepMax ? Math.max(field[k], h) : Math.min(field[k], h);
    }
}
