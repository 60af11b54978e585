package org.iseg3d.geom;

import java.util.ArrayList;
import java.util.List;

/**
 * A 2D polyline (radius r, height y) for {@link Lathe}. Points are listed bottom to top along the
 * surface so that the solid lies to the left; sharp points become creases (hard edges).
 */
public final class Profile {

    /** One profile point; {@code sharp} points split the normal (crease). */
    public record Point(double r, double y, boolean sharp) {}

    private final List<Point> points = new ArrayList<>();

    public static Profile create() {
        return new Profile();
    }

    public Profile smooth(double r, double y) {
        return add(new Point(Math.max(0, r), y, false));
    }

    public Profile sharp(double r, double y) {
        return add(new Point(Math.max(0, r), y, true));
    }

    private Profile add(Point p) {
        if (!points.isEmpty()) {
            Point last = points.get(points.size() - 1);
            if (Math.abs(last.r() - p.r()) < 1e-9 && Math.abs(last.y() - p.y()) < 1e-9) {
                return this;
            }
        }
        points.add(p);
        return this;
    }

    /**
     * Adds a circular arc (rounded corner / fillet) around centre (cr, cy) from angle a0 to a1
     * (radians, 0 = +r direction, pi/2 = +y) with {@code steps} segments, endpoints included.
     */
    public Profile arc(double cr, double cy, double radius, double a0, double a1, int steps) {
        for (int i = 0; i <= steps; i++) {
            double a = a0 + (a1 - a0) * i / steps;
            smooth(cr + radius * StrictMath.cos(a), cy + radius * StrictMath.sin(a));
        }
        return this;
    }

    /** Samples r = f(y) between y0 and y1 (inclusive) with {@code steps} segments. */
    public Profile curve(java.util.function.DoubleUnaryOperator radiusOfY, double y0, double y1, int steps) {
        for (int i = 0; i <= steps; i++) {
            double y = y0 + (y1 - y0) * i / steps;
            smooth(radiusOfY.applyAsDouble(y), y);
        }
        return this;
    }

    public List<Point> points() {
        return List.copyOf(points);
    }
}
