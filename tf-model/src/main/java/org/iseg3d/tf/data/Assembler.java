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
 * a mild {@link Deformation}. Not thread-safe: one instance per shape.
 */
final class Assembler {

    /** One placed primitive; {@code parent} is the part it was attached to (-1 for the body). */
    record Part(Soup soup, PrimitiveKind kind, int parent, boolean round) {
    }

    private static final PrimitiveKind[] BODY = {PrimitiveKind.BOX, PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.BEVELLED_BOX, PrimitiveKind.CYLINDER, PrimitiveKind.FRUSTUM, PrimitiveKind.SPHERE,
        PrimitiveKind.REVOLUTION, PrimitiveKind.REVOLUTION, PrimitiveKind.EXTRUSION, PrimitiveKind.THIN_PLATE,
        PrimitiveKind.THIN_PLATE, PrimitiveKind.OPEN_BOX, PrimitiveKind.SPHERICAL_CAP, PrimitiveKind.ROUNDED_BOX};
    private static final PrimitiveKind[] BLOCK = {PrimitiveKind.BOX, PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.BEVELLED_BOX, PrimitiveKind.CYLINDER, PrimitiveKind.FRUSTUM, PrimitiveKind.SPHERE,
        PrimitiveKind.SPHERICAL_CAP, PrimitiveKind.EXTRUSION, PrimitiveKind.REVOLUTION, PrimitiveKind.OPEN_BOX,
        PrimitiveKind.TORUS, PrimitiveKind.PARTIAL_CYLINDER, PrimitiveKind.FILLET};
    private static final PrimitiveKind[] KNOB = {PrimitiveKind.CYLINDER, PrimitiveKind.SPHERE,
        PrimitiveKind.SPHERICAL_CAP, PrimitiveKind.FRUSTUM, PrimitiveKind.ROUNDED_BOX, PrimitiveKind.BOX,
        PrimitiveKind.TORUS, PrimitiveKind.EXTRUSION};
    private static final PrimitiveKind[] ROD = {PrimitiveKind.ROD, PrimitiveKind.ROD, PrimitiveKind.FRUSTUM,
        PrimitiveKind.BOX, PrimitiveKind.EXTRUSION, PrimitiveKind.SWEPT_TUBE, PrimitiveKind.REVOLUTION};
    private static final PrimitiveKind[] PLATE = {PrimitiveKind.THIN_PLATE, PrimitiveKind.THIN_PLATE,
        PrimitiveKind.PLANE, PrimitiveKind.DISC, PrimitiveKind.ANNULUS, PrimitiveKind.BOX,
        PrimitiveKind.ROUNDED_BOX, PrimitiveKind.PARTIAL_CYLINDER, PrimitiveKind.EXTRUSION};
    private static final PrimitiveKind[] PANEL = {PrimitiveKind.THIN_PLATE, PrimitiveKind.THIN_PLATE,
        PrimitiveKind.BOX, PrimitiveKind.ROUNDED_BOX, PrimitiveKind.BEVELLED_BOX, PrimitiveKind.EXTRUSION};
    private static final PrimitiveKind[] STACK_ROUND = {PrimitiveKind.CYLINDER, PrimitiveKind.FRUSTUM,
        PrimitiveKind.REVOLUTION, PrimitiveKind.SPHERICAL_CAP, PrimitiveKind.SPHERE, PrimitiveKind.TORUS,
        PrimitiveKind.CYLINDER};
    private static final PrimitiveKind[] STACK_BOXY = {PrimitiveKind.BOX, PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.BEVELLED_BOX, PrimitiveKind.EXTRUSION, PrimitiveKind.THIN_PLATE, PrimitiveKind.OPEN_BOX};

    private final SplittableRandom rnd;
    private final ReshuffleParams params;
    private final List<Part> parts = new ArrayList<>();
    private final List<Soup> soups = new ArrayList<>();
    private double size;

    Assembler(SplittableRandom rnd, ReshuffleParams params) {
        this.rnd = rnd;
        this.params = params;
    }

