package org.iseg3d.tf.data;

import java.util.SplittableRandom;
import org.iseg3d.geom.Outline;

/**
 * Random simple 2-D outlines for extrusions (L, U, T, cross, regular polygons, ellipses, rounded rectangles), as
 * counter-clockwise polygons {@code x0, y0, x1, y1, ...} inside {@code [-w/2, w/2] x [-d/2, d/2]}
 * (for {@link org.iseg3d.geom.SoupShapes#prism}; outlines have at most about 40 corners).
 */
final class Profiles {

    private Profiles() {}

    /** A random outline in a w x d box. */
    static double[] random(SplittableRandom rnd, double w, double d) {
        double hw = w / 2, hd = d / 2;
        double a = rnd.nextDouble(0.25, 0.6), b = rnd.nextDouble(0.25, 0.6); // arm thickness fractions
        return switch (rnd.nextInt(7)) {
            case 0 -> new double[] {
                -hw,
                -hd,
                hw,
                -hd,
                hw,
                -hd + 2 * hd * a,
                -hw + 2 * hw * b,
                -hd + 2 * hd * a,
                -hw + 2 * hw * b,
                hd,
                -hw,
                hd
            }; // L
            case 1 -> { // U, opening towards +y
                double t = 2 * hw * a / 2, f = 2 * hd * b;
                yield new double[] {
                    -hw, -hd, hw, -hd, hw, hd, hw - t, hd, hw - t, -hd + f, -hw + t, -hd + f, -hw + t, hd, -hw, hd
                };
            }
            case 2 -> { // T, bar on top
                double s = hw * a, bar = 2 * hd * b;
                yield new double[] {
                    -s, -hd, s, -hd, s, hd - bar, hw, hd - bar, hw, hd, -hw, hd, -hw, hd - bar, -s, hd - bar
                };
            }
            case 3 -> { // cross
                double s = hw * a, t = hd * b;
                yield new double[] {
                    -s, -hd, s, -hd, s, -t, hw, -t, hw, t, s, t, s, hd, -s, hd, -s, t, -hw, t, -hw, -t, -s, -t
                };
            }
            case 4 -> Outline.ellipseXy(hw, hd, 3 + rnd.nextInt(6), rnd.nextDouble(0, Math.PI)); // regular polygon
            case 5 -> Outline.ellipseXy(hw, hd, 28, 0);
            default -> Outline.roundedRectXy(hw, hd, rnd.nextDouble(0.1, 0.95) * Math.min(hw, hd), 4);
        };
    }
}
