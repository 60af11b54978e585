package org.iseg3d.tf.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;
import org.iseg3d.geom.SoupShapes;

/**
 * The {@link Assembler} operations that put parts on and around the faces of a part: evenly spaced arrays, handles,
 * flush panels, framed insets, coaxial stacks and bands or rims. Each returns whether it placed its parts (all
 * copies or none). Not thread-safe: works on one {@link Assembly}.
 */
final class FaceParts {

    private final Assembly a;

    FaceParts(Assembly a) {
        this.a = a;
    }

    /** 2-6 equal copies evenly spaced along one direction of a face (knobs, buttons, slats, drawers). */
    boolean array(int budget) {
        int parent = a.pickParent();
        double[] pb = a.soups.get(parent).bounds();
        int axis = a.rnd.nextBoolean() ? 1 : a.rnd.nextInt(3), sign = a.rnd.nextDouble() < 0.8 ? 1 : -1;
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        boolean alongB = a.rnd.nextBoolean();
        int run = alongB ? b : c, across = alongB ? c : b;
        int n = 2 + a.rnd.nextInt(Math.min(5, budget - 1));
        double span = a.rnd.nextDouble(0.5, 0.9) * Placement.extent(pb, run), step = span / n;
        double w = a.rnd.nextDouble(0.3, 0.85) * step;
        double depth = Math.min(a.rnd.nextDouble(0.1, 0.9) * Placement.extent(pb, across), 3 * w + 0.1 * a.size);
        double h = a.rnd.nextDouble(0.05, 0.4) * Math.max(w, depth);
        PrimitiveKind kind = a.pick(a.rnd.nextBoolean() ? Assembly.KNOB : Assembly.PANEL);
        Soup proto = PrimitiveFactory.build(kind, a.rnd, w, h, depth);
        a.deform(proto, 0.5);
        Placement.orient(proto, axis, sign, run, 1);
        double[] fr = new double[n], fa = new double[n];
        int[] signs = new int[n];
        List<Soup> copies = new ArrayList<>();
        double offset = a.rnd.nextDouble(-0.25, 0.25) * Placement.extent(pb, across);
        for (int i = 0; i < n; i++) {
            copies.add(i == 0 ? proto : proto.copy());
            fr[i] = Placement.mid(pb, run) + (i - (n - 1) / 2.0) * step;
            fa[i] = Placement.mid(pb, across) + offset;
            signs[i] = sign;
        }
        return a.attachAll(copies, kind, parent, axis, signs, alongB ? fr : fa, alongB ? fa : fr, 0.2 * h, axis == 1);
    }

    /** A handle (torus segment or arched tube) with both ends on a side of a body; sometimes a mirrored pair. */
    boolean handle(int budget) {
        int parent = a.pickParent();
        double[] pb = a.soups.get(parent).bounds();
        int axis = a.rnd.nextDouble() < 0.8 ? (a.rnd.nextBoolean() ? 0 : 2) : 1;
        int sign = a.rnd.nextBoolean() ? 1 : -1;
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        int spanAxis = axis == 1 ? (a.rnd.nextBoolean() ? 0 : 2) : (a.rnd.nextDouble() < 0.6 ? 1 : (axis == 0 ? 2 : 0));
        double width = a.rnd.nextDouble(0.25, 0.75) * Placement.extent(pb, spanAxis);
        double reach = a.rnd.nextDouble(0.25, 0.7) * width + 0.03 * a.size;
        PrimitiveKind kind = a.rnd.nextBoolean() ? PrimitiveKind.TORUS_SEGMENT : PrimitiveKind.SWEPT_TUBE;
        double tube = a.rnd.nextDouble(0.06, 0.15) * width;
        Soup h;
        if (kind == PrimitiveKind.SWEPT_TUBE) {
            h = new Soup();
            PrimitiveFactory.randomTube(h, a.rnd, width, reach, tube, true);
            SoupShapes.centre(h);
        } else {
            h = PrimitiveFactory.build(kind, a.rnd, width, reach * 2, tube);
        }
        a.deform(h, 0.3);
        Placement.orient(h, axis, sign, spanAxis, 1);
        double fb = Placement.mid(pb, b) + a.rnd.nextDouble(-0.2, 0.2) * Placement.extent(pb, b);
        double fc = Placement.mid(pb, c) + a.rnd.nextDouble(-0.2, 0.2) * Placement.extent(pb, c);
        double sink = 0.5 * tube;
        if (budget >= 2 && a.rnd.nextDouble() < 0.35) {
            Soup twin = h.copy();
            Placement.mirror(twin, axis);
            return a.attachAll(
                    List.of(h, twin),
                    kind,
                    parent,
                    axis,
                    new int[] {sign, -sign},
                    new double[] {fb, fb},
                    new double[] {fc, fc},
                    sink,
                    false);
        }
        return a.attachAll(
                List.of(h), kind, parent, axis, new int[] {sign}, new double[] {fb}, new double[] {fc}, sink, false);
    }

