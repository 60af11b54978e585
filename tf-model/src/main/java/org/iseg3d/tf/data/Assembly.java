package org.iseg3d.tf.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;

/**
 * The shape under construction in {@link Assembler}: its parts and their soups, the random stream, the overall size,
 * the kind tables each operation draws from, and the steps every operation shares (pick a parent, a footprint on its
 * face, sink depth, deform, attach a set of copies or none). Not thread-safe: one instance per shape.
 */
final class Assembly {

    static final PrimitiveKind[] BODY = {
        PrimitiveKind.BOX,
        PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.BEVELLED_BOX,
        PrimitiveKind.CYLINDER,
        PrimitiveKind.FRUSTUM,
        PrimitiveKind.SPHERE,
        PrimitiveKind.REVOLUTION,
        PrimitiveKind.REVOLUTION,
        PrimitiveKind.EXTRUSION,
        PrimitiveKind.THIN_PLATE,
        PrimitiveKind.THIN_PLATE,
        PrimitiveKind.OPEN_BOX,
        PrimitiveKind.SPHERICAL_CAP,
        PrimitiveKind.ROUNDED_BOX
    };
    static final PrimitiveKind[] BLOCK = {
        PrimitiveKind.BOX,
        PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.BEVELLED_BOX,
        PrimitiveKind.CYLINDER,
        PrimitiveKind.FRUSTUM,
        PrimitiveKind.SPHERE,
        PrimitiveKind.SPHERICAL_CAP,
        PrimitiveKind.EXTRUSION,
        PrimitiveKind.REVOLUTION,
        PrimitiveKind.OPEN_BOX,
        PrimitiveKind.TORUS,
        PrimitiveKind.PARTIAL_CYLINDER,
        PrimitiveKind.FILLET
    };
    static final PrimitiveKind[] KNOB = {
        PrimitiveKind.CYLINDER,
        PrimitiveKind.SPHERE,
        PrimitiveKind.SPHERICAL_CAP,
        PrimitiveKind.FRUSTUM,
        PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.BOX,
        PrimitiveKind.TORUS,
        PrimitiveKind.EXTRUSION
    };
    static final PrimitiveKind[] ROD = {
        PrimitiveKind.ROD,
        PrimitiveKind.ROD,
        PrimitiveKind.FRUSTUM,
        PrimitiveKind.BOX,
        PrimitiveKind.EXTRUSION,
        PrimitiveKind.SWEPT_TUBE,
        PrimitiveKind.REVOLUTION
    };
    static final PrimitiveKind[] PLATE = {
        PrimitiveKind.THIN_PLATE,
        PrimitiveKind.THIN_PLATE,
        PrimitiveKind.PLANE,
        PrimitiveKind.DISC,
        PrimitiveKind.ANNULUS,
        PrimitiveKind.BOX,
        PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.PARTIAL_CYLINDER,
        PrimitiveKind.EXTRUSION
    };
    static final PrimitiveKind[] PANEL = {
        PrimitiveKind.THIN_PLATE,
        PrimitiveKind.THIN_PLATE,
        PrimitiveKind.BOX,
        PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.BEVELLED_BOX,
        PrimitiveKind.EXTRUSION
    };
    static final PrimitiveKind[] STACK_ROUND = {
        PrimitiveKind.CYLINDER,
        PrimitiveKind.FRUSTUM,
        PrimitiveKind.REVOLUTION,
        PrimitiveKind.SPHERICAL_CAP,
        PrimitiveKind.SPHERE,
        PrimitiveKind.TORUS,
        PrimitiveKind.CYLINDER
    };
    static final PrimitiveKind[] STACK_BOXY = {
        PrimitiveKind.BOX,
        PrimitiveKind.ROUNDED_BOX,
        PrimitiveKind.BEVELLED_BOX,
        PrimitiveKind.EXTRUSION,
        PrimitiveKind.THIN_PLATE,
        PrimitiveKind.OPEN_BOX
    };

    final SplittableRandom rnd;
    final ReshuffleParams params;
    final List<Assembler.Part> parts = new ArrayList<>();
    final List<Soup> soups = new ArrayList<>();
    /** The body's largest extent (the shape's scale for knobs, sinks and gaps). */
    double size;

    Assembly(SplittableRandom rnd, ReshuffleParams params) {
        this.rnd = rnd;
        this.params = params;
    }

    double logUniform(double lo, double hi) {
        return lo * Math.exp(rnd.nextDouble() * Math.log(hi / lo));
    }

    /** Places all copies (each with its own face sign and footprint centre) or none. */
    boolean attachAll(
            List<Soup> copies,
            PrimitiveKind kind,
            int parent,
            int axis,
            int[] signs,
            double[] fb,
            double[] fc,
            double sink,
            boolean upright) {
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
    double[] location(int parent, int axis, int sign) {
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
    double sink(Soup child, int axis) {
        double d = Placement.extent(child.bounds(), axis);
        return Math.min(rnd.nextDouble(0.005, 0.08) * d, 0.03 * size);
    }

    void deform(Soup s, double scale) {
        if (rnd.nextDouble() < params.deformProbability()) {
            Deformation.random(rnd, 0.5, scale).apply(s);
        }
    }

    int pickParent() {
        return rnd.nextBoolean() ? 0 : rnd.nextInt(parts.size());
    }

    /** Adds a part; {@code upright}: its local +-y is still the world y axis (bands and stacks rely on it). */
    void add(Soup s, PrimitiveKind kind, int parent, boolean upright) {
        parts.add(new Assembler.Part(s, kind, parent, upright && round(kind)));
        soups.add(s);
    }

    double[] unionBounds() {
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

    PrimitiveKind pick(PrimitiveKind[] kinds) {
        return kinds[rnd.nextInt(kinds.length)];
    }

    static boolean round(PrimitiveKind k) {
        return k == PrimitiveKind.CYLINDER
                || k == PrimitiveKind.FRUSTUM
                || k == PrimitiveKind.REVOLUTION
                || k == PrimitiveKind.SPHERE
                || k == PrimitiveKind.SPHERICAL_CAP
                || k == PrimitiveKind.TORUS;
    }
}