    /** Builds a shape of {@code target} parts (fewer only if no operation fits after many tries). */
    List<Part> assemble(int target) {
        body();
        int failures = 0;
        while (parts.size() < target && failures < 40) {
            int budget = target - parts.size();
            boolean ok = switch (rnd.nextInt(18)) {
                case 0, 1, 2 -> attach(pickParent(), 1);
                case 3, 4 -> budget >= 2 && attach(pickParent(), 2);
                case 5, 6 -> budget >= 3 && legs(budget);
                case 7, 8 -> budget >= 2 && array(budget);
                case 9, 10 -> handle(budget);
                case 11, 12 -> panel();
                case 13, 14 -> stack();
                case 15, 16 -> inset();
                default -> band();
            };
            failures += ok ? 0 : 1;
        }
        if (rnd.nextDouble() < params.globalDeformProbability()) {
            double[] b = unionBounds();
            Deformation d = Deformation.random(rnd, 0.6, 0.6);
            for (Soup s : soups) {
                d.apply(s, b);
            }
        }
        return List.copyOf(parts);
    }

    private void body() {
        PrimitiveKind kind = BODY[rnd.nextInt(BODY.length)];
        double ex = rnd.nextDouble(0.3, 1), ey = rnd.nextDouble(0.3, 1), ez = rnd.nextDouble(0.3, 1);
        if (kind == PrimitiveKind.THIN_PLATE) {
            ey = 0.06 * Math.max(ex, ez); // table top, seat, shelf
        } else if (round(kind) && rnd.nextBoolean()) {
            ez = ex;
        }
        if (kind == PrimitiveKind.REVOLUTION && rnd.nextBoolean()) { // body and neck of one lathe
            Soup[] two = PrimitiveFactory.splitRevolution(rnd, ex, ey, ez);
            size = Placement.maxExtent(two[0].bounds());
            add(two[0], kind, -1, true);
            add(two[1], kind, 0, true);
            size = Math.max(size, Placement.maxExtent(two[1].bounds()));
            return;
        }
        Soup s = PrimitiveFactory.build(kind, rnd, ex, ey, ez);
        deform(s, 1);
        size = Placement.maxExtent(s.bounds());
        add(s, kind, -1, true);
    }

