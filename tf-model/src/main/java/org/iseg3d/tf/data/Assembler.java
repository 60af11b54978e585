package org.iseg3d.tf.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;
import org.iseg3d.geom.SoupShapes;

/**
 * Composes 2-12 primitives into one CAD-like shape, the "randomly re-organizing these primitive shapes into new
 * shapes" step of ABC Reshuffle (iSeg3D, Sec. 3.1). Starting from a body, operations add parts the way CAD parts
 * meet: attached to faces (slid in until they touch, then sunk in slightly), legs under plates meeting them with
 * their ends, handles with both ends on a body, flush panels and doors, coaxial stacks (neck, cap, base), bands and
 * rims around round bodies, mirrored pairs and evenly spaced arrays. Parts are axis-aligned most of the time,
 * scales range from the body down to knobs and thin panels, and each primitive (and sometimes the whole shape) gets
 * a mild {@link Deformation}. This class adds the body, attached parts and pairs, legs and aprons;
 * {@link FaceParts} the parts on and around faces (arrays, handles, panels, insets, stacks, bands); both work on one
 * {@link Assembly}. Not thread-safe: one instance per shape.
 */
final class Assembler {

    /** One placed primitive; {@code parent} is the part it was attached to (-1 for the body). */
    record Part(Soup soup, PrimitiveKind kind, int parent, boolean round) {}

    private final Assembly a;
    private final FaceParts face;

    Assembler(SplittableRandom rnd, ReshuffleParams params) {
        this.a = new Assembly(rnd, params);
        this.face = new FaceParts(a);
    }

    /** Builds a shape of {@code target} parts (fewer only if no operation fits after many tries). */
    List<Part> assemble(int target) {
        body();
        int failures = 0;
        while (a.parts.size() < target && failures < 40) {
            int budget = target - a.parts.size();
            boolean ok =
                    switch (a.rnd.nextInt(18)) {
                        case 0, 1, 2 -> attach(a.pickParent(), 1);
                        case 3, 4 -> budget >= 2 && attach(a.pickParent(), 2);
                        case 5, 6 -> budget >= 3 && legs(budget);
                        case 7, 8 -> budget >= 2 && face.array(budget);
                        case 9, 10 -> face.handle(budget);
                        case 11, 12 -> face.panel();
                        case 13, 14 -> face.stack();
                        case 15, 16 -> face.inset();
                        default -> face.band();
                    };
            failures += ok ? 0 : 1;
        }
        if (a.rnd.nextDouble() < a.params.globalDeformProbability()) {
            double[] b = a.unionBounds();
            Deformation d = Deformation.random(a.rnd, 0.6, 0.6);
            for (Soup s : a.soups) {
                d.apply(s, b);
            }
        }
        return List.copyOf(a.parts);
    }

    private void body() {
        PrimitiveKind kind = Assembly.BODY[a.rnd.nextInt(Assembly.BODY.length)];
        double ex = a.rnd.nextDouble(0.3, 1), ey = a.rnd.nextDouble(0.3, 1), ez = a.rnd.nextDouble(0.3, 1);
        if (kind == PrimitiveKind.THIN_PLATE) {
            ey = 0.06 * Math.max(ex, ez); // table top, seat, shelf
        } else if (Assembly.round(kind) && a.rnd.nextBoolean()) {
            ez = ex;
        }
        if (kind == PrimitiveKind.REVOLUTION && a.rnd.nextBoolean()) { // body and neck of one lathe
            Soup[] two = PrimitiveFactory.splitRevolution(a.rnd, ex, ey, ez);
            a.size = Placement.maxExtent(two[0].bounds());
            a.add(two[0], kind, -1, true);
            a.add(two[1], kind, 0, true);
            a.size = Math.max(a.size, Placement.maxExtent(two[1].bounds()));
            return;
        }
        Soup s = PrimitiveFactory.build(kind, a.rnd, ex, ey, ez);
        a.deform(s, 1);
        a.size = Placement.maxExtent(s.bounds());
        a.add(s, kind, -1, true);
    }

