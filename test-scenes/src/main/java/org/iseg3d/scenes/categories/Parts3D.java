package org.iseg3d.scenes.categories;

import java.util.List;
import org.iseg3d.geom.Curves;
import org.iseg3d.geom.Lathe;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.Profile;
import org.iseg3d.geom.SweptTube;
import org.iseg3d.geom.Vec3;

/** Small reusable shapes shared by several categories (tapered legs, wheels, turned columns). */
final class Parts3D {

    private Parts3D() {}

    /** Tapered round leg from {@code top} to {@code bottom}. */
    static Mesh taperedLeg(Vec3 top, Vec3 bottom, double rTop, double rBottom, int sides) {
        return SweptTube.of(
                Curves.line(top, bottom, 6), t -> rTop + (rBottom - rTop) * t, 1.0, sides, true, true, Vec3.X);
    }

    /** Solid pill-shaped wheel of the given radius and width, axis along +Y, centred at the origin. */
    static Mesh wheel(double radius, double width, int segments) {
        double hw = width / 2;
        double fr = Math.min(hw * 0.8, radius * 0.4);
        Profile p = Profile.create()
                .smooth(0, -hw)
                .smooth(radius - fr, -hw)
                .arc(radius - fr, -hw + fr, fr, -Math.PI / 2, 0, 3)
                .arc(radius - fr, hw - fr, fr, 0, Math.PI / 2, 3)
                .smooth(0, hw);
        return Lathe.revolve(p, segments);
    }

    /** Vertical turned (baluster) column between y0 and y1 with the given base radius. */
    static Mesh turnedColumn(double y0, double y1, double r, int segments) {
        double h = y1 - y0;
        Profile p = Profile.create()
                .smooth(0, y0)
                .sharp(r * 1.15, y0)
                .curve(
                        y -> {
                            double t = (y - y0) / h;
                            return r
                                    * (0.75
                                            + 0.35 * StrictMath.exp(-StrictMath.pow((t - 0.22) / 0.12, 2))
                                            + 0.2 * StrictMath.exp(-StrictMath.pow((t - 0.85) / 0.06, 2))
                                            - 0.15 * t);
                        },
                        y0 + 0.004,
                        y1 - 0.004,
                        30)
                .sharp(r * 1.05, y1)
                .smooth(0, y1);
        return Lathe.revolve(p, segments);
    }

    /** Straight tube path helper: filleted polyline resampled to rings every {@code step}. */
    static List<Vec3> bentPath(List<Vec3> corners, double filletRadius, double step) {
        return Curves.resample(Curves.filleted(corners, filletRadius, 8), step);
    }
}
