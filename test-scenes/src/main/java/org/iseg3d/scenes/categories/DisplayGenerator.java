package org.iseg3d.scenes.categories;

import java.util.EnumSet;
import java.util.List;
import org.iseg3d.geom.Affine;
import org.iseg3d.geom.CurvedPanel;
import org.iseg3d.geom.Curves;
import org.iseg3d.geom.Extrusion;
import org.iseg3d.geom.Lathe;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.Outline;
import org.iseg3d.geom.Profile;
import org.iseg3d.geom.RoundedBox;
import org.iseg3d.geom.SweptTube;
import org.iseg3d.geom.Vec3;
import org.iseg3d.scenes.SceneObject;

/**
 * Monitors (viewer at +z): {@code screen} (the panel, flat or curved), an optional {@code frame}
 * (housing and bezel around the screen), {@code stand_neck} and {@code stand_base}. Variants: flat
 * framed with box neck and rectangular foot; curved framed with swept neck and V foot; frameless with
 * cylinder neck and round foot; framed with slanted neck and oval foot; curved framed with cylinder
 * neck; all-in-one style with a bent ribbon stand.
 */
public final class DisplayGenerator implements CategoryGenerator {

    @Override
    public String category() {
        return "display";
    }

    @Override
    public SceneObject generate(String objectName, int index, Rng rng) {
        int v = CategoryGenerator.variant(index);
        boolean curved = v == 1 || v == 4;
        boolean frame = v != 2 && v != 5;
        double w = curved ? rng.range(0.7, 0.82) : rng.range(0.5, 0.62);
        double h = w * (curved ? rng.range(0.42, 0.46) : rng.range(0.56, 0.62));
        double t = v == 5 ? rng.range(0.03, 0.045) : rng.range(0.025, 0.05);
        double bend = curved ? rng.range(1.0, 1.8) : 0;
        double bezel = rng.range(0.012, 0.022);
        double baseT = rng.range(0.012, 0.02);
        double centreY = baseT + rng.range(0.12, 0.18) + h / 2;
        double tilt = Math.toRadians(rng.range(0, 8));
        Affine head = Affine.rotationX(-tilt).then(Affine.translation(0, centreY, 0));
        PartList parts = new PartList();
        int segs = curved ? 24 : 10;
        if (frame) {
            Mesh housing = RoundedBox.of(
                    w, h, t, Math.min(0.01, t / 2.5), 3, segs, 4, 1, EnumSet.noneOf(RoundedBox.Face.class));
            Mesh glass = RoundedBox.of(
                            w - 2 * bezel,
                            h - 2 * bezel,
                            0.004,
                            0.0015,
                            2,
                            segs,
                            4,
                            1,
                            EnumSet.noneOf(RoundedBox.Face.class))
                    .translate(0, 0, t / 2);
            if (curved) {
                housing = CurvedPanel.bend(housing, bend);
                glass = CurvedPanel.bend(glass, bend);
            }
            parts.add("screen", glass.transform(head));
            parts.add("frame", housing.transform(head));
        } else {
            parts.add(
                    "screen",
                    CurvedPanel.of(w, h, t, Math.min(0.012, t / 2.5), bend, segs)
                            .transform(head));
        }
        Vec3 attach = head.apply(new Vec3(0, v == 5 ? -h * 0.1 : 0, -t / 2 + 0.006));
        double depth = rng.range(0.18, 0.24);
        double footZ = -depth * 0.25;
        double neckZ = attach.z() - 0.03;
        switch (v) {
            case 0, 3 -> {
                double nw = rng.range(0.05, 0.07);
                double nt = 0.025;
                Vec3 bottom = new Vec3(0, baseT - 0.004, v == 3 ? neckZ - 0.06 : neckZ);
                Vec3 top = attach.add(0, 0.05, -nt / 2 + 0.004);
                Vec3 dir = top.sub(bottom);
                double len = dir.length();
                double lean = StrictMath.atan2(dir.z(), dir.y());
                Mesh neck = RoundedBox.of(nw, len, nt, 0.006, 3, 1, 4, 1, EnumSet.noneOf(RoundedBox.Face.class))
                        .translate(0, len / 2, 0)
                        .transform(Affine.rotationX(lean).then(Affine.translation(bottom)));
                parts.add("stand_neck", neck);
                double fw = w * rng.range(0.38, 0.48);
                List<Outline.P2> outline =
                        v == 0 ? Outline.roundedRect(fw, depth, 0.03, 6) : Outline.ellipse(fw / 2, depth / 2, 48);
                parts.add("stand_base", flat(outline, baseT).translate(0, 0, bottom.z() + 0.02));
            }
            case 1 -> {
                Vec3 bottom = new Vec3(0, baseT - 0.004, footZ);
                List<Vec3> path = Curves.bezier(
                        bottom,
                        bottom.add(0, 0.09, -0.06),
                        attach.add(0, -0.05, -0.08),
                        attach.add(0, 0.04, 0.004),
                        24);
                parts.add("stand_neck", SweptTube.of(path, s -> 0.016 - 0.003 * s, 2.2, 18, true, true, Vec3.Z));
                double span = w * 0.32;
                List<Outline.P2> vFoot = Outline.filleted(
                        List.of(
                                new Outline.P2(0, depth * 0.25),
                                new Outline.P2(-span, -depth * 0.55),
                                new Outline.P2(-span + 0.05, -depth * 0.6),
                                new Outline.P2(0, -depth * 0.05),
                                new Outline.P2(span - 0.05, -depth * 0.6),
                                new Outline.P2(span, -depth * 0.55)),
                        0.02,
                        5);
                parts.add("stand_base", flat(vFoot, baseT).translate(0, 0, footZ));
            }
            case 2, 4 -> {
                double r = rng.range(0.016, 0.022);
                Vec3 bottom = new Vec3(0, baseT - 0.004, neckZ);
                Vec3 top = attach.add(0, 0.04, -r + 0.004);
                Mesh neck = SweptTube.of(Curves.line(bottom, top, 6), s -> r, 1.0, 24, true, true, null);
                parts.add("stand_neck", neck);
                double fr = rng.range(0.1, 0.13);
                Profile disc = Profile.create()
                        .smooth(0, 0)
                        .sharp(fr, 0)
                        .smooth(fr, baseT * 0.4)
                        .arc(fr - baseT * 0.6, baseT * 0.4, baseT * 0.6, 0, Math.PI / 2, 4)
                        .smooth(0.03, baseT + 0.002)
                        .smooth(0, baseT + 0.002);
                parts.add("stand_base", Lathe.revolve(disc, 48).translate(0, 0, neckZ));
            }
            default -> {
                Vec3 footFront = new Vec3(0, baseT - 0.003, footZ + depth * 0.3);
                List<Vec3> path = Parts3D.bentPath(
                        List.of(footFront, new Vec3(0, baseT - 0.003, neckZ - 0.05), attach.add(0, 0.02, -0.006)),
                        0.05,
                        0.015);
                parts.add("stand_neck", SweptTube.of(path, s -> 0.006, 8.0, 16, true, true, Vec3.Y));
                parts.add(
                        "stand_base",
                        flat(Outline.roundedRect(w * 0.36, depth, 0.04, 6), baseT)
                                .translate(0, 0, footZ));
            }
        }
        return parts.build(category(), objectName);
    }

    /** Outline in the XZ plane (outline y = -z) extruded upwards to the given thickness. */
    private static Mesh flat(List<Outline.P2> outline, double thickness) {
        return Extrusion.of(outline, thickness).transform(Affine.rotationX(-Math.PI / 2));
    }
}
