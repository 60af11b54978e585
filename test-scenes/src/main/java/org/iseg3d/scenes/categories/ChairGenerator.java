package org.iseg3d.scenes.categories;

import java.util.ArrayList;
import java.util.List;
import org.iseg3d.geom.Affine;
import org.iseg3d.geom.CurvedPanel;
import org.iseg3d.geom.Lathe;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.Profile;
import org.iseg3d.geom.RoundedBox;
import org.iseg3d.geom.SweptTube;
import org.iseg3d.geom.Vec3;
import org.iseg3d.scenes.SceneObject;

/**
 * Chairs (sitter faces +z; "left" is the sitter's left, +x). Variants: dining chair with square
 * legs and a post-mounted back; molded chair with splayed round legs, curved back and arms; swivel
 * office chair (base, column, star_leg_1..5) with arms; sled-base chair (runner_left/right);
 * armless swivel chair with a tall straight back; round-leg armchair with posts.
 */
public final class ChairGenerator implements CategoryGenerator {

    @Override
    public String category() {
        return "chair";
    }

    private enum Base {
        SQUARE_LEGS,
        ROUND_LEGS,
        SWIVEL,
        SLED
    }

    @Override
    public SceneObject generate(String objectName, int index, Rng rng) {
        int v = CategoryGenerator.variant(index);
        Base base =
                switch (v) {
                    case 0 -> Base.SQUARE_LEGS;
                    case 1, 5 -> Base.ROUND_LEGS;
                    case 2, 4 -> Base.SWIVEL;
                    default -> Base.SLED;
                };
        boolean curved = v == 1 || v == 2 || v == 3;
        boolean posts = v == 0 || v == 2 || v == 5;
        boolean arms = v == 1 || v == 2 || v == 5;
        double seatW = rng.range(0.42, 0.5);
        double seatD = rng.range(0.4, 0.47);
        double seatT = base == Base.SWIVEL ? rng.range(0.06, 0.08) : rng.range(0.035, 0.055);
        double seatH = rng.range(0.43, 0.48);
        double seatR = base == Base.SWIVEL ? 0.025 : rng.range(0.008, 0.016);
        PartList parts = new PartList();
        Mesh seat = RoundedBox.of(
                        seatW, seatT, seatD, seatR, 3, 2, 1, 2, java.util.EnumSet.noneOf(RoundedBox.Face.class))
                .translate(0, seatH - seatT / 2, 0);
        parts.add("seat", seat);
        parts.add("back", back(rng, seatW, seatD, seatH, curved, posts, v == 4));
        double seatBottom = seatH - seatT;
        switch (base) {
            case SQUARE_LEGS, ROUND_LEGS -> {
                double inset = rng.range(0.03, 0.045);
                double splay = base == Base.ROUND_LEGS ? rng.range(0.015, 0.035) : 0;
                double[][] corners = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
                for (int k = 0; k < 4; k++) {
                    double x = corners[k][0] * (seatW / 2 - inset);
                    double z = corners[k][1] * (seatD / 2 - inset);
                    double top = seatBottom + 0.012;
                    Mesh leg = base == Base.SQUARE_LEGS
                            ? RoundedBox.of(0.04, top, 0.04, 0.006).translate(x, top / 2, z)
                            : Parts3D.taperedLeg(
                                    new Vec3(x, top, z),
                                    new Vec3(x + corners[k][0] * splay, 0.006, z + corners[k][1] * splay),
                                    0.018,
                                    0.012,
                                    14);
                    parts.add("leg_" + (k + 1), leg);
                }
            }
            case SWIVEL -> swivel(parts, seatBottom, rng);
            case SLED -> {
                for (int side = 0; side < 2; side++) {
                    double x = (side == 0 ? 1 : -1) * (seatW / 2 - 0.035);
                    double rr = 0.011;
                    List<Vec3> path = Parts3D.bentPath(
                            List.of(
                                    new Vec3(x, seatH - seatT / 2, seatD / 2 - 0.07),
                                    new Vec3(x, rr, seatD / 2 + 0.03),
                                    new Vec3(x, rr, -seatD / 2 - 0.02),
                                    new Vec3(x, seatH - seatT / 2, -seatD / 2 + 0.06)),
                            0.07,
                            0.03);
                    parts.add(side == 0 ? "runner_left" : "runner_right", SweptTube.of(path, rr, 14));
                }
            }
            default -> throw new IllegalStateException();
        }
        if (arms) {
            double armH = seatH + rng.range(0.19, 0.24);
            for (int side = 0; side < 2; side++) {
                double x = (side == 0 ? 1 : -1) * (seatW / 2 - 0.022);
                double zr = -seatD / 2 + 0.1;
                double zf = seatD / 2 - 0.06;
                double y0 = seatH - Math.min(0.012, seatT / 3);
                List<Vec3> path = Parts3D.bentPath(
                        List.of(new Vec3(x, y0, zr), new Vec3(x, armH, zr), new Vec3(x, armH, zf), new Vec3(x, y0, zf)),
                        0.05,
                        0.02);
                Mesh tube = SweptTube.of(path, 0.012, 14);
                Mesh pad = RoundedBox.of(0.055, 0.025, zf - zr + 0.06, 0.01).translate(x, armH + 0.01, (zf + zr) / 2);
                parts.add(side == 0 ? "arm_left" : "arm_right", tube, pad);
            }
        }
        return parts.build(category(), objectName);
    }

