package org.iseg3d.geom;

import java.util.ArrayList;
import java.util.List;

/**
 * Curve sampling helpers producing polylines for {@link SweptTube}, and the scalar Catmull-Rom of evenly spaced knot
 * values ({@link #catmullRomAt}) that soup lathes and soup tubes use. The two Catmull-Rom forms differ at the ends
 * (extrapolated vs clamped end knots) and in operation order; each keeps the one its callers' outputs were made with.
 */
public final class Curves {

    private Curves() {}

    /** Uniform Catmull-Rom spline through all control points, {@code samplesPerSegment} per span. */
    public static List<Vec3> catmullRom(List<Vec3> ctrl, int samplesPerSegment) {
        if (ctrl.size() < 2) {
            throw new IllegalArgumentException("need >= 2 control points");
        }
        List<Vec3> out = new ArrayList<>();
        int n = ctrl.size();
        for (int i = 0; i < n - 1; i++) {
            Vec3 p0 = i > 0 ? ctrl.get(i - 1) : ctrl.get(0).scale(2).sub(ctrl.get(1));
            Vec3 p1 = ctrl.get(i);
            Vec3 p2 = ctrl.get(i + 1);
            Vec3 p3 = i + 2 < n ? ctrl.get(i + 2) : ctrl.get(n - 1).scale(2).sub(ctrl.get(n - 2));
            for (int s = 0; s < samplesPerSegment; s++) {
                double t = (double) s / samplesPerSegment;
                out.add(catmull(p0, p1, p2, p3, t));
            }
        }
        out.add(ctrl.get(n - 1));
        return out;
    }

    private static Vec3 catmull(Vec3 p0, Vec3 p1, Vec3 p2, Vec3 p3, double t) {
        double t2 = t * t;
        double t3 = t2 * t;
        double a = -0.5 * t3 + t2 - 0.5 * t;
        double b = 1.5 * t3 - 2.5 * t2 + 1;
        double c = -1.5 * t3 + 2 * t2 + 0.5 * t;
        double d = 0.5 * t3 - 0.5 * t2;
        return p0.scale(a).add(p1.scale(b)).add(p2.scale(c)).add(p3.scale(d));
    }

    /** Cubic Bezier curve sampled with {@code steps} segments (steps + 1 points). */
    public static List<Vec3> bezier(Vec3 p0, Vec3 p1, Vec3 p2, Vec3 p3, int steps) {
        List<Vec3> out = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double u = 1 - t;
            out.add(p0.scale(u * u * u)
                    .add(p1.scale(3 * u * u * t))
                    .add(p2.scale(3 * u * t * t))
                    .add(p3.scale(t * t * t)));
        }
        return out;
    }

    /** Straight segment sampled with {@code steps} segments. */
    public static List<Vec3> line(Vec3 a, Vec3 b, int steps) {
        List<Vec3> out = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            out.add(a.lerp(b, (double) i / steps));
        }
        return out;
    }

    /**
     * Polyline with rounded corners: every interior corner is replaced by a quadratic Bezier
     * fillet of (approximately) the given radius, sampled with {@code steps} segments.
     */
    public static List<Vec3> filleted(List<Vec3> corners, double radius, int steps) {
        List<Vec3> out = new ArrayList<>();
        out.add(corners.get(0));
        for (int i = 1; i < corners.size() - 1; i++) {
            Vec3 prev = corners.get(i - 1);
            Vec3 c = corners.get(i);
            Vec3 next = corners.get(i + 1);
            Vec3 d1 = c.sub(prev);
            Vec3 d2 = next.sub(c);
            double l1 = d1.length();
            double l2 = d2.length();
            Vec3 u1 = d1.scale(1 / l1);
            Vec3 u2 = d2.scale(1 / l2);
            double cos = Math.max(-1, Math.min(1, u1.dot(u2)));
            double turn = StrictMath.acos(cos);
            double cut = Math.min(radius * StrictMath.tan(turn / 2), 0.45 * Math.min(l1, l2));
            Vec3 a = c.sub(u1.scale(cut));
            Vec3 b = c.add(u2.scale(cut));
            for (int s = 0; s <= steps; s++) {
                double t = (double) s / steps;
                double u = 1 - t;
                out.add(a.scale(u * u).add(c.scale(2 * u * t)).add(b.scale(t * t)));
            }
        }
        out.add(corners.get(corners.size() - 1));
        return out;
    }

    /** Inserts points so that no segment is longer than {@code maxLength}. */
    public static List<Vec3> resample(List<Vec3> pts, double maxLength) {
        List<Vec3> out = new ArrayList<>();
        out.add(pts.get(0));
        for (int i = 1; i < pts.size(); i++) {
            Vec3 a = pts.get(i - 1);
            Vec3 b = pts.get(i);
            int k = Math.max(1, (int) StrictMath.ceil(a.distance(b) / maxLength));
            for (int s = 1; s <= k; s++) {
                out.add(a.lerp(b, (double) s / k));
            }
        }
        return out;
    }

    /**
     * Uniform Catmull-Rom interpolation of evenly spaced knot values at t in [0,1] (t = 0 is the first knot, 1 the
     * last); the end knots are repeated (clamped) as outer control points.
     */
    public static double catmullRomAt(double[] k, double t) {
        double x = t * (k.length - 1);
        int i = Math.min(k.length - 2, (int) x);
        double f = x - i;
        double p0 = k[Math.max(0, i - 1)], p1 = k[i], p2 = k[i + 1], p3 = k[Math.min(k.length - 1, i + 2)];
        return 0.5
                * (2 * p1
                        + (-p0 + p2) * f
                        + (2 * p0 - 5 * p1 + 4 * p2 - p3) * f * f
                        + (-p0 + 3 * p1 - 3 * p2 + p3) * f * f * f);
    }
}
