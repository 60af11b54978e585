package org.iseg3d.scenes.categories;

import java.util.EnumSet;
import java.util.List;
import org.iseg3d.geom.Mesh;
import org.iseg3d.geom.RoundedBox;
import org.iseg3d.geom.SweptTube;
import org.iseg3d.geom.Vec3;
import org.iseg3d.scenes.SceneObject;

/**
 * Refrigerators: a {@code body} cabinet open at the front, flush doors ({@code door_k} and
 * optionally {@code freezer_door}) and one {@code handle_k} per door (door handles first, the freezer
 * handle last). Variants: single door, top freezer, bottom freezer drawer, side-by-side, French
 * doors with freezer drawer, mini fridge.
 */
public final class RefrigeratorGenerator implements CategoryGenerator {

    private static final double GAP = 0.006;

    @Override
    public String category() {
        return "refrigerator";
    }

    private record Door(String name, double x0, double x1, double y0, double y1, HandleStyle handle) {}

    /** Handle placement on a door. */
    private enum HandleStyle {
        VERTICAL_RIGHT,
        VERTICAL_LEFT,
        HORIZONTAL_TOP
    }

    @Override
    public SceneObject generate(String objectName, int index, Rng rng) {
        int v = CategoryGenerator.variant(index);
        boolean mini = v == 5;
        double w = mini ? rng.range(0.48, 0.55) : v == 3 || v == 4 ? rng.range(0.82, 0.92) : rng.range(0.6, 0.72);
        double h = mini ? rng.range(0.82, 0.9) : rng.range(1.7, 1.9);
        double d = mini ? rng.range(0.5, 0.56) : rng.range(0.6, 0.7);
        double foot = mini ? 0.02 : 0.05;
        double bodyR = 0.012;
        double doorT = mini ? 0.04 : rng.range(0.045, 0.06);
        PartList parts = new PartList();
        Mesh body = RoundedBox.of(w, h - foot, d, bodyR, 3, 2, 4, 2, EnumSet.of(RoundedBox.Face.POS_Z))
                .translate(0, foot + (h - foot) / 2, 0);
        Mesh plinth = RoundedBox.of(w - 0.04, foot + 0.01, d - 0.06, 0.004).translate(0, (foot + 0.01) / 2, -0.01);
        parts.add("body", body, plinth);
        double left = -w / 2 + GAP / 2;
        double right = w / 2 - GAP / 2;
        double bottom = foot + GAP;
        double top = h - GAP / 2;
        double split = rng.range(0.3, 0.36);
        List<Door> doors =
                switch (v) {
                    case 1 -> {
                        double ys = top - (top - bottom) * split;
                        yield List.of(
                                new Door("door_1", left, right, bottom, ys - GAP / 2, HandleStyle.VERTICAL_RIGHT),
                                new Door("freezer_door", left, right, ys + GAP / 2, top, HandleStyle.VERTICAL_RIGHT));
                    }
                    case 2 -> {
                        double ys = bottom + (top - bottom) * split;
                        yield List.of(
                                new Door("door_1", left, right, ys + GAP / 2, top, HandleStyle.VERTICAL_RIGHT),
                                new Door(
                                        "freezer_door", left, right, bottom, ys - GAP / 2, HandleStyle.HORIZONTAL_TOP));
                    }
                    case 3 -> {
                        double xs = left + (right - left) * rng.range(0.42, 0.48);
                        yield List.of(
                                new Door("door_1", left, xs - GAP / 2, bottom, top, HandleStyle.VERTICAL_RIGHT),
                                new Door("door_2", xs + GAP / 2, right, bottom, top, HandleStyle.VERTICAL_LEFT));
                    }
                    case 4 -> {
                        double ys = bottom + (top - bottom) * split;
                        yield List.of(
                                new Door("door_1", left, -GAP / 2, ys + GAP / 2, top, HandleStyle.VERTICAL_RIGHT),
                                new Door("door_2", GAP / 2, right, ys + GAP / 2, top, HandleStyle.VERTICAL_LEFT),
                                new Door(
                                        "freezer_door", left, right, bottom, ys - GAP / 2, HandleStyle.HORIZONTAL_TOP));
                    }
                    default -> List.of(new Door("door_1", left, right, bottom, top, HandleStyle.VERTICAL_RIGHT));
                };
        double doorBack = d / 2 - 0.004;
        for (Door door : doors) {
            double dw = door.x1() - door.x0();
            double dh = door.y1() - door.y0();
            parts.add(
                    door.name(),
                    RoundedBox.of(dw, dh, doorT, 0.012, 3, 2, 4, 1, EnumSet.noneOf(RoundedBox.Face.class))
                            .translate((door.x0() + door.x1()) / 2, (door.y0() + door.y1()) / 2, doorBack + doorT / 2));
        }
        int k = 1;
        double front = doorBack + doorT;
        double standoff = rng.range(0.04, 0.055);
        double tube = mini ? 0.016 : rng.range(0.019, 0.023);
        boolean roundBar = v % 2 == 0;
        for (Door door : doors) {
            parts.add("handle_" + k++, handle(door, front, standoff, tube, roundBar));
        }
        return parts.build(category(), objectName);
    }

