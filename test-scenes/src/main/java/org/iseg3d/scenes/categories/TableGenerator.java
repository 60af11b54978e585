package org.iseg3d.scenes.categories;

import java.util.ArrayList;
import java.util.List;
import org.iseg3d.geom.Affine;
import org.iseg3d.geom.Lathe;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.Profile;
import org.iseg3d.geom.RoundedBox;
import org.iseg3d.geom.Vec3;
import org.iseg3d.scenes.SceneObject;

/**
 * Tables. Variants: rectangular with turned legs and apron; round pedestal table (top, pedestal,
 * base); rectangular with tapered legs and a lower shelf; oval top with splayed legs and apron;
 * desk with square legs, apron and a drawer; low coffee table with turned legs and shelf.
 */
public final class TableGenerator implements CategoryGenerator {

    @Override
    public String category() {
        return "table";
    }

    @Override
    public SceneObject generate(String objectName, int index, Rng rng) {
        int v = CategoryGenerator.variant(index);
        return switch (v) {
            case 1 -> pedestal(objectName, rng);
            case 3 -> oval(objectName, rng);
            default -> rectangular(objectName, v, rng);
        };
    }

    private SceneObject rectangular(String objectName, int v, Rng rng) {
        boolean coffee = v == 5;
        double length = coffee ? rng.range(0.9, 1.2) : v == 4 ? rng.range(1.1, 1.4) : rng.range(1.0, 1.6);
        double width = coffee ? rng.range(0.5, 0.65) : rng.range(0.6, 0.85);
        double height = coffee ? rng.range(0.4, 0.46) : rng.range(0.72, 0.76);
        double topT = coffee ? rng.range(0.04, 0.05) : rng.range(0.025, 0.04);
        double topR = coffee ? 0.018 : rng.range(0.004, 0.01);
        PartList parts = new PartList();
        double topBottom = height - topT;
        parts.add(
                "top",
                RoundedBox.of(length, topT, width, topR, 3, 4, 1, 3, java.util.EnumSet.noneOf(RoundedBox.Face.class))
                        .translate(0, height - topT / 2, 0));
        double inset = rng.range(0.04, 0.07);
        double legSize = v == 4 ? 0.05 : rng.range(0.045, 0.06);
        double lx = length / 2 - inset;
        double lz = width / 2 - inset;
        double[][] corners = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
        double legTop = topBottom + 0.01;
        for (int k = 0; k < 4; k++) {
            double x = corners[k][0] * lx;
            double z = corners[k][1] * lz;
            Mesh leg =
                    switch (v) {
                        case 0, 5 -> Parts3D.turnedColumn(0, legTop, legSize / 2, 24)
                                .translate(x, 0, z);
                        case 2 -> Parts3D.taperedLeg(
                                new Vec3(x, legTop, z), new Vec3(x, 0.004, z), legSize / 2, legSize * 0.32, 16);
                        default -> RoundedBox.of(legSize, legTop, legSize, 0.006)
                                .translate(x, legTop / 2, z);
                    };
            parts.add("leg_" + (k + 1), leg);
        }
        if (v == 0 || v == 4) {
            double apronH = rng.range(0.08, 0.11);
            double t = 0.02;
            double y = topBottom - apronH / 2 + 0.003;
            List<Mesh> boards = new ArrayList<>();
            boards.add(RoundedBox.of(2 * lx, apronH, t, 0.004).translate(0, y, -lz));
            boards.add(RoundedBox.of(t, apronH, 2 * lz, 0.004).translate(lx, y, 0));
            boards.add(RoundedBox.of(t, apronH, 2 * lz, 0.004).translate(-lx, y, 0));
            if (v == 0) {
                boards.add(RoundedBox.of(2 * lx, apronH, t, 0.004).translate(0, y, lz));
            }
            parts.add("apron", boards.toArray(Mesh[]::new));
            if (v == 4) {
                double dw = Math.min(0.55, lx * 1.1);
                double dh = apronH + 0.02;
                double dd = 2 * lz - 0.04;
                Mesh box = RoundedBox.of(dw, dh, dd, 0.006, 3, 2, 1, 2, java.util.EnumSet.noneOf(RoundedBox.Face.class))
                        .translate(0, topBottom - dh / 2 + 0.003, 0.02);
                Mesh knob = Parts3D.wheel(0.014, 0.02, 16)
                        .transform(Affine.rotationX(Math.PI / 2)
                                .then(Affine.translation(0, topBottom - dh / 2, 0.02 + dd / 2 + 0.008)));
                parts.add("drawer", box, knob);
            }
        }
        if (v == 2 || v == 5) {
            double shelfY = coffee ? 0.1 : rng.range(0.15, 0.22);
            double sx = 2 * lx + legSize * 0.6;
            double sz = 2 * lz + legSize * 0.6;
            parts.add(
                    "shelf",
                    RoundedBox.of(sx, 0.022, sz, 0.006, 3, 3, 1, 2, java.util.EnumSet.noneOf(RoundedBox.Face.class))
                            .translate(0, shelfY, 0));
        }
        return parts.build(category(), objectName);
    }

