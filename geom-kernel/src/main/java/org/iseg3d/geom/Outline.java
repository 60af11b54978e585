package org.iseg3d.geom;

import java.util.ArrayList;
import java.util.List;

/**
 * Closed 2D outlines (counter-clockwise, no repeated end point): as {@link P2} lists for {@link Extrusion}, and as
 * flat {@code x0, y0, x1, y1, ...} arrays ({@code ...Xy}) for {@link SoupShapes#prism}. The two forms start at
 * different corners and clamp differently; each keeps the points its callers' outputs were made with.
 */
public final class Outline {

    /** A 2D point. */
    public record P2(double x, double y) {}

    private Outline() {}

    public static List<P2> roundedRect(double w, double h, double r, int cornerSegments) {
        double rr = Math.max(1e-4, Math.min(r, Math.min(w, h) / 2 - 1e-4));
        double hx = w / 2 - rr;
        double hy = h / 2 - rr;
        List<P2> out = new ArrayList<>();
        double[][] centres = {{hx, -hy}, {hx, hy}, {-hx, hy}, {-hx, -hy}};
        for (int c = 0; c < 4; c++) {
            double a0 = -Math.PI / 2 + c * Math.PI / 2;
            for (int k = 0; k <= cornerSegments; k++) {
                double a = a0 + (Math.PI / 2) * k / cornerSegments;
                out.add(new P2(centres[c][0] + rr * StrictMath.cos(a), centres[c][1] + rr * StrictMath.sin(a)));
            }
        }
        return out;
    }

    public static List<P2> ellipse(double rx, double ry, int segments) {
        List<P2> out = new ArrayList<>();
        for (int k = 0; k < segments; k++) {
            double a = 2 * Math.PI * k / segments;
            out.add(new P2(rx * StrictMath.cos(a), ry * StrictMath.sin(a)));
        }
        return out;
    }

    /** Polygon whose corners are rounded with circular-ish fillets (quadratic Bezier). */
    public static List<P2> filleted(List<P2> corners, double radius, int steps) {
        List<P2> out = new ArrayList<>();
        int n = corners.size();
        for (int i = 0; i < n; i++) {
            P2 prev = corners.get((i + n - 1) % n);
            P2 c = corners.get(i);
            P2 next = corners.get((i + 1) % n);
            double l1 = Math.hypot(c.x() - prev.x(), c.y() - prev.y());
            double l2 = Math.hypot(next.x() - c.x(), next.y() - c.y());
            double cut = Math.min(radius, 0.45 * Math.min(l1, l2));
            P2 a = new P2(c.x() + (prev.x() - c.x()) * cut / l1, c.y() + (prev.y() - c.y()) * cut / l1);
            P2 b = new P2(c.x() + (next.x() - c.x()) * cut / l2, c.y() + (next.y() - c.y()) * cut / l2);
            for (int s = 0; s <= steps; s++) {
                double t = (double) s / steps;
                double u = 1 - t;
                out.add(new P2(
                        a.x() * u * u + c.x() * 2 * u * t + b.x() * t * t,
                        a.y() * u * u + c.y() * 2 * u * t + b.y() * t * t));
            }
        }
        return out;
    }

    /** Signed area (positive for counter-clockwise outlines). */
    public static double signedArea(List<P2> poly) {
        double a = 0;
        for (int i = 0; i < poly.size(); i++) {
            P2 p = poly.get(i);
            P2 q = poly.get((i + 1) % poly.size());
            a += p.x() * q.y() - q.x() * p.y();
        }
        return a / 2;
    }

    /** Ellipse (or, with few corners, a regular polygon) with half axes (hw, hd) and n corners from angle phase. */
    public static double[] ellipseXy(double hw, double hd, int n, double phase) {
        double[] p = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = phase + 2 * Math.PI * i / n;
            p[2 * i] = hw * StrictMath.cos(t);
            p[2 * i + 1] = hd * StrictMath.sin(t);
        }
        return p;
    }

    /** Rectangle [-hw, hw] x [-hd, hd] with corner radius r, each corner arc in {@code arcSegments} steps. */
    public static double[] roundedRectXy(double hw, double hd, double r, int arcSegments) {
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
}