    /** A thin panel flush on a face: door, screen, lid, label. */
    boolean panel() {
        Face f = face(0.4, 0.97);
        double t = a.logUniform(0.003, 0.05) * a.size; // from pads and labels 0.3% of the shape thick to doors
        PrimitiveKind kind = a.pick(Assembly.PANEL);
        Soup s = PrimitiveFactory.build(kind, a.rnd, f.wc, t, f.wb); // local x -> c, local z -> b after orient
        a.deform(s, 0.2);
        Placement.orient(s, f.axis, f.sign, f.c, 1);
        double fb = f.centreB(a.rnd), fc = f.centreC(a.rnd);
        return a.attachAll(
                List.of(s),
                kind,
                f.parent,
                f.axis,
                new int[] {f.sign},
                new double[] {fb},
                new double[] {fc},
                a.rnd.nextDouble(0, 0.3) * t,
                f.axis == 1);
    }

    /**
     * A frame (bezel, window frame, drawer front) with a panel set into its opening, flush or slightly recessed,
     * on a face of a part: two parts whose outer faces are almost coplanar (screen in a monitor housing); in 40 %
     * the frame is part of the body it sits on (a pocket), so only the panel is a new part.
     */
    boolean inset() {
        Face f = face(0.5, 1.0);
        int parent = f.parent, axis = f.axis, sign = f.sign, c = f.c;
        double wb = f.wb, wc = f.wc;
        double border = a.rnd.nextDouble(0.04, 0.2) * Math.min(wb, wc);
        double depth = a.logUniform(0.01, 0.08) * a.size;
        Soup frame = new Soup();
        for (int side = 0; side < 4; side++) { // four bars of one part; local x -> c, local z -> b after orient
            boolean alongX = side < 2;
            double hx = alongX ? wc / 2 : border / 2, hz = alongX ? border / 2 : wb / 2 - border;
            Soup bar = new Soup();
            SoupShapes.box(bar, hx, depth / 2, hz, 0, false, false);
            double off = (side % 2 == 0 ? 1 : -1) * ((alongX ? wb : wc) / 2 - border / 2);
            bar.translate(alongX ? 0 : off, 0, alongX ? off : 0);
            frame.append(bar);
        }
        double thick = a.rnd.nextDouble(0.3, 0.9) * depth, recess = a.rnd.nextDouble(0, 0.4) * (depth - thick);
        Soup panel = PrimitiveFactory.build(a.pick(Assembly.PANEL), a.rnd, wc - 2 * border, thick, wb - 2 * border);
        panel.translate(0, depth / 2 - thick / 2 - recess, 0);
        Soup both = frame.copy();
        both.append(panel);
        Placement.orient(both, axis, sign, c, 1);
        double[] oriented = both.bounds();
        double fb = f.centreB(a.rnd), fc = f.centreC(a.rnd);
        if (!Placement.attach(both, new ArrayList<>(a.soups), axis, sign, fb, fc, a.rnd.nextDouble(0, 0.2) * depth)) {
            return false;
        }
        double[] after = both.bounds();
        for (Soup s : List.of(frame, panel)) { // the same orientation and move as the pair
            Placement.orient(s, axis, sign, c, 1);
            s.translate(after[0] - oriented[0], after[1] - oriented[1], after[2] - oriented[2]);
        }
        if (a.rnd.nextDouble() < 0.4) { // a pocket: the frame belongs to the body (monitor housing and bezel)
            a.soups.get(parent).append(frame);
            a.add(panel, PrimitiveKind.THIN_PLATE, parent, false);
        } else {
            a.add(frame, PrimitiveKind.BOX, parent, false);
            a.add(panel, PrimitiveKind.THIN_PLATE, a.parts.size() - 1, false);
        }
        return true;
    }