    private static Mesh back(
            Rng rng, double seatW, double seatD, double seatH, boolean curved, boolean posts, boolean tall) {
        double backW = seatW * rng.range(0.86, 0.96);
        double backH = tall ? rng.range(0.55, 0.65) : posts ? rng.range(0.25, 0.33) : rng.range(0.38, 0.48);
        double backT = rng.range(0.022, 0.035);
        double tilt = Math.toRadians(rng.range(8, 15));
        double bend = curved ? rng.range(0.45, 0.75) : 0;
        double gap = posts ? rng.range(0.1, 0.16) : 0.0;
        List<Mesh> meshes = new ArrayList<>();
        Mesh panel = CurvedPanel.of(backW, backH, backT, Math.min(0.012, backT / 2.2), bend, curved ? 18 : 4);
        double panelBottom = posts ? gap : -0.012;
        meshes.add(panel.translate(0, panelBottom + backH / 2, 0));
        if (posts) {
            for (int side = -1; side <= 1; side += 2) {
                double xl = side * (backW / 2 - 0.05);
                double x = xl;
                double z = 0;
                if (bend > 0) {
                    double th = xl / bend;
                    x = bend * StrictMath.sin(th);
                    z = bend * (1 - StrictMath.cos(th));
                }
                meshes.add(
                        Parts3D.taperedLeg(new Vec3(x, gap + backH * 0.6, z), new Vec3(x, -0.02, z), 0.012, 0.013, 14));
            }
        }
        double zBack = -seatD / 2 + backT / 2 + 0.015;
        Affine place = Affine.rotationX(-tilt).then(Affine.translation(0, seatH, zBack));
        return Mesh.merge(meshes).transform(place);
    }

    private static void swivel(PartList parts, double seatBottom, Rng rng) {
        double reach = rng.range(0.28, 0.33);
        Profile hub = Profile.create()
                .smooth(0, 0.06)
                .smooth(0.035, 0.06)
                .arc(0.035, 0.075, 0.015, -Math.PI / 2, 0, 3)
                .smooth(0.05, 0.115)
                .arc(0.035, 0.115, 0.015, 0, Math.PI / 2, 3)
                .smooth(0, 0.13);
        parts.add("base", Lathe.revolve(hub, 32));
        double colTop = seatBottom - 0.02;
        Profile col = Profile.create()
                .smooth(0, 0.12)
                .sharp(0.026, 0.12)
                .sharp(0.026, 0.27)
                .sharp(0.017, 0.285)
                .sharp(0.017, colTop)
                .smooth(0, colTop);
        Mesh plate = RoundedBox.of(0.19, 0.035, 0.21, 0.008).translate(0, seatBottom - 0.035 / 2 + 0.003, 0);
        parts.add("column", Lathe.revolve(col, 28), plate);
        double offset = rng.range(0, Math.PI / 5);
        for (int k = 0; k < 5; k++) {
            double a = offset + 2 * Math.PI * k / 5;
            Vec3 d = new Vec3(StrictMath.cos(a), 0, StrictMath.sin(a));
            List<Vec3> ctrl = List.of(
                    d.scale(0.01).add(0, 0.1, 0),
                    d.scale(reach * 0.5).add(0, 0.097, 0),
                    d.scale(reach).add(0, 0.078, 0));
            Mesh leg = SweptTube.of(
                    org.iseg3d.geom.Curves.catmullRom(ctrl, 6), t -> 0.019 - 0.006 * t, 1.35, 14, true, true, Vec3.Y);
            Vec3 c = d.scale(reach - 0.012);
            Mesh stem = Lathe.revolve(
                            Profile.create()
                                    .smooth(0, 0.03)
                                    .sharp(0.008, 0.03)
                                    .sharp(0.008, 0.082)
                                    .smooth(0, 0.082),
                            12)
                    .translate(c.x(), 0, c.z());
            Mesh wheel = Parts3D.wheel(0.025, 0.022, 16)
                    .transform(Affine.rotation(d, Math.PI / 2).then(Affine.translation(c.x(), 0.027, c.z())));
            parts.add("star_leg_" + (k + 1), leg, stem, wheel);
        }
    }
}