    /** One child (copies = 1) or a mirrored pair (copies = 2) on a face of {@code parent}. */
    private boolean attach(int parent, int copies) {
        double[] pb = soups.get(parent).bounds();
        double p = Placement.maxExtent(pb);
        double role = rnd.nextDouble();
        PrimitiveKind kind;
        double ex, ey, ez;
        if (role < 0.35) {
            kind = pick(BLOCK);
            ex = rnd.nextDouble(0.25, 0.9) * p;
            ey = rnd.nextDouble(0.15, 0.9) * p;
            ez = rnd.nextDouble(0.25, 0.9) * p;
        } else if (role < 0.6) {
            kind = pick(KNOB);
            ex = Math.max(0.05 * size, rnd.nextDouble(0.06, 0.2) * p);
            ey = Math.max(0.04 * size, rnd.nextDouble(0.05, 0.2) * p);
            ez = ex * rnd.nextDouble(0.7, 1.3);
        } else if (role < 0.78) {
            kind = pick(ROD);
            ey = rnd.nextDouble(0.3, 1.0) * p;
            ex = rnd.nextDouble(0.04, 0.12) * ey;
            ez = kind == PrimitiveKind.SWEPT_TUBE ? 0.3 * ey : ex;
        } else {
            kind = pick(PLATE);
            ex = rnd.nextDouble(0.4, 1.0) * p;
            ez = rnd.nextDouble(0.4, 1.0) * p;
            ey = rnd.nextDouble(0.02, 0.06) * p;
        }
        Soup child = PrimitiveFactory.build(kind, rnd, ex, ey, ez);
        deform(child, 1);
        double face = rnd.nextDouble();
        int axis = face < 0.55 ? 1 : (rnd.nextBoolean() ? 0 : 2);
        int sign = face < 0.4 || (face >= 0.55 && rnd.nextBoolean()) ? 1 : -1;
        boolean lying = kind == PrimitiveKind.ROD ? rnd.nextDouble() < 0.25 : rnd.nextDouble() < 0.2;
        Placement.orient(child, lying ? (axis + 1 + rnd.nextInt(2)) % 3 : axis, lying ? 1 : sign, rnd);
        boolean tilted = rnd.nextDouble() < 0.12;
        boolean upright = axis == 1 && !lying && !tilted;
        if (tilted) {
            Placement.rotate(child, (axis + 1 + rnd.nextInt(2)) % 3, rnd.nextDouble(-0.35, 0.35));
        }
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        double[] at = location(parent, axis, sign);
        double sink = sink(child, axis);
        if (copies == 1) {
            return attachAll(List.of(child), kind, parent, axis, new int[] {sign},
                    new double[] {at[0]}, new double[] {at[1]}, sink, upright);
        }
        Soup twin = child.copy();
        boolean opposite = rnd.nextBoolean();
        if (opposite) { // on the opposite face, mirrored through the parent's mid plane
            Placement.mirror(twin, axis);
            return attachAll(List.of(child, twin), kind, parent, axis, new int[] {sign, -sign},
                    new double[] {at[0], at[0]}, new double[] {at[1], at[1]}, sink, upright);
        }
        boolean acrossB = rnd.nextBoolean();
        Placement.mirror(twin, acrossB ? b : c);
        double mb = Placement.mid(pb, b), mc = Placement.mid(pb, c);
        double[] fb = {at[0], acrossB ? 2 * mb - at[0] : at[0]}, fc = {at[1], acrossB ? at[1] : 2 * mc - at[1]};
        if (Math.abs(fb[0] - fb[1]) + Math.abs(fc[0] - fc[1]) < 0.1 * p) {
            return false; // the twins would overlap
        }
        return attachAll(List.of(child, twin), kind, parent, axis, new int[] {sign, sign}, fb, fc, sink, upright);
    }

    /** 2-4 legs (or posts) under a part, meeting it with their ends, optionally splayed. */
    private boolean legs(int budget) {
        int parent = rnd.nextInt(3) == 0 ? rnd.nextInt(parts.size()) : 0;
        double[] pb = soups.get(parent).bounds();
        double p = Placement.maxExtent(pb);
        int n = budget >= 4 && rnd.nextDouble() < 0.75 ? 4 : 3;
        int sign = rnd.nextDouble() < 0.85 ? -1 : 1;
        PrimitiveKind kind = pick(ROD);
        double len = rnd.nextDouble(0.35, 1.2) * p, thick = rnd.nextDouble(0.03, 0.1) * len;
        Soup leg = PrimitiveFactory.build(kind, rnd, thick, len, kind == PrimitiveKind.SWEPT_TUBE ? 0.2 * len : thick);
        deform(leg, 0.6);
        if (sign < 0) {
            Placement.mirror(leg, 1);
        }
        double splay = n == 4 && rnd.nextDouble() < 0.3 ? rnd.nextDouble(0.05, 0.2) : 0;
        Placement.rotate(leg, 2, -splay * sign); // lean towards +x at the free end
        Placement.rotate(leg, 0, splay * sign);  // and towards +z
        double reach = parts.get(parent).round() ? 0.65 : 0.95; // stay under a round part
        double ix = rnd.nextDouble(0.5, reach) * Placement.extent(pb, 0) / 2;
        double iz = rnd.nextDouble(0.5, reach) * Placement.extent(pb, 2) / 2;
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
        boolean ok = attachAll(copies, kind, parent, 1, signs, fz, fx, sink(leg, 1), splay == 0);
        if (ok && n == 4 && sign < 0 && splay == 0 && budget >= 5 && rnd.nextDouble() < 0.35) {
            apron(parent, pb, ix, iz, len, thick);
        }
        return ok;
    }

