package org.iseg3d.tf.data;

import java.util.SplittableRandom;

/**
 * Tubes swept along smooth Catmull-Rom curves with parallel-transport frames (no twist flips), capped at both ends.
 * The curve (not the tube around it) is fitted to the target box. Curves are random wiggles inside the box, or arches whose two ends are the lowest points (handles,
 * goosenecks, bent rails).
 */
final class SweptTube {

    private static final int SAMPLES = 24;

    private SweptTube() {
    }

    static void random(Soup s, SplittableRandom rnd, double ex, double ey, double ez, boolean arch) {
        double radius = rnd.nextDouble(0.03, 0.09) * Math.max(ex, Math.max(ey, ez));
        radius = Math.min(radius, 0.45 * Math.max(1e-4, Math.min(ex, Math.min(ey, ez)) + radius));
        double[] control;
        if (arch) { // arch: ends down at y = 0, opening towards -y
            double top = rnd.nextDouble(0.7, 1.0) * ey;
            control = new double[] {-ex / 2, 0, 0, -ex / 2 * rnd.nextDouble(0.6, 1.1), top * 0.8, 0,
                0, top, ez * rnd.nextDouble(-0.2, 0.2), ex / 2 * rnd.nextDouble(0.6, 1.1), top * 0.8, 0, ex / 2, 0, 0};
        } else { // wiggle along y
            int n = 4 + rnd.nextInt(2);
            control = new double[3 * n];
            for (int i = 0; i < n; i++) {
                control[3 * i] = rnd.nextDouble(-0.5, 0.5) * ex;
                control[3 * i + 1] = ey * ((double) i / (n - 1) - 0.5);
                control[3 * i + 2] = rnd.nextDouble(-0.5, 0.5) * ez;
            }
        }
        sweep(s, control, radius, rnd.nextDouble(0.6, 1.0));
    }

    /** Sweeps a circle of radius r (tapering linearly to r * endScale) along the curve through the control points. */
    static void sweep(Soup s, double[] control, double r, double endScale) {
        int k = control.length / 3;
        double[][] c = new double[SAMPLES + 1][3];
        for (int i = 0; i <= SAMPLES; i++) {
            double t = (double) i / SAMPLES;
            for (int a = 0; a < 3; a++) {
                double[] knots = new double[k];
                for (int j = 0; j < k; j++) {
                    knots[j] = control[3 * j + a];
                }
                c[i][a] = PrimitiveFactory.smooth(knots, t);
            }
        }
        double[][] tan = new double[SAMPLES + 1][];
        for (int i = 0; i <= SAMPLES; i++) {
            double[] a = c[Math.max(0, i - 1)], b = c[Math.min(SAMPLES, i + 1)];
            tan[i] = unit(new double[] {b[0] - a[0], b[1] - a[1], b[2] - a[2]});
        }
        double[][] nor = new double[SAMPLES + 1][];
        double[] seed = Math.abs(tan[0][1]) < 0.9 ? new double[] {0, 1, 0} : new double[] {1, 0, 0};
        nor[0] = unit(cross(cross(tan[0], seed), tan[0]));
        for (int i = 1; i <= SAMPLES; i++) { // parallel transport: remove the tangential part, renormalise
            double[] n = nor[i - 1];
            double d = dot(n, tan[i]);
            nor[i] = unit(new double[] {n[0] - d * tan[i][0], n[1] - d * tan[i][1], n[2] - d * tan[i][2]});
        }
        s.grid(PrimitiveFactory.AROUND, SAMPLES, (u, v, o) -> {
            int i = (int) Math.round(v * SAMPLES);
            double[] n = nor[i], b = cross(tan[i], n);
            double th = 2 * Math.PI * u, rr = r * (1 + (endScale - 1) * v);
            double ct = StrictMath.cos(th), st = StrictMath.sin(th);
            for (int a = 0; a < 3; a++) {
                o[a] = c[i][a] + rr * (ct * n[a] + st * b[a]);
            }
        });
        for (int end = 0; end <= SAMPLES; end += SAMPLES) {
            int i = end;
            double[] n = nor[i], b = cross(tan[i], n);
            double rr = r * (end == 0 ? 1 : endScale);
            s.grid(PrimitiveFactory.AROUND, 2, (u, v, o) -> {
                double th = 2 * Math.PI * u;
                double ct = StrictMath.cos(th) * v, st = StrictMath.sin(th) * v;
                for (int a = 0; a < 3; a++) {
                    o[a] = c[i][a] + rr * (ct * n[a] + st * b[a]);
                }
            });
        }
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] unit(double[] a) {
        double l = Math.sqrt(dot(a, a));
        if (l < 1e-12) {
            return new double[] {1, 0, 0};
        }
        return new double[] {a[0] / l, a[1] / l, a[2] / l};
    }
}
