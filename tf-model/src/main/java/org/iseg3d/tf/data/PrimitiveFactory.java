package org.iseg3d.tf.data;

import java.util.SplittableRandom;

/**
 * Builds one primitive surface of a {@link PrimitiveKind} as a triangle soup from parametric grids, fitted to the
 * requested extents (ex, ey, ez) in its local frame (+y = main axis), centred on the origin. Random choices
 * (caps, open faces, profile, curve) come from the caller's {@link SplittableRandom}. Stateless.
 */
final class PrimitiveFactory {

    /** Segments around a circle and along an axis; enough for mild bending and a few thousand samples. */
    static final int AROUND = 24;
    static final int ALONG = 6;

    private PrimitiveFactory() {
    }

    static Soup build(PrimitiveKind kind, SplittableRandom rnd, double ex, double ey, double ez) {
        Soup s = new Soup();
        double rx = ex / 2, ry = ey / 2, rz = ez / 2;
        switch (kind) {
            case PLANE -> s.grid(4, 4, (u, v, o) -> set(o, ex * (u - 0.5), 0, ez * (v - 0.5)));
            case DISC -> annulus(s, rx, rz, 0, 0);
            case ANNULUS -> annulus(s, rx, rz, rnd.nextDouble(0.3, 0.85), 0);
            case BOX -> box(s, rx, ry, rz, 0, false, false);
            case OPEN_BOX -> box(s, rx, ry, rz, 0, false, true);
            case ROUNDED_BOX -> box(s, rx, ry, rz, rnd.nextDouble(0.08, 0.5) * min(rx, ry, rz), false, false);
            case BEVELLED_BOX -> box(s, rx, ry, rz, rnd.nextDouble(0.08, 0.4) * min(rx, ry, rz), true, false);
            case FILLET -> {
                double r = Math.min(ey, ez);
                s.grid(ALONG, 8, (u, v, o) -> {
                    double t = Math.PI * (1 + 0.5 * v);
                    set(o, ex * (u - 0.5), r + r * StrictMath.cos(t) - r / 2, r + r * StrictMath.sin(t) - r / 2);
                });
            }
            case CYLINDER -> frustum(s, rx, rz, 1, ey, 2 * Math.PI, rnd.nextInt(3));
            case PARTIAL_CYLINDER -> frustum(s, rx, rz, 1, ey, rnd.nextDouble(0.4, 1.7) * Math.PI, 0);
            case FRUSTUM -> frustum(s, rx, rz, rnd.nextDouble() < 0.2 ? 0 : rnd.nextDouble(0.2, 0.9), ey,
                    2 * Math.PI, rnd.nextInt(3));
            case SPHERE -> cap(s, rx, ry, rz, Math.PI, false);
            case SPHERICAL_CAP -> cap(s, rx, ry, rz, rnd.nextDouble(0.25, 0.85) * Math.PI, rnd.nextBoolean());
            case TORUS -> {
                double r = Math.min(ry, 0.45 * Math.min(rx, rz));
                torus(s, rx - r, rz - r, r, 2 * Math.PI, false);
            }
            case TORUS_SEGMENT -> {
                double r = Math.min(rz, 0.3 * Math.min(rx, ry));
                torus(s, rx - r, ry - r, r, rnd.nextDouble(0.8, 1.5) * Math.PI, true);
            }
            case EXTRUSION -> extrusion(s, Profiles.random(rnd, ex, ez), ey);
            case THIN_PLATE -> {
                double t = Math.min(ry, 0.04 * Math.max(rx, rz) + 1e-4);
                box(s, rx, t, rz, rnd.nextBoolean() ? 0 : rnd.nextDouble(0.2, 0.9) * t, false, false);
            }
            case ROD -> {
                double r = Math.min(Math.min(rx, rz), 0.08 * ey + 1e-4);
                if (rnd.nextInt(3) == 0) {
                    box(s, r, ry, r, 0, false, false);
                } else {
                    frustum(s, r, r, 1, ey, 2 * Math.PI, 2);
                }
            }
            case REVOLUTION -> revolution(s, rnd, rx, rz, ey);
            case SWEPT_TUBE -> SweptTube.random(s, rnd, ex, ey, ez, rnd.nextBoolean());
        }
        centre(s);
        return s;
    }

    /** Moves the soup so that its bounding box is centred on the origin. */
    static void centre(Soup s) {
        double[] b = s.bounds();
        s.translate(-(b[0] + b[3]) / 2, -(b[1] + b[4]) / 2, -(b[2] + b[5]) / 2);
    }