    private SceneObject pedestal(String objectName, Rng rng) {
        double radius = rng.range(0.4, 0.55);
        double height = rng.range(0.72, 0.76);
        double topT = rng.range(0.03, 0.04);
        PartList parts = new PartList();
        parts.add("top", roundTop(radius, topT, height));
        double baseR = radius * rng.range(0.5, 0.6);
        double baseH = 0.05;
        Profile base = Profile.create()
                .smooth(0, 0)
                .sharp(baseR, 0)
                .smooth(baseR, 0.01)
                .arc(baseR - 0.01, 0.01, 0.01, 0, Math.PI / 2, 3)
                .curve(
                        y -> baseR - 0.01 - (baseR * 0.72) * StrictMath.sqrt((y - 0.02) / (baseH - 0.02)),
                        0.02,
                        baseH,
                        10)
                .smooth(0, baseH);
        parts.add("base", Lathe.revolve(base, 48));
        double colR = rng.range(0.045, 0.06);
        parts.add("pedestal", Parts3D.turnedColumn(baseH - 0.01, height - topT + 0.01, colR, 32));
        return parts.build(category(), objectName);
    }

    private static Mesh roundTop(double radius, double t, double height) {
        double e = Math.min(0.012, t / 2.5);
        Profile p = Profile.create()
                .smooth(0, 0)
                .smooth(radius - e, 0)
                .arc(radius - e, e, e, -Math.PI / 2, 0, 3)
                .smooth(radius, t - e)
                .arc(radius - e, t - e, e, 0, Math.PI / 2, 3)
                .smooth(0, t);
        return Lathe.revolve(p, 64).translate(0, height - t, 0);
    }

    private SceneObject oval(String objectName, Rng rng) {
        double rx = rng.range(0.65, 0.85);
        double rz = rng.range(0.42, 0.52);
        double height = rng.range(0.72, 0.76);
        double topT = rng.range(0.028, 0.035);
        PartList parts = new PartList();
        parts.add("top", roundTop(1.0, topT, height).transform(Affine.scale(rx, 1, rz)));
        double topBottom = height - topT;
        double lx = rx * 0.62;
        double lz = rz * 0.62;
        double splay = rng.range(0.04, 0.07);
        double[][] corners = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
        for (int k = 0; k < 4; k++) {
            double x = corners[k][0] * lx;
            double z = corners[k][1] * lz;
            parts.add(
                    "leg_" + (k + 1),
                    Parts3D.taperedLeg(
                            new Vec3(x, topBottom + 0.01, z),
                            new Vec3(x + corners[k][0] * splay, 0.006, z + corners[k][1] * splay),
                            0.024,
                            0.014,
                            16));
        }
        double apronH = 0.07;
        double y = topBottom - apronH / 2 + 0.003;
        parts.add(
                "apron",
                RoundedBox.of(2 * lx, apronH, 0.02, 0.004).translate(0, y, lz),
                RoundedBox.of(2 * lx, apronH, 0.02, 0.004).translate(0, y, -lz),
                RoundedBox.of(0.02, apronH, 2 * lz, 0.004).translate(lx, y, 0),
                RoundedBox.of(0.02, apronH, 2 * lz, 0.004).translate(-lx, y, 0));
        return parts.build(category(), objectName);
    }
}
