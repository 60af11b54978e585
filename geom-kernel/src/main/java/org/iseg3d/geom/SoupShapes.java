package org.iseg3d.geom;

import static org.iseg3d.geom.Soup.set;

/**
 * Parametric surfaces added to a {@link Soup} as grids: annulus, box (sharp, rounded or bevelled edges), frustum,
 * ellipsoid cap, torus, prism of a 2-D outline and a lathe of a radius profile. All are centred on the y axis
 * (+y = main axis), in the same frame and resolution ({@link #AROUND} segments around a circle, {@link #ALONG}
 * along an axis) as the training-shape primitives of tf-model were built with. Stateless.
 */
public final class SoupShapes {

    /** Segments around a circle and along an axis; enough for mild bending and a few thousand samples. */
    public static final int AROUND = 24;

    public static final int ALONG = 6;

    private SoupShapes() {}

    /** Ring (or, with innerFraction 0, disc) in the plane y, radii (rx, rz). */
    public static void annulus(Soup s, double rx, double rz, double innerFraction, double y) {
        s.grid(AROUND, 3, (u, v, o) -> {
            double t = 2 * Math.PI * u, f = innerFraction + (1 - innerFraction) * v;
            set(o, rx * f * StrictMath.cos(t), y, -rz * f * StrictMath.sin(t));
        });
    }

    /**
     * Box with half extents h; r > 0 rounds (or, with {@code chamfer}, bevels) its edges: every face point q is
     * pushed to {@code inner + r * (q - inner) / |q - inner|}, inner being q clamped to the box shrunk by r.
     */
    public static void box(Soup s, double hx, double hy, double hz, double r, boolean chamfer, boolean openTop) {
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
    public static void frustum(Soup s, double rx, double rz, double topScale, double height, double span, int caps) {
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

    /** Ellipsoid cap from the +y pole down to polar angle {@code theta} (pi = whole ellipsoid); closed by a disc. */
    public static void ellipsoidCap(Soup s, double rx, double ry, double rz, double theta, boolean closed) {
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
    public static void torus(Soup s, double ra, double rb, double r, double span, boolean segment) {
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

    /**
     * Prism of a counter-clockwise outline {@code x0, y0, x1, y1, ...} (outline x to world x, outline y to world -z)
     * along y, centred on y = 0, with both ends closed ({@link Triangulator#earClipFirst}).
     */
    public static void prism(Soup s, double[] poly, double height) {
        int n = poly.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double x0 = poly[2 * i], z0 = poly[2 * i + 1], x1 = poly[2 * j], z1 = poly[2 * j + 1];
            s.grid(1, ALONG, (u, v, o) -> set(o, x0 + (x1 - x0) * u, height * (v - 0.5), -(z0 + (z1 - z0) * u)));
        }
        int[] tri = Triangulator.earClipFirst(poly);
        for (int k = 0; k < tri.length; k += 3) {
            for (int side = -1; side <= 1; side += 2) {
                double y = side * height / 2;
                s.triangle(
                        new double[] {poly[2 * tri[k]], y, -poly[2 * tri[k] + 1]},
                        new double[] {poly[2 * tri[k + 1]], y, -poly[2 * tri[k + 1] + 1]},
                        new double[] {poly[2 * tri[k + 2]], y, -poly[2 * tri[k + 2] + 1]});
            }
        }
    }

    /**
     * Lathe of the radius profile {@code r} (knots evenly spaced over the height, {@link Curves#catmullRomAt},
     * clamped to [0.05, 1] times (rx, rz)) between the profile fractions v0 and v1; the height runs from
     * -height/2 to +height/2 over the whole profile.
     */
    public static void lathe(Soup s, double[] r, double rx, double rz, double height, double v0, double v1) {
        int rows = Math.max(2, (int) Math.round(16 * (v1 - v0)));
        s.grid(AROUND, rows, (u, w, o) -> {
            double v = v0 + (v1 - v0) * w;
            double t = 2 * Math.PI * u, f = Math.min(1, Math.max(0.05, Curves.catmullRomAt(r, v))); // no overshoot
            set(o, rx * f * StrictMath.cos(t), height * (v - 0.5), -rz * f * StrictMath.sin(t));
        });
    }

    /** Moves the soup so that its bounding box is centred on the origin. */
    public static void centre(Soup s) {
        double[] b = s.bounds();
        s.translate(-(b[0] + b[3]) / 2, -(b[1] + b[4]) / 2, -(b[2] + b[5]) / 2);
    }
}
