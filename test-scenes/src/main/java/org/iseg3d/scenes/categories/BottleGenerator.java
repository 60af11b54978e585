package org.iseg3d.scenes.categories;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.iseg3d.geom.Curves;
import org.iseg3d.geom.Lathe;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.Profile;
import org.iseg3d.geom.SweptTube;
import org.iseg3d.geom.Vec3;
import org.iseg3d.scenes.SceneObject;

/**
 * Bottles: lathed {@code body} (up to the end of the shoulder), lathed {@code neck} continuing the
 * surface, a {@code cap} over the lip, and per variant a wrap-around {@code label} band or a swept
 * {@code handle} (jugs). Variants: wine, ribbed water, jug with handle, beer with label, milk jug
 * with handle, sauce bottle with label.
 */
public final class BottleGenerator implements CategoryGenerator {

    private static final int SEGMENTS = 40;

    @Override
    public String category() {
        return "bottle";
    }

    private record Shape(
            double radius,
            double bodyTop,
            double shoulder,
            double neckRadius,
            double neckLength,
            double capRadius,
            double capHeight,
            boolean ribs,
            boolean label,
            boolean handle,
            double lipBead) {}

    @Override
    public SceneObject generate(String objectName, int index, Rng rng) {
        int v = CategoryGenerator.variant(index);
        Shape s =
                switch (v) {
                    case 0 -> new Shape(
                            rng.range(0.034, 0.039),
                            rng.range(0.19, 0.22),
                            rng.range(0.05, 0.07),
                            rng.range(0.0125, 0.0140),
                            rng.range(0.075, 0.09),
                            0.0155,
                            0.045,
                            false,
                            false,
                            false,
                            0.0);
                    case 1 -> new Shape(
                            rng.range(0.031, 0.035),
                            rng.range(0.15, 0.18),
                            rng.range(0.035, 0.045),
                            rng.range(0.0135, 0.0145),
                            0.022,
                            0.0165,
                            0.02,
                            true,
                            false,
                            false,
                            0.002);
                    case 2 -> new Shape(
                            rng.range(0.07, 0.08),
                            rng.range(0.17, 0.2),
                            rng.range(0.05, 0.06),
                            rng.range(0.019, 0.022),
                            0.03,
                            0.025,
                            0.022,
                            false,
                            false,
                            true,
                            0.0025);
                    case 3 -> new Shape(
                            rng.range(0.029, 0.032),
                            rng.range(0.12, 0.135),
                            rng.range(0.07, 0.085),
                            rng.range(0.0115, 0.0125),
                            0.035,
                            0.0145,
                            0.012,
                            false,
                            true,
                            false,
                            0.002);
                    case 4 -> new Shape(
                            rng.range(0.062, 0.068),
                            rng.range(0.2, 0.23),
                            rng.range(0.05, 0.06),
                            rng.range(0.017, 0.019),
                            0.025,
                            0.022,
                            0.02,
                            false,
                            false,
                            true,
                            0.002);
                    default -> new Shape(
                            rng.range(0.036, 0.042),
                            rng.range(0.11, 0.13),
                            rng.range(0.03, 0.04),
                            rng.range(0.0135, 0.015),
                            0.02,
                            0.022,
                            0.03,
                            false,
                            true,
                            false,
                            0.0015);
                };
        DoubleUnaryOperator outer = bodyRadius(s, v);
        double yNeck = s.bodyTop() + s.shoulder();
        PartList parts = new PartList();
        Profile bodyProfile = Profile.create()
                .smooth(0, 0.004)
                .smooth(s.radius() * 0.55, 0.0035)
                .smooth(s.radius() - 0.006, 0)
                .arc(s.radius() - 0.006, 0.006, 0.006, -Math.PI / 2, 0, 4)
                .curve(outer, 0.006, yNeck, s.ribs() ? 90 : 40);
        parts.add("body", Lathe.revolve(bodyProfile, SEGMENTS));

        double yCap = yNeck + s.neckLength();
        double nr = s.neckRadius();
        double bead = s.lipBead();
        Profile neck = Profile.create()
                .curve(
                        y -> {
                            double t = (y - yNeck) / s.neckLength();
                            double bulge = v == 3 ? 0.12 * nr * StrictMath.sin(Math.PI * Math.min(1, t * 1.6)) : 0;
                            return nr * (1 - 0.06 * t) + bulge;
                        },
                        yNeck,
                        yCap - 0.004,
                        16);
        double rTop = nr * 0.94;
        if (bead > 0) {
            neck.arc(rTop, yCap - 0.004 + bead, bead, -Math.PI / 2, Math.PI / 2, 6);
        }
        neck.smooth(rTop, yCap + 0.002).smooth(rTop - 0.002, yCap + 0.004).smooth(0, yCap + 0.004);
        parts.add("neck", Lathe.revolve(neck, SEGMENTS));

        double cr = s.capRadius();
        double top = yCap + Math.max(s.capHeight(), 0.01);
        double bottom = v == 0 ? yCap - s.capHeight() * 0.55 : yCap - 0.002;
        double inner = v == 0 ? nr * (1 - 0.06 * (bottom - yNeck) / s.neckLength()) - 0.0005 : rTop - 0.0005;
        double rr = Math.min(0.003, cr * 0.2);
        Profile cap = Profile.create()
                .smooth(inner, bottom)
                .sharp(cr, bottom)
                .sharp(cr, bottom + 0.001)
                .smooth(cr, top - rr)
                .arc(cr - rr, top - rr, rr, 0, Math.PI / 2, 4)
                .smooth(0, top);
        parts.add("cap", Lathe.revolve(cap, SEGMENTS));

        if (s.label()) {
            double y0 = s.bodyTop() * (v == 5 ? 0.35 : 0.2);
            double y1 = s.bodyTop() * (v == 5 ? 0.7 : 0.8);
            double lr = outer.applyAsDouble((y0 + y1) / 2) + 0.0008;
            Profile label = Profile.create()
                    .smooth(lr - 0.002, y0)
                    .sharp(lr, y0 + 0.001)
                    .sharp(lr, y1 - 0.001)
                    .smooth(lr - 0.002, y1);
            parts.add("label", Lathe.revolve(label, SEGMENTS));
        }
        if (s.handle()) {
            parts.add("handle", handle(s, outer, v, rng));
        }
        return parts.build(category(), objectName);
    }

