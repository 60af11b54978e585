package org.iseg3d.tf.data;

import java.util.SplittableRandom;

/**
 * Random simple 2-D outlines for extrusions (L, U, T, cross, regular polygons, ellipses, rounded rectangles), as
 * counter-clockwise polygons {@code x0, y0, x1, y1, ...} inside {@code [-w/2, w/2] x [-d/2, d/2]}, and an
 * ear-clipping triangulation for their caps (O(n^2) for n corners; outlines have at most about 40).
 */
final class Profiles {

    private Profiles() {
    }

    /** A random outline in a w x d box. */
    static double[] random(SplittableRandom rnd, double w, double d) {
        double hw = w / 2, hd = d / 2;
        double a = rnd.nextDouble(0.25, 0.6), b = rnd.nextDouble(0.25, 0.6); // arm thickness fractions
        return switch (rnd.nextInt(7)) {
            case 0 -> new double[] {-hw, -hd, hw, -hd, hw, -hd + 2 * hd * a, -hw + 2 * hw * b, -hd + 2 * hd * a,
                -hw + 2 * hw * b, hd, -hw, hd}; // L
            case 1 -> { // U, opening towards +y
                double t = 2 * hw * a / 2, f = 2 * hd * b;
                yield new double[] {-hw, -hd, hw, -hd, hw, hd, hw - t, hd, hw - t, -hd + f, -hw + t, -hd + f,
                    -hw + t, hd, -hw, hd};
            }
            case 2 -> { // T, bar on top
                double s = hw * a, bar = 2 * hd * b;
                yield new double[] {-s, -hd, s, -hd, s, hd - bar, hw, hd - bar, hw, hd, -hw, hd, -hw, hd - bar,
                    -s, hd - bar};
            }
            case 3 -> { // cross
                double s = hw * a, t = hd * b;
                yield new double[] {-s, -hd, s, -hd, s, -t, hw, -t, hw, t, s, t, s, hd, -s, hd, -s, t, -hw, t,
                    -hw, -t, -s, -t};
            }
            case 4 -> ellipse(hw, hd, 3 + rnd.nextInt(6), rnd.nextDouble(0, Math.PI)); // regular polygon
            case 5 -> ellipse(hw, hd, 28, 0);
            default -> roundedRectangle(hw, hd, rnd.nextDouble(0.1, 0.95) * Math.min(hw, hd), 4);
        };
    }

    static double[] ellipse(double hw, double hd, int n, double phase) {
        double[] p = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = phase + 2 * Math.PI * i / n;
            p[2 * i] = hw * StrictMath.cos(t);
            p[2 * i + 1] = hd * StrictMath.sin(t);
        }
        return p;
    }

    static double[] roundedRectangle(double hw, double hd, double r, int arcSegments) {
        double[] p = new double[8 * (arcSegments + 1)];
        double[] cx = {hw - r, -hw + r, -hw + r, hw - r};
        double[] cy = {hd - r, hd - r, -hd + r, -hd + r};
        int k = 0;
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i <= arcSegments; i++) {
                double t = Math.PI / 2 * (c + (double) i / arcSegments);
                p[k++] = cx[c] + r * StrictMath.cos(t);
                p[k++] = cy[c] + r * StrictMath.sin(t);
            }
        }
        return p;
    }

    /** Ear-clipping triangulation of a simple counter-clockwise polygon; returns corner index triples. */
    static int[] triangulate(double[] poly) {
        int n = poly.length / 2;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        int[] out = new int[3 * Math.max(0, n - 2)];
        int k = 0, m = n, guard = 0;
        int i = 0;
        while (m > 3 && guard++ < 4 * n * n) {
            int a = idx[(i + m - 1) % m], b = idx[i % m], c = idx[(i + 1) % m];
            if (isEar(poly, idx, m, a, b, c)) {
                out[k++] = a;
                out[k++] = b;
                out[k++] = c;
                System.arraycopy(idx, i % m + 1, idx, i % m, m - i % m - 1);
                m--;
            } else {
                i++;
            }
            i %= m;
        }
        if (m == 3) {
            out[k++] = idx[0];
            out[k++] = idx[1];
            out[k++] = idx[2];
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static boolean isEar(double[] p, int[] idx, int m, int a, int b, int c) {
        if (cross(p, a, b, c) <= 1e-15) {
            return false; // reflex or degenerate corner
        }
        for (int j = 0; j < m; j++) {
            int q = idx[j];
            if (q != a && q != b && q != c && cross(p, a, b, q) >= 0 && cross(p, b, c, q) >= 0
                    && cross(p, c, a, q) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static double cross(double[] p, int a, int b, int c) {
        return (p[2 * b] - p[2 * a]) * (p[2 * c + 1] - p[2 * a + 1]) - (p[2 * b + 1] - p[2 * a + 1]) * (p[2 * c] - p[2 * a]);
    }
}
