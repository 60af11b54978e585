package org.iseg3d.tf.data;

import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;
import org.iseg3d.geom.Vectors;

/**
 * Orienting and placing a part against an assembly: axis-aligned rotations (local +y onto a signed world axis),
 * small tilts, mirroring, and the attach step "slide in from outside along an axis until it touches, then sink in
 * a little" ({@link Contact}). Stateless.
 */
final class Placement {

    private Placement() {}

    /**
     * Rotates the local frame so that local +y points along {@code sign * e_yAxis} and local +x along a signed
     * axis chosen at random among the four perpendicular ones (proper rotation).
     */
    static void orient(Soup s, int yAxis, int ySign, SplittableRandom rnd) {
        int xAxis = (yAxis + 1 + rnd.nextInt(2)) % 3;
        orient(s, yAxis, ySign, xAxis, rnd.nextBoolean() ? 1 : -1);
    }

    /** Rotates so that local +y goes to {@code ySign * e_yAxis} and local +x to {@code xSign * e_xAxis}. */
    static void orient(Soup s, int yAxis, int ySign, int xAxis, int xSign) {
        if (xAxis == yAxis) {
            throw new IllegalArgumentException("x and y must go to different axes");
        }
        double[] ex = new double[3], ey = new double[3];
        ex[xAxis] = xSign;
        ey[yAxis] = ySign;
        double[] ez = Vectors.cross(ex, ey);
        // columns are the images of the local axes
        s.linear(new double[] {ex[0], ey[0], ez[0], ex[1], ey[1], ez[1], ex[2], ey[2], ez[2]});
    }

    /** Rotates about the world axis {@code axis} through the origin by {@code angle} radians. */
    static void rotate(Soup s, int axis, double angle) {
        double c = StrictMath.cos(angle), sn = StrictMath.sin(angle);
        double[] m =
                switch (axis) {
                    case 0 -> new double[] {1, 0, 0, 0, c, -sn, 0, sn, c};
                    case 1 -> new double[] {c, 0, sn, 0, 1, 0, -sn, 0, c};
                    default -> new double[] {c, -sn, 0, sn, c, 0, 0, 0, 1};
                };
        s.linear(m);
    }

    /** Mirrors the soup through the plane {@code coordinate[axis] = 0}. */
    static void mirror(Soup s, int axis) {
        double[] m = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        m[4 * axis] = -1;
        s.linear(m);
    }

    /**
     * Attaches {@code child} to the outside of the assembly on the face with outward direction
     * {@code sign * e_axis}: centres its footprint on (fb, fc) in the two other axes, starts beyond the assembly,
     * slides it back until it touches, then sinks it in by {@code sink}.
     *
     * @return false (child unchanged in shape, position undefined) when it would touch nothing there
     */
    static boolean attach(Soup child, List<Soup> assembly, int axis, int sign, double fb, double fc, double sink) {
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        double[] cb = child.bounds();
        double top = -Double.MAX_VALUE;
        for (Soup p : assembly) {
            double[] pb = p.bounds();
            top = Math.max(top, sign > 0 ? pb[axis + 3] : -pb[axis]);
        }
        double childLow = sign > 0 ? cb[axis] : -cb[axis + 3];
        double[] move = new double[3];
        move[b] = fb - (cb[b] + cb[b + 3]) / 2;
        move[c] = fc - (cb[c] + cb[c + 3]) / 2;
        move[axis] = sign * (top - childLow + 1e-3);
        child.translate(move[0], move[1], move[2]);
        double free = Contact.freeDistance(child, assembly, axis, sign);
        if (Double.isNaN(free)) {
            return false;
        }
        double[] back = new double[3];
        back[axis] = -sign * (free + sink);
        child.translate(back[0], back[1], back[2]);
        return true;
    }

    /** Centre of the bounds along {@code axis}. */
    static double mid(double[] bounds, int axis) {
        return (bounds[axis] + bounds[axis + 3]) / 2;
    }

    static double extent(double[] bounds, int axis) {
        return bounds[axis + 3] - bounds[axis];
    }

    static double maxExtent(double[] bounds) {
        return Math.max(extent(bounds, 0), Math.max(extent(bounds, 1), extent(bounds, 2)));
    }
}