    private static DoubleUnaryOperator bodyRadius(Shape s, int v) {
        double r = s.radius();
        double top = s.bodyTop();
        double sh = s.shoulder();
        double nr = s.neckRadius();
        return y -> {
            double base;
            if (y <= top) {
                base = r;
                if (v == 5) {
                    base = r * (0.86 + 0.14 * StrictMath.sin(Math.PI * Math.min(1, y / top)));
                } else if (v == 2 || v == 4) {
                    base = r * (0.97 + 0.03 * StrictMath.sin(Math.PI * y / top));
                }
            } else {
                double t = Math.min(1, (y - top) / sh);
                double from = v == 5 ? r * 0.86 : (v == 2 || v == 4) ? r * 0.97 : r;
                double blend =
                        v == 0 || v == 3 ? 0.5 - 0.5 * StrictMath.cos(Math.PI * t) : StrictMath.sin(Math.PI / 2 * t);
                base = from + (nr - from) * blend;
            }
            if (s.ribs() && y > 0.03 && y < top - 0.01) {
                base -= 0.0018 * (0.5 - 0.5 * StrictMath.cos(2 * Math.PI * (y - 0.03) / 0.018));
            }
            return base;
        };
    }

    private static Mesh handle(Shape s, DoubleUnaryOperator outer, int v, Rng rng) {
        double yTop = s.bodyTop() + s.shoulder() * 0.55;
        double yBot = s.bodyTop() * rng.range(0.45, 0.6);
        double xTop = outer.applyAsDouble(yTop) - 0.004;
        double xBot = outer.applyAsDouble(yBot) - 0.004;
        double reach = v == 2 ? 0.045 : 0.035;
        double xo = Math.max(xTop, xBot) + reach;
        List<Vec3> path;
        if (v == 2) {
            path = Curves.catmullRom(
                    List.of(
                            new Vec3(xTop, yTop, 0),
                            new Vec3(xTop + 0.4 * reach, yTop + 0.01, 0),
                            new Vec3(xo, yTop - 0.015, 0),
                            new Vec3(xo, yBot + 0.02, 0),
                            new Vec3(xBot + 0.35 * reach, yBot, 0),
                            new Vec3(xBot, yBot - 0.002, 0)),
                    8);
        } else {
            path = Curves.resample(
                    Curves.filleted(
                            List.of(
                                    new Vec3(xTop, yTop, 0),
                                    new Vec3(xo, yTop, 0),
                                    new Vec3(xo, yBot, 0),
                                    new Vec3(xBot, yBot, 0)),
                            0.018,
                            8),
                    0.006);
        }
        return SweptTube.of(path, t -> 0.009, 0.75, 14, true, true, Vec3.Z);
    }
}