    /** One child (copies = 1) or a mirrored pair (copies = 2) on a face of {@code parent}. */
    private boolean attach(int parent, int copies) {
        double[] pb = a.soups.get(parent).bounds();
        double p = Placement.maxExtent(pb);
        double role = a.rnd.nextDouble();
        PrimitiveKind kind;
        double ex, ey, ez;
        if (role < 0.35) {
            kind = a.pick(Assembly.BLOCK);
            ex = a.rnd.nextDouble(0.25, 0.9) * p;
            ey = a.rnd.nextDouble(0.15, 0.9) * p;
            ez = a.rnd.nextDouble(0.25, 0.9) * p;
        } else if (role < 0.6) {
            kind = a.pick(Assembly.KNOB);
            ex = Math.max(0.05 * a.size, a.rnd.nextDouble(0.06, 0.2) * p);
            ey = Math.max(0.04 * a.size, a.rnd.nextDouble(0.05, 0.2) * p);
            ez = ex * a.rnd.nextDouble(0.7, 1.3);
        } else if (role < 0.78) {
            kind = a.pick(Assembly.ROD);
            ey = a.rnd.nextDouble(0.3, 1.0) * p;
            ex = a.rnd.nextDouble(0.04, 0.12) * ey;
            ez = kind == PrimitiveKind.SWEPT_TUBE ? 0.3 * ey : ex;
        } else {
            kind = a.pick(Assembly.PLATE);
            ex = a.rnd.nextDouble(0.4, 1.0) * p;
            ez = a.rnd.nextDouble(0.4, 1.0) * p;
            ey = a.rnd.nextDouble(0.02, 0.06) * p;
        }
        Soup child = PrimitiveFactory.build(kind, a.rnd, ex, ey, ez);
        a.deform(child, 1);
        double face = a.rnd.nextDouble();
        int axis = face < 0.55 ? 1 : (a.rnd.nextBoolean() ? 0 : 2);
        int sign = face < 0.4 || (face >= 0.55 && a.rnd.nextBoolean()) ? 1 : -1;
        boolean lying = kind == PrimitiveKind.ROD ? a.rnd.nextDouble() < 0.25 : a.rnd.nextDouble() < 0.2;
        Placement.orient(child, lying ? (axis + 1 + a.rnd.nextInt(2)) % 3 : axis, lying ? 1 : sign, a.rnd);
        boolean tilted = a.rnd.nextDouble() < 0.12;
        boolean upright = axis == 1 && !lying && !tilted;
        if (tilted) {
            Placement.rotate(child, (axis + 1 + a.rnd.nextInt(2)) % 3, a.rnd.nextDouble(-0.35, 0.35));
        }
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        double[] at = a.location(parent, axis, sign);
        double sink = a.sink(child, axis);
        if (copies == 1) {
            return a.attachAll(
                    List.of(child),
                    kind,
                    parent,
                    axis,
                    new int[] {sign},
                    new double[] {at[0]},
                    new double[] {at[1]},
                    sink,
                    upright);
        }
        Soup twin = child.copy();
        boolean opposite = a.rnd.nextBoolean();
        if (opposite) { // on the opposite face, mirrored through the parent's mid plane
            Placement.mirror(twin, axis);
            return a.attachAll(
                    List.of(child, twin),
                    kind,
                    parent,
                    axis,
                    new int[] {sign, -sign},
                    new double[] {at[0], at[0]},
                    new double[] {at[1], at[1]},
                    sink,
                    upright);
        }
        boolean acrossB = a.rnd.nextBoolean();
        Placement.mirror(twin, acrossB ? b : c);
        double mb = Placement.mid(pb, b), mc = Placement.mid(pb, c);
        double[] fb = {at[0], acrossB ? 2 * mb - at[0] : at[0]}, fc = {at[1], acrossB ? at[1] : 2 * mc - at[1]};
        if (Math.abs(fb[0] - fb[1]) + Math.abs(fc[0] - fc[1]) < 0.1 * p) {
            return false; // the twins would overlap
        }
        return a.attachAll(List.of(child, twin), kind, parent, axis, new int[] {sign, sign}, fb, fc, sink, upright);
    }

