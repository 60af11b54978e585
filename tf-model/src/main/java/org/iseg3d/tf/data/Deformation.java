package org.iseg3d.tf.data;

import java.util.SplittableRandom;
import org.iseg3d.geom.Soup;

/**
 * A mild free-form deformation of a primitive or a whole shape along its y axis: taper, bend, twist, anisotropic
 * scale and a smooth vertex noise. Real parts are rarely perfect primitives; these close part of the gap between
 * generated primitives and real parts (reference notes: "the limit is the gap between the generated primitives and
 * real parts"). Every step is a smooth function of the position alone, so shared triangle corners stay shared.
 *
 * @param taper  relative change of the xz size from the bottom to the top (0 = none), in [-0.9, 0.9]
 * @param bend   total bending angle in radians over the height, in the xy plane, |bend| <= pi/2
 * @param twist  total twist in radians about y over the height, |twist| <= pi/2
 * @param scaleX anisotropic scale of x, positive
 * @param scaleZ anisotropic scale of z, positive
 * @param noise  amplitude of the smooth noise relative to the size, in [0, 0.05]
 * @param phase  phase seed of the noise field
 */
record Deformation(double taper, double bend, double twist, double scaleX, double scaleZ, double noise, double phase) {

    /** No deformation. */
    static final Deformation NONE = new Deformation(0, 0, 0, 1, 1, 0, 0);

    Deformation {
        if (!(Math.abs(taper) <= 0.9) || !(Math.abs(bend) <= Math.PI / 2) || !(Math.abs(twist) <= Math.PI / 2)) {
            throw new IllegalArgumentException("taper, bend or twist out of range");
        }
        if (!(scaleX > 0) || !(scaleZ > 0) || !Double.isFinite(scaleX) || !Double.isFinite(scaleZ)) {
            throw new IllegalArgumentException("scales must be positive");
        }
        if (!(noise >= 0 && noise <= 0.05) || !Double.isFinite(phase)) {
            throw new IllegalArgumentException("noise must be in [0, 0.05]");
        }
    }

    /**
     * A random mild deformation: each effect is switched on with probability {@code p}; {@code strength} in [0,1]
     * scales the ranges (taper up to 0.5, bend up to 0.6 rad, twist up to 0.5 rad, scale 0.75..1.33, noise 0.8%).
     */
    static Deformation random(SplittableRandom rnd, double p, double strength) {
        double taper = rnd.nextDouble() < p ? strength * rnd.nextDouble(-0.5, 0.35) : 0;
        double bend = rnd.nextDouble() < p ? strength * rnd.nextDouble(-0.6, 0.6) : 0;
        double twist = rnd.nextDouble() < p * 0.5 ? strength * rnd.nextDouble(-0.5, 0.5) : 0;
        boolean aniso = rnd.nextDouble() < p;
        double sx = aniso ? Math.exp(strength * rnd.nextDouble(-0.29, 0.29)) : 1;
        double sz = aniso ? Math.exp(strength * rnd.nextDouble(-0.29, 0.29)) : 1;
        double noise = rnd.nextDouble() < p ? strength * rnd.nextDouble(0, 0.008) : 0;
        return new Deformation(taper, bend, twist, sx, sz, noise, rnd.nextDouble(0, 100));
    }

    boolean isIdentity() {
        return taper == 0 && bend == 0 && twist == 0 && scaleX == 1 && scaleZ == 1 && noise == 0;
    }

    /** Deforms the soup in place, relative to its bounding box (centre and height). Cost O(triangles). */
    void apply(Soup s) {
        if (s.triangleCount() > 0) {
            apply(s, s.bounds());
        }
    }

    /** Deforms the soup in place relative to the given bounds (so several parts can share one deformation). */
    void apply(Soup s, double[] b) {
        if (isIdentity() || s.triangleCount() == 0) {
            return;
        }
        double cx = (b[0] + b[3]) / 2, cy = (b[1] + b[4]) / 2, cz = (b[2] + b[5]) / 2;
        double size = Math.max(1e-9, Math.max(b[4] - b[1], Math.max(b[3] - b[0], b[5] - b[2])));
        double height = Math.max(b[4] - b[1], 0.25 * size); // flat parts: bend and twist gently, not wildly
        double radius = bend == 0 ? 0 : height / bend; // signed bending radius
        double freq = 2 * Math.PI * 2.5 / size;
        s.map(p -> {
            double x = (p[0] - cx) * scaleX, y = p[1] - cy, z = (p[2] - cz) * scaleZ;
            double t = y / height; // -0.5 .. 0.5
            double f = 1 + taper * t; // the mid-height size is kept
            x *= f;
            z *= f;
            if (twist != 0) {
                double a = twist * t, c = StrictMath.cos(a), sn = StrictMath.sin(a);
                double nx = c * x - sn * z;
                z = sn * x + c * z;
                x = nx;
            }
            if (noise != 0) {
                double amp = noise * size;
                double dx = amp * StrictMath.sin(freq * y + phase) * StrictMath.cos(freq * z - phase);
                double dy = amp * StrictMath.sin(freq * z + 2 * phase) * StrictMath.cos(freq * x + phase);
                double dz = amp * StrictMath.sin(freq * x + 3 * phase) * StrictMath.cos(freq * y - phase);
                x += dx;
                y += dy;
                z += dz;
            }
            if (radius != 0) { // bend in the xy plane about the centre of curvature (radius, 0)
                double th = y / radius, c = StrictMath.cos(th), sn = StrictMath.sin(th);
                double nx = radius - (radius - x) * c;
                y = (radius - x) * sn;
                x = nx;
            }
            p[0] = x + cx;
            p[1] = y + cy;
            p[2] = z + cz;
        });
    }
}
