package org.iseg3d.geom;

/** Affine transform {@code p -> M p + t} (3x3 matrix in row-major order plus translation). */
public final class Affine {

    private final double[] m;
    private final double tx;
    private final double ty;
    private final double tz;

    private Affine(double[] m, double tx, double ty, double tz) {
        this.m = m;
        this.tx = tx;
        this.ty = ty;
        this.tz = tz;
    }

    public static Affine identity() {
        return new Affine(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 0, 0, 0);
    }

    public static Affine translation(double x, double y, double z) {
        return new Affine(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, x, y, z);
    }

    public static Affine translation(Vec3 v) {
        return translation(v.x(), v.y(), v.z());
    }

    public static Affine scale(double sx, double sy, double sz) {
        return new Affine(new double[] {sx, 0, 0, 0, sy, 0, 0, 0, sz}, 0, 0, 0);
    }

    public static Affine scale(double s) {
        return scale(s, s, s);
    }

    /** Mirror across the plane x = 0. */
    public static Affine mirrorX() {
        return scale(-1, 1, 1);
    }

    /** Mirror across the plane z = 0. */
    public static Affine mirrorZ() {
        return scale(1, 1, -1);
    }

    public static Affine rotationX(double a) {
        double c = StrictMath.cos(a);
        double s = StrictMath.sin(a);
        return new Affine(new double[] {1, 0, 0, 0, c, -s, 0, s, c}, 0, 0, 0);
    }

    public static Affine rotationY(double a) {
        double c = StrictMath.cos(a);
        double s = StrictMath.sin(a);
        return new Affine(new double[] {c, 0, s, 0, 1, 0, -s, 0, c}, 0, 0, 0);
    }

    public static Affine rotationZ(double a) {
        double c = StrictMath.cos(a);
        double s = StrictMath.sin(a);
        return new Affine(new double[] {c, -s, 0, s, c, 0, 0, 0, 1}, 0, 0, 0);
    }

    /** Rotation by {@code angle} (right-handed) around the unit {@code axis} through the origin. */
    public static Affine rotation(Vec3 axis, double angle) {
        Vec3 u = axis.normalized();
        double c = StrictMath.cos(angle);
        double s = StrictMath.sin(angle);
        double k = 1 - c;
        double x = u.x();
        double y = u.y();
        double z = u.z();
        return new Affine(
                new double[] {
                    c + x * x * k,
                    x * y * k - z * s,
                    x * z * k + y * s,
                    y * x * k + z * s,
                    c + y * y * k,
                    y * z * k - x * s,
                    z * x * k - y * s,
                    z * y * k + x * s,
                    c + z * z * k
                },
                0,
                0,
                0);
    }

    /** Rotation around an axis through {@code pivot}. */
    public static Affine rotationAbout(Vec3 pivot, Vec3 axis, double angle) {
        return translation(pivot.scale(-1)).then(rotation(axis, angle)).then(translation(pivot));
    }

    /** Composition: first this transform, then {@code next}. */
    public Affine then(Affine next) {
        double[] a = next.m;
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[3 * i + j] = a[3 * i] * m[j] + a[3 * i + 1] * m[3 + j] + a[3 * i + 2] * m[6 + j];
            }
        }
        Vec3 t = next.apply(new Vec3(tx, ty, tz));
        return new Affine(r, t.x(), t.y(), t.z());
    }

    public Vec3 apply(Vec3 p) {
        return new Vec3(
                m[0] * p.x() + m[1] * p.y() + m[2] * p.z() + tx,
                m[3] * p.x() + m[4] * p.y() + m[5] * p.z() + ty,
                m[6] * p.x() + m[7] * p.y() + m[8] * p.z() + tz);
    }

    /** Applies the linear part only (directions). */
    public Vec3 applyDirection(Vec3 d) {
        return new Vec3(
                m[0] * d.x() + m[1] * d.y() + m[2] * d.z(),
                m[3] * d.x() + m[4] * d.y() + m[5] * d.z(),
                m[6] * d.x() + m[7] * d.y() + m[8] * d.z());
    }

    /** Transforms a surface normal with the inverse transpose and renormalises it. */
    public Vec3 applyNormal(Vec3 n) {
        // cofactor matrix = det * inverse transpose
        double c00 = m[4] * m[8] - m[5] * m[7];
        double c01 = m[5] * m[6] - m[3] * m[8];
        double c02 = m[3] * m[7] - m[4] * m[6];
        double c10 = m[2] * m[7] - m[1] * m[8];
        double c11 = m[0] * m[8] - m[2] * m[6];
        double c12 = m[1] * m[6] - m[0] * m[7];
        double c20 = m[1] * m[5] - m[2] * m[4];
        double c21 = m[2] * m[3] - m[0] * m[5];
        double c22 = m[0] * m[4] - m[1] * m[3];
        double sign = determinant() < 0 ? -1 : 1;
        Vec3 r = new Vec3(
                c00 * n.x() + c01 * n.y() + c02 * n.z(),
                c10 * n.x() + c11 * n.y() + c12 * n.z(),
                c20 * n.x() + c21 * n.y() + c22 * n.z());
        return r.scale(sign).normalizedOr(n);
    }

    public double determinant() {
        return m[0] * (m[4] * m[8] - m[5] * m[7])
                - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }
}