    /** 2-4 legs (or posts) under a part, meeting it with their ends, optionally splayed. */
    private boolean legs(int budget) {
        int parent = a.rnd.nextInt(3) == 0 ? a.rnd.nextInt(a.parts.size()) : 0;
        double[] pb = a.soups.get(parent).bounds();
        double p = Placement.maxExtent(pb);
        int n = budget >= 4 && a.rnd.nextDouble() < 0.75 ? 4 : 3;
        int sign = a.rnd.nextDouble() < 0.85 ? -1 : 1;
        PrimitiveKind kind = a.pick(Assembly.ROD);
        double len = a.rnd.nextDouble(0.35, 1.2) * p, thick = a.rnd.nextDouble(0.03, 0.1) * len;
        Soup leg =
                PrimitiveFactory.build(kind, a.rnd, thick, len, kind == PrimitiveKind.SWEPT_TUBE ? 0.2 * len : thick);
        a.deform(leg, 0.6);
        if (sign < 0) {
            Placement.mirror(leg, 1);
        }
        double splay = n == 4 && a.rnd.nextDouble() < 0.3 ? a.rnd.nextDouble(0.05, 0.2) : 0;
        Placement.rotate(leg, 2, -splay * sign); // lean towards +x at the free end
        Placement.rotate(leg, 0, splay * sign); // and towards +z
        double reach = a.parts.get(parent).round() ? 0.65 : 0.95; // stay under a round part
        double ix = a.rnd.nextDouble(0.5, reach) * Placement.extent(pb, 0) / 2;
        double iz = a.rnd.nextDouble(0.5, reach) * Placement.extent(pb, 2) / 2;
        List<Soup> copies = new ArrayList<>();
        double[] fx = new double[n], fz = new double[n];
        int[] signs = new int[n];
        for (int i = 0; i < n; i++) {
            Soup s = leg.copy();
            double ax = n == 4 ? (i % 2 == 0 ? 1 : -1) : StrictMath.cos(2 * Math.PI * i / 3);
            double az = n == 4 ? (i < 2 ? 1 : -1) : StrictMath.sin(2 * Math.PI * i / 3);
            if (n == 3) {
                Placement.rotate(s, 1, -2 * Math.PI * i / 3);
            } else {
                if (ax < 0) {
                    Placement.mirror(s, 0);
                }
                if (az < 0) {
                    Placement.mirror(s, 2);
                }
            }
            copies.add(s);
            // the array runs over (b, c) = (z, x) for axis y
            fz[i] = Placement.mid(pb, 2) + az * iz;
            fx[i] = Placement.mid(pb, 0) + ax * ix;
            signs[i] = sign;
        }
        boolean ok = a.attachAll(copies, kind, parent, 1, signs, fz, fx, a.sink(leg, 1), splay == 0);
        if (ok && n == 4 && sign < 0 && splay == 0 && budget >= 5 && a.rnd.nextDouble() < 0.35) {
            apron(parent, pb, ix, iz, len, thick);
        }
        return ok;
    }

    /**
     * An apron (rails) under a part between four legs: four boards joining the legs just below the part, one part
     * made of several pieces, as tables, chairs and benches have.
     */
    private void apron(int parent, double[] pb, double ix, double iz, double len, double thick) {
        double h = a.rnd.nextDouble(0.06, 0.2) * len, t = a.rnd.nextDouble(0.3, 0.8) * thick;
        double cx = Placement.mid(pb, 0), cz = Placement.mid(pb, 2), top = pb[1] + Math.min(0.3 * h, 0.02 * a.size);
        Soup ring = new Soup();
        for (int side = 0; side < 4; side++) {
            boolean alongX = side < 2;
            double at = side % 2 == 0 ? 1 : -1;
            Soup bar = new Soup();
            SoupShapes.box(bar, alongX ? ix : t / 2, h / 2, alongX ? t / 2 : iz, 0, false, false);
            bar.translate(cx + (alongX ? 0 : at * ix), top - h / 2, cz + (alongX ? at * iz : 0));
            ring.append(bar);
        }
        a.add(ring, PrimitiveKind.BOX, parent, false);
    }
}