    /**
     * An apron (rails) under a part between four legs: four boards joining the legs just below the part, one part
     * made of several pieces, as tables, chairs and benches have.
     */
    private void apron(int parent, double[] pb, double ix, double iz, double len, double thick) {
        double h = rnd.nextDouble(0.06, 0.2) * len, t = rnd.nextDouble(0.3, 0.8) * thick;
        double cx = Placement.mid(pb, 0), cz = Placement.mid(pb, 2), top = pb[1] + Math.min(0.3 * h, 0.02 * size);
        Soup ring = new Soup();
        for (int side = 0; side < 4; side++) {
            boolean alongX = side < 2;
            double at = side % 2 == 0 ? 1 : -1;
            Soup bar = new Soup();
            SoupShapes.box(bar, alongX ? ix : t / 2, h / 2, alongX ? t / 2 : iz, 0, false, false);
            bar.translate(cx + (alongX ? 0 : at * ix), top - h / 2, cz + (alongX ? at * iz : 0));
            ring.append(bar);
        }
        add(ring, PrimitiveKind.BOX, parent, false);
    }

    /** 2-6 equal copies evenly spaced along one direction of a face (knobs, buttons, slats, drawers). */
    private boolean array(int budget) {
        int parent = pickParent();
        double[] pb = soups.get(parent).bounds();
        int axis = rnd.nextBoolean() ? 1 : rnd.nextInt(3), sign = rnd.nextDouble() < 0.8 ? 1 : -1;
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        boolean alongB = rnd.nextBoolean();
        int run = alongB ? b : c, across = alongB ? c : b;
        int n = 2 + rnd.nextInt(Math.min(5, budget - 1));
        double span = rnd.nextDouble(0.5, 0.9) * Placement.extent(pb, run), step = span / n;
        double w = rnd.nextDouble(0.3, 0.85) * step;
        double depth = Math.min(rnd.nextDouble(0.1, 0.9) * Placement.extent(pb, across), 3 * w + 0.1 * size);
        double h = rnd.nextDouble(0.05, 0.4) * Math.max(w, depth);
        PrimitiveKind kind = pick(rnd.nextBoolean() ? KNOB : PANEL);
        Soup proto = PrimitiveFactory.build(kind, rnd, w, h, depth);
        deform(proto, 0.5);
        Placement.orient(proto, axis, sign, run, 1);
        double[] fr = new double[n], fa = new double[n];
        int[] signs = new int[n];
        List<Soup> copies = new ArrayList<>();
        double offset = rnd.nextDouble(-0.25, 0.25) * Placement.extent(pb, across);
        for (int i = 0; i < n; i++) {
            copies.add(i == 0 ? proto : proto.copy());
            fr[i] = Placement.mid(pb, run) + (i - (n - 1) / 2.0) * step;
            fa[i] = Placement.mid(pb, across) + offset;
            signs[i] = sign;
        }
        return attachAll(copies, kind, parent, axis, signs, alongB ? fr : fa, alongB ? fa : fr, 0.2 * h, axis == 1);
    }

