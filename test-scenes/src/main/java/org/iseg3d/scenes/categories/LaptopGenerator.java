package org.iseg3d.scenes.categories;

import java.util.EnumSet;
import java.util.List;
import org.iseg3d.geom.Affine;
import org.iseg3d.geom.Curves;
import org.iseg3d.geom.Extrusion;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.Outline;
import org.iseg3d.geom.RoundedBox;
import org.iseg3d.geom.SweptTube;
import org.iseg3d.geom.Vec3;
import org.iseg3d.scenes.SceneObject;

/**
 * Laptops (user in front at +z): a wedge-profile {@code base} (keyboard half, extruded), a {@code screen}
 * lid hinged at the back edge and opened 95-140 degrees, and in some variants separate thin
 * {@code keyboard} and {@code touchpad} pads on the deck.
 */
public final class LaptopGenerator implements CategoryGenerator {

    @Override
    public String category() {
        return "laptop";
    }

    @Override
    public SceneObject generate(String objectName, int index, Rng rng) {
        int v = CategoryGenerator.variant(index);
        double[] angles = {110, 95, 130, 120, 105, 140};
        double open = Math.toRadians(angles[v] + rng.range(-4, 4));
        boolean keyboard = v == 0 || v == 2 || v == 3 || v == 4;
        boolean touchpad = v == 0 || v == 2 || v == 4 || v == 5;
        boolean gaming = v == 4;
        double w = gaming ? rng.range(0.36, 0.4) : rng.range(0.3, 0.35);
        double d = gaming ? rng.range(0.26, 0.28) : rng.range(0.21, 0.245);
        double tFront = gaming ? 0.026 : v == 3 ? 0.009 : rng.range(0.011, 0.014);
        double tBack = gaming ? 0.03 : v == 3 ? 0.014 : rng.range(0.016, 0.02);
        PartList parts = new PartList();
        // side profile in (z, y): front at +d/2, back at -d/2, extruded along x
        List<Outline.P2> side = Outline.filleted(
                List.of(
                        new Outline.P2(-d / 2, 0),
                        new Outline.P2(d / 2, 0),
                        new Outline.P2(d / 2, tFront),
                        new Outline.P2(-d / 2, tBack)),
                Math.min(0.004, tFront / 3),
                4);
        Mesh base = Extrusion.of(side, w, Math.toRadians(35), 12)
                .transform(Affine.rotationY(-Math.PI / 2).then(Affine.translation(w / 2, 0, 0)));
        double slope = StrictMath.atan2(tBack - tFront, d);
        parts.add("base", base);
        double deckY0 = tBack; // deck height at z = -d/2
        // deck plane: y(z) = tBack - (z + d/2) * tan(slope)
        Affine onDeck = Affine.rotationX(slope);
        if (keyboard) {
            double kw = w * rng.range(0.84, 0.9);
            double kd = d * rng.range(0.36, 0.42);
            double zc = -d / 2 + 0.02 + kd / 2;
            parts.add(
                    "keyboard",
                    RoundedBox.of(kw, 0.0024, kd, 0.001, 2, 8, 1, 4, EnumSet.noneOf(RoundedBox.Face.class))
                            .transform(onDeck)
                            .translate(0, deckAt(zc, d, tBack, slope), zc));
        }
        if (touchpad) {
            double pw = rng.range(0.1, 0.13);
            double pd = rng.range(0.06, 0.075);
            double zc = d / 2 - 0.015 - pd / 2;
            parts.add(
                    "touchpad",
                    RoundedBox.of(pw, 0.0016, pd, 0.0007, 2, 2, 1, 2, EnumSet.noneOf(RoundedBox.Face.class))
                            .transform(onDeck)
                            .translate(0, deckAt(zc, d, tBack, slope), zc));
        }
        double lidT = gaming ? 0.01 : rng.range(0.005, 0.008);
        double lidLen = d * rng.range(0.92, 0.98);
        double pivotZ = -d / 2 + 0.006;
        Mesh lid = RoundedBox.of(
                        w, lidT, lidLen, Math.min(0.004, lidT / 2.2), 3, 8, 1, 6, EnumSet.noneOf(RoundedBox.Face.class))
                .translate(0, lidT / 2, lidLen / 2);
        Mesh panel = RoundedBox.of(w - 0.02, 0.0015, lidLen - 0.035, 0.0006).translate(0, -0.0003, lidLen / 2 + 0.006);
        Mesh hinge = SweptTube.of(Curves.line(new Vec3(-w * 0.38, 0, 0), new Vec3(w * 0.38, 0, 0), 2), 0.0045, 16);
        Mesh screen = Mesh.merge(lid, panel, hinge)
                .transform(Affine.rotationX(-open).then(Affine.translation(0, deckY0 + 0.0005, pivotZ)));
        parts.add("screen", screen);
        return parts.build(category(), objectName);
    }

    private static double deckAt(double z, double d, double tBack, double slope) {
        return tBack - (z + d / 2) * StrictMath.tan(slope);
    }
}
