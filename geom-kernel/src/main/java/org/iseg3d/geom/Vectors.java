package org.iseg3d.geom;

/** 3-vectors as {@code double[3]} for the soup builders (the allocation-light counterpart of {@link Vec3}). */
public final class Vectors {

    private Vectors() {}

    public static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    public static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /** The unit vector along a, or +x for a (nearly) zero vector. */
    public static double[] unit(double[] a) {
        double l = Math.sqrt(dot(a, a));
        if (l < 1e-12) {
            return new double[] {1, 0, 0};
        }
        return new double[] {a[0] / l, a[1] / l, a[2] / l};
    }
}