    /** A handle (torus segment or arched tube) with both ends on a side of a body; sometimes a mirrored pair. */
    private boolean handle(int budget) {
        int parent = pickParent();
        double[] pb = soups.get(parent).bounds();
        int axis = rnd.nextDouble() < 0.8 ? (rnd.nextBoolean() ? 0 : 2) : 1;
        int sign = rnd.nextBoolean() ? 1 : -1;
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        int spanAxis = axis == 1 ? (rnd.nextBoolean() ? 0 : 2) : (rnd.nextDouble() < 0.6 ? 1 : (axis == 0 ? 2 : 0));
        double width = rnd.nextDouble(0.25, 0.75) * Placement.extent(pb, spanAxis);
        double reach = rnd.nextDouble(0.25, 0.7) * width + 0.03 * size;
        PrimitiveKind kind = rnd.nextBoolean() ? PrimitiveKind.TORUS_SEGMENT : PrimitiveKind.SWEPT_TUBE;
        double tube = rnd.nextDouble(0.06, 0.15) * width;
        Soup h;
        if (kind == PrimitiveKind.SWEPT_TUBE) {
            h = new Soup();
            PrimitiveFactory.randomTube(h, rnd, width, reach, tube, true);
            SoupShapes.centre(h);
        } else {
            h = PrimitiveFactory.build(kind, rnd, width, reach * 2, tube);
        }
        deform(h, 0.3);
        Placement.orient(h, axis, sign, spanAxis, 1);
        double fb = Placement.mid(pb, b) + rnd.nextDouble(-0.2, 0.2) * Placement.extent(pb, b);
        double fc = Placement.mid(pb, c) + rnd.nextDouble(-0.2, 0.2) * Placement.extent(pb, c);
        double sink = 0.5 * tube;
        if (budget >= 2 && rnd.nextDouble() < 0.35) {
            Soup twin = h.copy();
            Placement.mirror(twin, axis);
            return attachAll(List.of(h, twin), kind, parent, axis, new int[] {sign, -sign},
                    new double[] {fb, fb}, new double[] {fc, fc}, sink, false);
        }
        return attachAll(List.of(h), kind, parent, axis, new int[] {sign}, new double[] {fb}, new double[] {fc}, sink, false);
    }

    /** A thin panel flush on a face: door, screen, lid, label. */
    private boolean panel() {
        int parent = pickParent();
        double[] pb = soups.get(parent).bounds();
        int axis = rnd.nextDouble() < 0.7 ? (rnd.nextBoolean() ? 0 : 2) : 1, sign = rnd.nextBoolean() ? 1 : -1;
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        double wb = rnd.nextDouble(0.4, 0.97) * Placement.extent(pb, b);
        double wc = rnd.nextDouble(0.4, 0.97) * Placement.extent(pb, c);
        double t = logUniform(0.003, 0.05) * size; // from pads and labels 0.3% of the shape thick to doors
        PrimitiveKind kind = pick(PANEL);
        Soup s = PrimitiveFactory.build(kind, rnd, wc, t, wb); // local x -> c, local z -> b after orient
        deform(s, 0.2);
        Placement.orient(s, axis, sign, c, 1);
        double fb = Placement.mid(pb, b) + rnd.nextDouble(-0.5, 0.5) * (Placement.extent(pb, b) - wb);
        double fc = Placement.mid(pb, c) + rnd.nextDouble(-0.5, 0.5) * (Placement.extent(pb, c) - wc);
        return attachAll(List.of(s), kind, parent, axis, new int[] {sign}, new double[] {fb}, new double[] {fc},
                rnd.nextDouble(0, 0.3) * t, axis == 1);
    }

