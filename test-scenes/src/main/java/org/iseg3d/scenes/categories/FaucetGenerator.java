package org.iseg3d.scenes.categories;

import java.util.List;
import org.iseg3d.geom.Affine;
import org.iseg3d.geom.Curves;
import org.iseg3d.geom.Extrusion;
import org.iseg3d.geom.Lathe;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.Outline;
import org.iseg3d.geom.Profile;
import org.iseg3d.geom.SweptTube;
import org.iseg3d.geom.Vec3;
import org.iseg3d.scenes.SceneObject;

/**
 * Faucets (spout points to +z): lathed {@code base} (escutcheon and body, or a deck plate for two-handle
 * faucets), swept {@code spout} (straight or gooseneck) and {@code handle_1..}. Variants: single top lever
 * with straight spout; single side lever with gooseneck; two levers with gooseneck; two cross handles
 * with straight spout; tall vessel faucet; two cross handles with a low arc spout.
 */
public final class FaucetGenerator implements CategoryGenerator {

    @Override
    public String category() {
        return "faucet";
    }

    @Override
    public SceneObject generate(String objectName, int index, Rng rng) {
        int v = CategoryGenerator.variant(index);
        boolean twoHandles = v == 2 || v == 3 || v == 5;
        double bodyR = rng.range(0.019, 0.024);
        double bodyH = v == 4 ? rng.range(0.25, 0.3) : twoHandles ? rng.range(0.07, 0.09) : rng.range(0.13, 0.17);
        PartList parts = new PartList();
        Profile body = Profile.create()
                .smooth(0, 0)
                .sharp(bodyR * 1.55, 0)
                .smooth(bodyR * 1.55, 0.006)
                .arc(bodyR * 1.55 - 0.004, 0.006, 0.004, 0, Math.PI / 2, 3)
                .smooth(bodyR * 1.1, 0.012)
                .smooth(bodyR, 0.02)
                .sharp(bodyR, bodyH - 0.004)
                .arc(bodyR - 0.004, bodyH - 0.004, 0.004, 0, Math.PI / 2, 3)
                .smooth(0, bodyH);
        Mesh column = Lathe.revolve(body, 40);
        if (twoHandles) {
            double span = rng.range(0.08, 0.1);
            Mesh plate = Extrusion.of(Outline.roundedRect(2 * span + 0.07, 0.065, 0.03, 8), 0.014)
                    .transform(Affine.rotationX(-Math.PI / 2));
            parts.add("base", plate, column.translate(0, 0.012, 0));
            boolean cross = v != 2;
            for (int k = 0; k < 2; k++) {
                double x = (k == 0 ? -1 : 1) * span;
                parts.add(
                        "handle_" + (k + 1), valveHandle(cross, k == 0 ? -1 : 1).translate(x, 0.012, 0));
            }
            double spoutBase = bodyH + 0.012;
            parts.add("spout", v == 3 ? straightSpout(bodyR, spoutBase * 0.6, rng) : gooseneck(spoutBase, v == 5, rng));
        } else {
            parts.add("base", column);
            if (v == 1) {
                parts.add("spout", gooseneck(bodyH, false, rng));
                parts.add("handle_1", sideLever(bodyR, bodyH * 0.62));
            } else {
                parts.add("spout", straightSpout(bodyR, bodyH * 0.68, rng));
                parts.add("handle_1", topLever(bodyR, bodyH, rng));
            }
        }
        return parts.build(category(), objectName);
    }

    private static Mesh straightSpout(double bodyR, double y, Rng rng) {
        double reach = rng.range(0.12, 0.18);
        List<Vec3> ctrl = List.of(
                new Vec3(0, y, 0),
                new Vec3(0, y + 0.004, reach * 0.5),
                new Vec3(0, y - 0.005, reach * 0.9),
                new Vec3(0, y - 0.03, reach));
        List<Vec3> path = Curves.catmullRom(ctrl, 8);
        Mesh tube = SweptTube.of(path, t -> 0.013 - 0.003 * t, 1.25, 18, true, true, Vec3.X);
        return tube;
    }