    private static void annulus(Soup s, double rx, double rz, double innerFraction, double y) {
        s.grid(AROUND, 3, (u, v, o) -> {
            double t = 2 * Math.PI * u, f = innerFraction + (1 - innerFraction) * v;
            set(o, rx * f * StrictMath.cos(t), y, -rz * f * StrictMath.sin(t));
        });
    }

    /**
     * Box with half extents h; r > 0 rounds (or, with {@code chamfer}, bevels) its edges: every face point q is
     * pushed to {@code inner + r * (q - inner) / |q - inner|}, inner being q clamped to the box shrunk by r.
     */
    static void box(Soup s, double hx, double hy, double hz, double r, boolean chamfer, boolean openTop) {
        double[] h = {hx, hy, hz};
        int bevel = r > 0 ? 3 : 0, inner = 4;
        int n = inner + 2 * bevel;
        for (int axis = 0; axis < 3; axis++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                if (openTop && axis == 1 && sign == 1) {
                    continue;
                }
                int a = axis, sg = sign, b = (axis + 1) % 3, c = (axis + 2) % 3;
                s.grid(n, n, (u, v, o) -> {
                    double[] q = new double[3];
                    q[a] = sg * h[a];
                    q[b] = coordinate(u, n, bevel, h[b], r) * sg;
                    q[c] = coordinate(v, n, bevel, h[c], r);
                    if (r <= 0) {
                        set(o, q[0], q[1], q[2]);
                        return;
                    }
                    double len = 0;
                    double[] off = new double[3];
                    for (int k = 0; k < 3; k++) {
                        double in = Math.max(-(h[k] - r), Math.min(h[k] - r, q[k]));
                        off[k] = q[k] - in;
                        o[k] = in;
                        len += chamfer ? Math.abs(off[k]) : off[k] * off[k];
                    }
                    len = chamfer ? len : Math.sqrt(len);
                    for (int k = 0; k < 3; k++) {
                        o[k] += r * off[k] / len;
                    }
                });
            }
        }
    }

    /** Grid line i of n across [-h, h], with {@code bevel} lines packed into each outer band of width r. */
    private static double coordinate(double u, int n, int bevel, double h, double r) {
        int i = (int) Math.round(u * n);
        if (bevel == 0) {
            return -h + 2 * h * i / n;
        }
        int inner = n - 2 * bevel;
        if (i <= bevel) {
            return -h + r * i / bevel;
        }
        if (i <= bevel + inner) {
            return -(h - r) + 2 * (h - r) * (i - bevel) / inner;
        }
        return h - r + r * (i - bevel - inner) / bevel;
    }

    /** Frustum along y with bottom radii (rx, rz), top radii scaled by {@code topScale}; caps: 0 none, 1 bottom, 2 both. */
    static void frustum(Soup s, double rx, double rz, double topScale, double height, double span, int caps) {
        s.grid(AROUND, ALONG, (u, v, o) -> {
            double t = span * u, f = 1 + (topScale - 1) * v;
            set(o, rx * f * StrictMath.cos(t), height * (v - 0.5), -rz * f * StrictMath.sin(t));
        });
        if (caps >= 1) {
            annulus(s, rx, rz, 0, -height / 2);
        }
        if (caps >= 2 && topScale > 0) {
            annulus(s, rx * topScale, rz * topScale, 0, height / 2);
        }
    }

    /** Ellipsoid cap from the +y pole down to polar angle {@code theta} (pi = whole ellipsoid). */
    private static void cap(Soup s, double rx, double ry, double rz, double theta, boolean closed) {
        s.grid(AROUND, 10, (u, v, o) -> {
            double t = 2 * Math.PI * u, p = theta * v;
            double sp = StrictMath.sin(p);
            set(o, rx * sp * StrictMath.cos(t), ry * StrictMath.cos(p), -rz * sp * StrictMath.sin(t));
        });
        if (closed && theta < Math.PI * 0.98) {
            double sp = StrictMath.sin(theta);
            annulus(s, rx * sp, rz * sp, 0, ry * StrictMath.cos(theta));
        }
    }

    /**
     * Torus with major radii (ra, rb) and tube radius r. Full: in the xz plane. Segment: in the xy plane, the arc
     * centred on +y, so that its two open ends are its lowest points (handle ends).
     */
    private static void torus(Soup s, double ra, double rb, double r, double span, boolean segment) {
        s.grid(segment ? AROUND : 2 * AROUND, 12, (u, v, o) -> {
            double phi = segment ? span * (u - 0.5) : 2 * Math.PI * u, th = 2 * Math.PI * v;
            double ex = StrictMath.sin(phi), ey = StrictMath.cos(phi);
            double cx = ra * ex, cy = rb * ey;
            double ct = StrictMath.cos(th), st = StrictMath.sin(th);
            if (segment) {
                set(o, cx + r * ct * ex, cy + r * ct * ey, r * st);
            } else {
                set(o, cx + r * ct * ex, r * st, cy + r * ct * ey);
            }
        });
    }

    private static void extrusion(Soup s, double[] poly, double height) {
        int n = poly.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double x0 = poly[2 * i], z0 = poly[2 * i + 1], x1 = poly[2 * j], z1 = poly[2 * j + 1];
            s.grid(1, ALONG, (u, v, o) -> set(o, x0 + (x1 - x0) * u, height * (v - 0.5), -(z0 + (z1 - z0) * u)));
        }
        int[] tri = Profiles.triangulate(poly);
        for (int k = 0; k < tri.length; k += 3) {
            for (int side = -1; side <= 1; side += 2) {
                double y = side * height / 2;
                s.triangle(new double[] {poly[2 * tri[k]], y, -poly[2 * tri[k] + 1]},
                        new double[] {poly[2 * tri[k + 1]], y, -poly[2 * tri[k + 1] + 1]},
                        new double[] {poly[2 * tri[k + 2]], y, -poly[2 * tri[k + 2] + 1]});
            }
        }
    }

    /** Lathe of a random smooth radius profile r(y): bottle-like (body, shoulder, neck) or free (vase, bowl). */
    private static void revolution(Soup s, SplittableRandom rnd, double rx, double rz, double height) {
        double[] r = revolutionProfile(rnd);
        lathe(s, r, rx, rz, height, 0, 1);
        double f0 = Math.max(0.05, r[0]);
        annulus(s, rx * f0, rz * f0, 0, -height / 2);
    }

    /**
     * One lathe cut into two parts whose surfaces continue into each other (bottle body and neck, lamp foot and
     * column, turned leg segments): the cut lies at a profile knot, where real turned parts change from one
     * section to the next; nothing but the profile's bend marks the boundary. Returns {lower (capped), upper}.
     */
    static Soup[] splitRevolution(SplittableRandom rnd, double ex, double ey, double ez) {
        double[] r = revolutionProfile(rnd);
        int knot = 1 + rnd.nextInt(r.length - 2);
        double cut = (double) knot / (r.length - 1);
        Soup lower = new Soup(), upper = new Soup();
        lathe(lower, r, ex / 2, ez / 2, ey, 0, cut);
        lathe(upper, r, ex / 2, ez / 2, ey, cut, 1);
        double f0 = Math.max(0.05, r[0]);
        annulus(lower, ex / 2 * f0, ez / 2 * f0, 0, -ey / 2);
        return new Soup[] {lower, upper};
    }

    private static void lathe(Soup s, double[] r, double rx, double rz, double height, double v0, double v1) {
        int rows = Math.max(2, (int) Math.round(16 * (v1 - v0)));
        s.grid(AROUND, rows, (u, w, o) -> {
            double v = v0 + (v1 - v0) * w;
            double t = 2 * Math.PI * u, f = Math.min(1, Math.max(0.05, smooth(r, v))); // no overshoot past the extents
            set(o, rx * f * StrictMath.cos(t), height * (v - 0.5), -rz * f * StrictMath.sin(t));
        });
    }

    private static double[] revolutionProfile(SplittableRandom rnd) {
        int knots = 4 + rnd.nextInt(4);
        double[] r = new double[knots];
        boolean bottle = rnd.nextBoolean();
        double neck = rnd.nextDouble(0.2, 0.5), shoulder = rnd.nextDouble(0.45, 0.8);
        for (int k = 0; k < knots; k++) {
            double t = (double) k / (knots - 1);
            r[k] = bottle ? (t < shoulder ? rnd.nextDouble(0.9, 1.0) : neck + rnd.nextDouble(0, 0.1))
                    : rnd.nextDouble(0.35, 1.0);
        }
        return r;
    }

    /** Catmull-Rom interpolation of knot values at t in [0,1]. */
    static double smooth(double[] k, double t) {
        double x = t * (k.length - 1);
        int i = Math.min(k.length - 2, (int) x);
        double f = x - i;
        double p0 = k[Math.max(0, i - 1)], p1 = k[i], p2 = k[i + 1], p3 = k[Math.min(k.length - 1, i + 2)];
        return 0.5 * (2 * p1 + (-p0 + p2) * f + (2 * p0 - 5 * p1 + 4 * p2 - p3) * f * f
                + (-p0 + 3 * p1 - 3 * p2 + p3) * f * f * f);
    }

    private static double min(double a, double b, double c) {
        return Math.min(a, Math.min(b, c));
    }

    static void set(double[] o, double x, double y, double z) {
        o[0] = x;
        o[1] = y;
        o[2] = z;
    }
}