    /**
     * A frame (bezel, window frame, drawer front) with a panel set into its opening, flush or slightly recessed,
     * on a face of a part: two parts whose outer faces are almost coplanar (screen in a monitor housing); in 40 %
     * the frame is part of the body it sits on (a pocket), so only the panel is a new part.
     */
    private boolean inset() {
        int parent = pickParent();
        double[] pb = soups.get(parent).bounds();
        int axis = rnd.nextDouble() < 0.7 ? (rnd.nextBoolean() ? 0 : 2) : 1, sign = rnd.nextBoolean() ? 1 : -1;
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        double wb = rnd.nextDouble(0.5, 1.0) * Placement.extent(pb, b);
        double wc = rnd.nextDouble(0.5, 1.0) * Placement.extent(pb, c);
        double border = rnd.nextDouble(0.04, 0.2) * Math.min(wb, wc);
        double depth = logUniform(0.01, 0.08) * size;
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
        double thick = rnd.nextDouble(0.3, 0.9) * depth, recess = rnd.nextDouble(0, 0.4) * (depth - thick);
        Soup panel = PrimitiveFactory.build(pick(PANEL), rnd, wc - 2 * border, thick, wb - 2 * border);
        panel.translate(0, depth / 2 - thick / 2 - recess, 0);
        Soup both = frame.copy();
        both.append(panel);
        Placement.orient(both, axis, sign, c, 1);
        double[] oriented = both.bounds();
        double fb = Placement.mid(pb, b) + rnd.nextDouble(-0.5, 0.5) * (Placement.extent(pb, b) - wb);
        double fc = Placement.mid(pb, c) + rnd.nextDouble(-0.5, 0.5) * (Placement.extent(pb, c) - wc);
        if (!Placement.attach(both, new ArrayList<>(soups), axis, sign, fb, fc, rnd.nextDouble(0, 0.2) * depth)) {
            return false;
        }
        double[] after = both.bounds();
        for (Soup s : List.of(frame, panel)) { // the same orientation and move as the pair
            Placement.orient(s, axis, sign, c, 1);
            s.translate(after[0] - oriented[0], after[1] - oriented[1], after[2] - oriented[2]);
        }
        if (rnd.nextDouble() < 0.4) { // a pocket: the frame belongs to the body (monitor housing and bezel)
            soups.get(parent).append(frame);
            add(panel, PrimitiveKind.THIN_PLATE, parent, false);
        } else {
            add(frame, PrimitiveKind.BOX, parent, false);
            add(panel, PrimitiveKind.THIN_PLATE, parts.size() - 1, false);
        }
        return true;
    }

    private double logUniform(double lo, double hi) {
        return lo * Math.exp(rnd.nextDouble() * Math.log(hi / lo));
    }

    /** A coaxial part on the top or bottom of a part: neck, cap, lid, foot, pedestal. */
    private boolean stack() {
        int parent = pickParent();
        Part pp = parts.get(parent);
        double[] pb = soups.get(parent).bounds();
        int sign = rnd.nextDouble() < 0.75 ? 1 : -1;
        double f = rnd.nextDouble() < 0.5 ? rnd.nextDouble(0.2, 0.6) : rnd.nextDouble(0.6, 1.15);
        PrimitiveKind kind = pick(pp.round() ? STACK_ROUND : STACK_BOXY);
        double ex = f * Placement.extent(pb, 0), ez = f * Placement.extent(pb, 2);
        double ey = rnd.nextDouble(0.08, 0.8) * Placement.maxExtent(pb);
        if (kind == PrimitiveKind.TORUS) {
            ey = Math.min(ey, 0.2 * ex);
        }
        Soup s = PrimitiveFactory.build(kind, rnd, ex, ey, ez);
        deform(s, 0.5);
        if (sign < 0) {
            Placement.mirror(s, 1);
        }
        return attachAll(List.of(s), kind, parent, 1, new int[] {sign}, new double[] {Placement.mid(pb, 2)},
                new double[] {Placement.mid(pb, 0)}, rnd.nextDouble(0.01, 0.1) * ey, true);
    }

    /** A band (label, sleeve) or rim ring around a round upright part, just outside its surface. */
    private boolean band() {
        int parent = pickParent();
        if (!parts.get(parent).round()) {
            return false;
        }
        Soup ps = soups.get(parent);
        double[] pb = ps.bounds();
        double hy = Placement.extent(pb, 1);
        boolean rim = rnd.nextDouble() < 0.35;
        double y0 = rim ? pb[4] - 0.02 * hy : pb[1] + rnd.nextDouble(0.1, 0.6) * hy;
        double y1 = rim ? pb[4] : Math.min(pb[4], y0 + rnd.nextDouble(0.1, 0.35) * hy);
        double cx = Placement.mid(pb, 0), cz = Placement.mid(pb, 2), rx = 0, rz = 0;
        float[] v = ps.corners();
        for (int i = 0, n = 3 * ps.triangleCount(); i < n; i++) {
            double y = v[3 * i + 1];
            if (y >= y0 && y <= y1) {
                rx = Math.max(rx, Math.abs(v[3 * i] - cx));
                rz = Math.max(rz, Math.abs(v[3 * i + 2] - cz));
            }
        }
        if (rx < 0.05 * size || rz < 0.05 * size) {
            return false;
        }
        Soup s = new Soup();
        PrimitiveKind kind;
        if (rim) {
            double r = rnd.nextDouble(0.015, 0.04) * size;
            s = PrimitiveFactory.build(PrimitiveKind.TORUS, rnd, 2 * (rx + r * 0.5), 2 * r, 2 * (rz + r * 0.5));
            kind = PrimitiveKind.TORUS;
        } else {
            double gap = 0.005 * size;
            SoupShapes.frustum(s, rx + gap, rz + gap, 1, y1 - y0, 2 * Math.PI, 0);
            kind = PrimitiveKind.CYLINDER;
        }
        SoupShapes.centre(s);
        s.translate(cx, (y0 + y1) / 2, cz);
        add(s, kind, parent, true);
        return true;
    }

