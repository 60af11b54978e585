package org.iseg3d.tf.data;

import static org.iseg3d.geom.Soup.set;
import static org.iseg3d.geom.SoupShapes.ALONG;
import static org.iseg3d.geom.SoupShapes.annulus;
import static org.iseg3d.geom.SoupShapes.box;
import static org.iseg3d.geom.SoupShapes.ellipsoidCap;
import static org.iseg3d.geom.SoupShapes.frustum;
import static org.iseg3d.geom.SoupShapes.lathe;
import static org.iseg3d.geom.SoupShapes.torus;

import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;
import org.iseg3d.geom.SoupShapes;
import org.iseg3d.geom.SweptTube;

/**
 * Builds one primitive surface of a {@link PrimitiveKind} as a triangle soup from parametric grids, fitted to the
 * requested extents (ex, ey, ez) in its local frame (+y = main axis), centred on the origin. Random choices
 * (caps, open faces, profile, curve) come from the caller's {@link SplittableRandom}. Stateless.
 */
final class PrimitiveFactory {

    private PrimitiveFactory() {}

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
            case FRUSTUM -> frustum(
                    s, rx, rz, rnd.nextDouble() < 0.2 ? 0 : rnd.nextDouble(0.2, 0.9), ey, 2 * Math.PI, rnd.nextInt(3));
            case SPHERE -> ellipsoidCap(s, rx, ry, rz, Math.PI, false);
            case SPHERICAL_CAP -> ellipsoidCap(s, rx, ry, rz, rnd.nextDouble(0.25, 0.85) * Math.PI, rnd.nextBoolean());
            case TORUS -> {
                double r = Math.min(ry, 0.45 * Math.min(rx, rz));
                torus(s, rx - r, rz - r, r, 2 * Math.PI, false);
            }
            case TORUS_SEGMENT -> {
                double r = Math.min(rz, 0.3 * Math.min(rx, ry));
                torus(s, rx - r, ry - r, r, rnd.nextDouble(0.8, 1.5) * Math.PI, true);
            }
            case EXTRUSION -> SoupShapes.prism(s, Profiles.random(rnd, ex, ez), ey);
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
            case SWEPT_TUBE -> randomTube(s, rnd, ex, ey, ez, rnd.nextBoolean());
        }
        SoupShapes.centre(s);
        return s;
    }

    /**
     * A tube ({@link SweptTube#sweep}) fitted (its curve, not the tube around it) to the box (ex, ey, ez): a random
     * wiggle along y, or an arch whose two ends are its lowest points (handles, goosenecks, bent rails).
     */
    static void randomTube(Soup s, SplittableRandom rnd, double ex, double ey, double ez, boolean arch) {
        double radius = rnd.nextDouble(0.03, 0.09) * Math.max(ex, Math.max(ey, ez));
        radius = Math.min(radius, 0.45 * Math.max(1e-4, Math.min(ex, Math.min(ey, ez)) + radius));
        double[] control;
        if (arch) { // arch: ends down at y = 0, opening towards -y
            double top = rnd.nextDouble(0.7, 1.0) * ey;
            control = new double[] {
                -ex / 2,
                0,
                0,
                -ex / 2 * rnd.nextDouble(0.6, 1.1),
                top * 0.8,
                0,
                0,
                top,
                ez * rnd.nextDouble(-0.2, 0.2),
                ex / 2 * rnd.nextDouble(0.6, 1.1),
                top * 0.8,
                0,
                ex / 2,
                0,
                0
            };
        } else { // wiggle along y
            int n = 4 + rnd.nextInt(2);
            control = new double[3 * n];
            for (int i = 0; i < n; i++) {
                control[3 * i] = rnd.nextDouble(-0.5, 0.5) * ex;
                control[3 * i + 1] = ey * ((double) i / (n - 1) - 0.5);
                control[3 * i + 2] = rnd.nextDouble(-0.5, 0.5) * ez;
            }
        }
        SweptTube.sweep(s, control, radius, rnd.nextDouble(0.6, 1.0));
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

    private static double[] revolutionProfile(SplittableRandom rnd) {
        int knots = 4 + rnd.nextInt(4);
        double[] r = new double[knots];
        boolean bottle = rnd.nextBoolean();
        double neck = rnd.nextDouble(0.2, 0.5), shoulder = rnd.nextDouble(0.45, 0.8);
        for (int k = 0; k < knots; k++) {
            double t = (double) k / (knots - 1);
            r[k] = bottle
                    ? (t < shoulder ? rnd.nextDouble(0.9, 1.0) : neck + rnd.nextDouble(0, 0.1))
                    : rnd.nextDouble(0.35, 1.0);
        }
        return r;
    }

    private static double min(double a, double b, double c) {
        return Math.min(a, Math.min(b, c));
    }
}