    private static Mesh gooseneck(double bodyH, boolean low, Rng rng) {
        double rise = low ? rng.range(0.08, 0.11) : rng.range(0.16, 0.24);
        double reach = rng.range(0.15, 0.2);
        double drop = rise * rng.range(0.3, 0.45);
        Vec3 p0 = new Vec3(0, bodyH - 0.015, 0);
        Vec3 p1 = new Vec3(0, bodyH + rise * 1.25, -0.01);
        Vec3 p2 = new Vec3(0, bodyH + rise * 1.3, reach);
        Vec3 p3 = new Vec3(0, bodyH + rise - drop, reach);
        List<Vec3> path = Curves.bezier(p0, p1, p2, p3, 40);
        double r = rng.range(0.009, 0.011);
        Mesh tube = SweptTube.of(path, t -> r * (1 - 0.08 * t), 1.0, 16, true, false, Vec3.X);
        Vec3 end = path.get(path.size() - 1);
        Profile tip = Profile.create()
                .smooth(0, -0.025)
                .smooth(r * 0.95, -0.025)
                .smooth(r * 1.15, -0.02)
                .smooth(r * 1.15, 0.003)
                .smooth(r * 0.9, 0.006)
                .smooth(0, 0.006);
        return Mesh.merge(tube, Lathe.revolve(tip, 20).translate(end.x(), end.y(), end.z()));
    }

    private static Mesh topLever(double bodyR, double bodyH, Rng rng) {
        Profile dome = Profile.create()
                .smooth(bodyR * 0.95, bodyH - 0.01)
                .smooth(bodyR * 0.98, bodyH + 0.012)
                .arc(bodyR * 0.98 - 0.006, bodyH + 0.012, 0.006, 0, Math.PI / 2, 3)
                .smooth(0, bodyH + 0.018);
        Mesh cartridge = Lathe.revolve(dome, 32, true, false);
        double len = rng.range(0.08, 0.11);
        double up = Math.toRadians(rng.range(12, 25));
        Vec3 a = new Vec3(0, bodyH + 0.01, 0);
        Vec3 b = a.add(0, len * StrictMath.sin(up), -len * StrictMath.cos(up));
        Mesh lever = SweptTube.of(Curves.line(a, b, 8), t -> 0.007 - 0.002 * t, 1.6, 14, true, true, Vec3.Y);
        return Mesh.merge(cartridge, lever);
    }

    private static Mesh sideLever(double bodyR, double y) {
        Mesh hub = Parts3D.wheel(0.014, 0.024, 24)
                .transform(Affine.rotationZ(Math.PI / 2).then(Affine.translation(bodyR + 0.008, y, 0)));
        Vec3 a = new Vec3(bodyR + 0.012, y, 0);
        List<Vec3> path = Curves.catmullRom(List.of(a, a.add(0.012, 0.03, 0), a.add(0.015, 0.075, 0.0)), 6);
        Mesh lever = SweptTube.of(path, t -> 0.0065 - 0.0015 * t, 1.4, 14, true, true, Vec3.Z);
        return Mesh.merge(hub, lever);
    }

    private static Mesh valveHandle(boolean cross, int side) {
        Profile valve = Profile.create()
                .smooth(0.02, 0)
                .smooth(0.02, 0.004)
                .smooth(0.016, 0.01)
                .smooth(0.015, 0.04)
                .arc(0.011, 0.04, 0.004, 0, Math.PI / 2, 3)
                .smooth(0, 0.044);
        Mesh body = Lathe.revolve(valve, 28, true, false);
        Vec3 hub = new Vec3(0, 0.038, 0);
        if (cross) {
            Mesh[] arms = new Mesh[4];
            for (int k = 0; k < 4; k++) {
                double a = Math.PI / 4 + k * Math.PI / 2;
                Vec3 tip = hub.add(0.035 * StrictMath.cos(a), 0.004, 0.035 * StrictMath.sin(a));
                Mesh arm = SweptTube.of(Curves.line(hub, tip, 4), t -> 0.0055, 1.0, 12, false, false, null);
                Mesh ball = Parts3D.wheel(0.0075, 0.014, 14).translate(tip.x(), tip.y(), tip.z());
                arms[k] = Mesh.merge(arm, ball);
            }
            return Mesh.merge(body, Mesh.merge(arms));
        }
        Vec3 tip = hub.add(side * 0.055, 0.012, -0.02);
        Mesh lever = SweptTube.of(Curves.line(hub, tip, 6), t -> 0.0065 - 0.002 * t, 1.5, 14, true, true, Vec3.Y);
        return Mesh.merge(body, lever);
    }
}