    /** Places all copies (each with its own face sign and footprint centre) or none. */
    private boolean attachAll(List<Soup> copies, PrimitiveKind kind, int parent, int axis, int[] signs,
            double[] fb, double[] fc, double sink, boolean upright) {
        List<Soup> assembly = new ArrayList<>(soups);
        for (int i = 0; i < copies.size(); i++) {
            if (!Placement.attach(copies.get(i), assembly, axis, signs[i], fb[i], fc[i], sink)) {
                return false;
            }
        }
        for (Soup s : copies) {
            add(s, kind, parent, upright);
        }
        return true;
    }

    /** A footprint centre on the face: over a random outermost vertex of the parent, or on its bounds. */
    private double[] location(int parent, int axis, int sign) {
        Soup s = soups.get(parent);
        int b = (axis + 1) % 3, c = (axis + 2) % 3;
        float[] v = s.corners();
        int best = 0;
        double bestH = -Double.MAX_VALUE;
        for (int k = 0; k < 6; k++) {
            int i = rnd.nextInt(3 * s.triangleCount());
            double h = sign * v[3 * i + axis];
            if (h > bestH) {
                bestH = h;
                best = i;
            }
        }
        return new double[] {v[3 * best + b], v[3 * best + c]};
    }

    /** How deep a part sinks into what it touches: a few percent of its depth, never more than 3% of the shape. */
    private double sink(Soup child, int axis) {
        double d = Placement.extent(child.bounds(), axis);
        return Math.min(rnd.nextDouble(0.005, 0.08) * d, 0.03 * size);
    }

    private void deform(Soup s, double scale) {
        if (rnd.nextDouble() < params.deformProbability()) {
            Deformation.random(rnd, 0.5, scale).apply(s);
        }
    }

    private int pickParent() {
        return rnd.nextBoolean() ? 0 : rnd.nextInt(parts.size());
    }

    /** Adds a part; {@code upright}: its local +-y is still the world y axis (bands and stacks rely on it). */
    private void add(Soup s, PrimitiveKind kind, int parent, boolean upright) {
        parts.add(new Part(s, kind, parent, upright && round(kind)));
        soups.add(s);
    }

    private double[] unionBounds() {
        double[] u = soups.get(0).bounds();
        for (Soup s : soups) {
            double[] b = s.bounds();
            for (int a = 0; a < 3; a++) {
                u[a] = Math.min(u[a], b[a]);
                u[a + 3] = Math.max(u[a + 3], b[a + 3]);
            }
        }
        return u;
    }

    private PrimitiveKind pick(PrimitiveKind[] kinds) {
        return kinds[rnd.nextInt(kinds.length)];
    }

    private static boolean round(PrimitiveKind k) {
        return k == PrimitiveKind.CYLINDER || k == PrimitiveKind.FRUSTUM || k == PrimitiveKind.REVOLUTION
                || k == PrimitiveKind.SPHERE || k == PrimitiveKind.SPHERICAL_CAP || k == PrimitiveKind.TORUS;
    }
}