    /** A coaxial part on the top or bottom of a part: neck, cap, lid, foot, pedestal. */
    boolean stack() {
        int parent = a.pickParent();
        Assembler.Part pp = a.parts.get(parent);
        double[] pb = a.soups.get(parent).bounds();
        int sign = a.rnd.nextDouble() < 0.75 ? 1 : -1;
        double f = a.rnd.nextDouble() < 0.5 ? a.rnd.nextDouble(0.2, 0.6) : a.rnd.nextDouble(0.6, 1.15);
        PrimitiveKind kind = a.pick(pp.round() ? Assembly.STACK_ROUND : Assembly.STACK_BOXY);
        double ex = f * Placement.extent(pb, 0), ez = f * Placement.extent(pb, 2);
        double ey = a.rnd.nextDouble(0.08, 0.8) * Placement.maxExtent(pb);
        if (kind == PrimitiveKind.TORUS) {
            ey = Math.min(ey, 0.2 * ex);
        }
        Soup s = PrimitiveFactory.build(kind, a.rnd, ex, ey, ez);
        a.deform(s, 0.5);
        if (sign < 0) {
            Placement.mirror(s, 1);
        }
        return a.attachAll(
                List.of(s),
                kind,
                parent,
                1,
                new int[] {sign},
                new double[] {Placement.mid(pb, 2)},
                new double[] {Placement.mid(pb, 0)},
                a.rnd.nextDouble(0.01, 0.1) * ey,
                true);
    }

    /** A band (label, sleeve) or rim ring around a round upright part, just outside its surface. */
    boolean band() {
        int parent = a.pickParent();
        if (!a.parts.get(parent).round()) {
            return false;
        }
        Soup ps = a.soups.get(parent);
        double[] pb = ps.bounds();
        double hy = Placement.extent(pb, 1);
        boolean rim = a.rnd.nextDouble() < 0.35;
        double y0 = rim ? pb[4] - 0.02 * hy : pb[1] + a.rnd.nextDouble(0.1, 0.6) * hy;
        double y1 = rim ? pb[4] : Math.min(pb[4], y0 + a.rnd.nextDouble(0.1, 0.35) * hy);
        double cx = Placement.mid(pb, 0), cz = Placement.mid(pb, 2), rx = 0, rz = 0;
        float[] v = ps.corners();
        for (int i = 0, n = 3 * ps.triangleCount(); i < n; i++) {
            double y = v[3 * i + 1];
            if (y >= y0 && y <= y1) {
                rx = Math.max(rx, Math.abs(v[3 * i] - cx));
                rz = Math.max(rz, Math.abs(v[3 * i + 2] - cz));
            }
        }
        if (rx < 0.05 * a.size || rz < 0.05 * a.size) {
            return false;
        }
        Soup s = new Soup();
        PrimitiveKind kind;
        if (rim) {
            double r = a.rnd.nextDouble(0.015, 0.04) * a.size;
            s = PrimitiveFactory.build(PrimitiveKind.TORUS, a.rnd, 2 * (rx + r * 0.5), 2 * r, 2 * (rz + r * 0.5));
            kind = PrimitiveKind.TORUS;
        } else {
            double gap = 0.005 * a.size;
            SoupShapes.frustum(s, rx + gap, rz + gap, 1, y1 - y0, 2 * Math.PI, 0);
            kind = PrimitiveKind.CYLINDER;
        }
        SoupShapes.centre(s);
        s.translate(cx, (y0 + y1) / 2, cz);
        a.add(s, kind, parent, true);
        return true;
    }

    /**
     * A face of a random part for a flush part: a side face (70 %) or the top or bottom, and a footprint of
     * {@code lo..hi} times the face's extents along b and c.
     */
    private Face face(double lo, double hi) {
        int parent = a.pickParent();
        double[] pb = a.soups.get(parent).bounds();
        int axis = a.rnd.nextDouble() < 0.7 ? (a.rnd.nextBoolean() ? 0 : 2) : 1, sign = a.rnd.nextBoolean() ? 1 : -1;
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        double wb = a.rnd.nextDouble(lo, hi) * Placement.extent(pb, b);
        double wc = a.rnd.nextDouble(lo, hi) * Placement.extent(pb, c);
        return new Face(parent, pb, axis, sign, b, c, wb, wc);
    }

    /** A chosen face: the part, its bounds, the face axis and side, the two in-face axes and the footprint. */
    private record Face(int parent, double[] pb, int axis, int sign, int b, int c, double wb, double wc) {

        /** A random footprint centre along b that keeps the footprint on the face. */
        double centreB(SplittableRandom rnd) {
            return Placement.mid(pb, b) + rnd.nextDouble(-0.5, 0.5) * (Placement.extent(pb, b) - wb);
        }

        double centreC(SplittableRandom rnd) {
            return Placement.mid(pb, c) + rnd.nextDouble(-0.5, 0.5) * (Placement.extent(pb, c) - wc);
        }
    }
}