    private static Mesh handle(Door door, double front, double standoff, double tube, boolean roundBar) {
        double inset = 0.06;
        double dw = door.x1() - door.x0();
        double dh = door.y1() - door.y0();
        Vec3 a;
        Vec3 b;
        switch (door.handle()) {
            case HORIZONTAL_TOP -> {
                double y = door.y1() - 0.07;
                double half = dw * 0.42;
                double cx = (door.x0() + door.x1()) / 2;
                a = new Vec3(cx - half, y, 0);
                b = new Vec3(cx + half, y, 0);
            }
            default -> {
                double x = door.handle() == HandleStyle.VERTICAL_RIGHT ? door.x1() - inset : door.x0() + inset;
                double len = Math.min(0.9, dh * 0.75);
                double yc = dh > 0.9 ? door.y0() + Math.min(dh * 0.5, 0.95) : (door.y0() + door.y1()) / 2;
                double y0 = Math.max(door.y0() + 0.08, yc - len / 2);
                double y1 = Math.min(door.y1() - 0.08, y0 + len);
                a = new Vec3(x, y0, 0);
                b = new Vec3(x, y1, 0);
            }
        }
        double zIn = front - 0.006;
        double zOut = front + standoff;
        if (roundBar) {
            List<Vec3> path = Parts3D.bentPath(
                    List.of(
                            new Vec3(a.x(), a.y(), zIn),
                            new Vec3(a.x(), a.y(), zOut),
                            new Vec3(b.x(), b.y(), zOut),
                            new Vec3(b.x(), b.y(), zIn)),
                    0.025,
                    0.05);
            return SweptTube.of(path, s -> tube, 1.0, 16, true, true, null);
        }
        // flat bar on two standoff posts
        Vec3 dir = b.sub(a);
        double len = dir.length();
        boolean vertical = Math.abs(dir.y()) > Math.abs(dir.x());
        double barW = tube * 2.8;
        double barD = tube * 1.5;
        Vec3 mid = a.lerp(b, 0.5);
        Mesh bar = (vertical
                        ? RoundedBox.of(barW, len + 0.04, barD, barD * 0.4)
                        : RoundedBox.of(len + 0.04, barW, barD, barD * 0.4))
                .translate(mid.x(), mid.y(), zOut);
        Mesh post1 = SweptTube.of(List.of(new Vec3(a.x(), a.y(), zIn), new Vec3(a.x(), a.y(), zOut)), tube * 0.8, 14);
        Mesh post2 = SweptTube.of(List.of(new Vec3(b.x(), b.y(), zIn), new Vec3(b.x(), b.y(), zOut)), tube * 0.8, 14);
        return Mesh.merge(bar, post1, post2);
    }
}
