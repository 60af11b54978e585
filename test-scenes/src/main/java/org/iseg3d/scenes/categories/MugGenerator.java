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
 * Mugs: lathed hollow {@code body} (straight, tapered, barrel, latte, espresso, footed stein)
 * and a swept {@code handle} (C, D, ribbon or loop) whose ends are embedded in the wall.
 */
public final class MugGenerator implements CategoryGenerator {

    @Override
    public String category() {
        return "mug";
    }

    @Override
    public SceneObject generate(String objectName, int index, Rng rng) {
        int v = CategoryGenerator.variant(index);
        double radius = rng.range(0.038, 0.047);
        double height = rng.range(0.085, 0.105);
        double wall = rng.range(0.0035, 0.0055);
        DoubleUnaryOperator outer;
        switch (v) {
            case 1 -> {
                double bottom = radius * rng.range(0.72, 0.82);
                outer = y -> bottom + (radius - bottom) * y / 0.1;
            }
            case 2 -> outer = y -> radius * (0.9 + 0.12 * StrictMath.sin(Math.PI * Math.min(1, y / 0.1)));
            case 3 -> {
                height *= 1.35;
                double r = radius * 0.85;
                double h = height;
                outer = y -> r * (1.0 - 0.07 * y / h);
            }
            case 4 -> {
                height = rng.range(0.055, 0.065);
                double r = rng.range(0.030, 0.034);
                double h = height;
                outer = y -> r * (0.62 + 0.38 * StrictMath.sqrt(Math.max(0, y / h)));
            }
            case 5 -> {
                double foot = rng.range(0.004, 0.007);
                outer = y -> radius + foot * StrictMath.exp(-y * y / (2 * 0.008 * 0.008));
            }
            default -> outer = y -> radius;
        }
        Mesh body = body(outer, height, wall, v == 4 ? 0.006 : 0.009);
        Mesh handle = handle(v, outer, height, wall, rng);
        return new PartList().add("body", body).add("handle", handle).build(category(), objectName);
    }

    private static Mesh body(DoubleUnaryOperator outer, double h, double wall, double baseThickness) {
        double f = 0.004;
        double r0 = outer.applyAsDouble(0);
        Profile p = Profile.create()
                .smooth(0, 0)
                .smooth(r0 - f, 0)
                .arc(r0 - f, f, f, -Math.PI / 2, 0, 4)
                .curve(outer, f, h - wall / 2, 24)
                .arc(outer.applyAsDouble(h - wall / 2) - wall / 2, h - wall / 2, wall / 2, 0, Math.PI, 6)
                .curve(y -> outer.applyAsDouble(y) - wall, h - wall / 2, baseThickness + f, 22);
        double rin = outer.applyAsDouble(baseThickness + f) - wall;
        p.arc(rin - f, baseThickness + f, f, 0, -Math.PI / 2, 4).smooth(0, baseThickness);
        return Lathe.revolve(p, 48);
    }

    private static Mesh handle(int v, DoubleUnaryOperator outer, double h, double wall, Rng rng) {
        double yTop = h * rng.range(0.72, 0.8);
        double yBot = h * rng.range(0.22, 0.3);
        double reach = rng.range(0.028, 0.038);
        double rTop = outer.applyAsDouble(yTop);
        double rBot = outer.applyAsDouble(yBot);
        double inTop = rTop - wall / 2;
        double inBot = rBot - wall / 2;
        double ym = (yTop + yBot) / 2;
        List<Vec3> path;
        double thick = rng.range(0.0045, 0.006);
        double aspect = 1.0;
        switch (v) {
            case 1, 5 -> { // D-shape: squarer outline with rounded corners
                double xo = Math.max(rTop, rBot) + reach;
                path = Curves.filleted(
                        List.of(
                                new Vec3(inTop, yTop, 0),
                                new Vec3(xo, yTop, 0),
                                new Vec3(xo, yBot, 0),
                                new Vec3(inBot, yBot, 0)),
                        0.012,
                        8);
                path = Curves.resample(path, 0.004);
                if (v == 5) {
                    thick *= 1.3;
                }
            }
            case 2 -> { // flat ribbon C handle
                aspect = 0.45;
                thick *= 1.9;
                path = cShape(inTop, inBot, rTop, rBot, yTop, yBot, ym, reach);
            }
            case 4 -> { // small loop near the rim of an espresso cup
                yBot = h * 0.35;
                rBot = outer.applyAsDouble(yBot);
                inBot = rBot - wall / 2;
                reach = 0.02;
                path = cShape(inTop, inBot, rTop, rBot, yTop, yBot, (yTop + yBot) / 2, reach);
                thick = 0.0042;
            }
            default -> path = cShape(inTop, inBot, rTop, rBot, yTop, yBot, ym, reach);
        }
        double t = thick;
        return SweptTube.of(path, s -> t, aspect, 14, true, true, Vec3.Z);
    }

    private static List<Vec3> cShape(
            double inTop, double inBot, double rTop, double rBot, double yTop, double yBot, double ym, double reach) {
        double span = yTop - yBot;
        List<Vec3> ctrl = List.of(
                new Vec3(inTop, yTop, 0),
                new Vec3(rTop + 0.35 * reach, yTop + 0.06 * span, 0),
                new Vec3(rTop + 0.85 * reach, yTop - 0.12 * span, 0),
                new Vec3(Math.max(rTop, rBot) + reach, ym, 0),
                new Vec3(rBot + 0.8 * reach, yBot + 0.12 * span, 0),
                new Vec3(rBot + 0.3 * reach, yBot - 0.03 * span, 0),
                new Vec3(inBot, yBot, 0));
        return Curves.catmullRom(ctrl, 7);
    }
}
