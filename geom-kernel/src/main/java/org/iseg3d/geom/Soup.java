package org.iseg3d.geom;

import java.util.Arrays;

/**
 * A growable triangle soup: triangle t has its three corners at {@code xyz[9t..9t+8]}. Corners are not shared, so
 * every vertex map must be a function of the position only (then shared corners stay together and no cracks open).
 * Surfaces are built from parametric grids ({@link #grid}); zero-area triangles are dropped on the way in.
 * Mutable and not thread-safe: one soup belongs to one generating thread.
 */
public final class Soup {

    /** Evaluates a parametric surface at (u, v) in [0,1]^2 into {@code out[0..2]}. */
    @FunctionalInterface
    public interface Surface {
        void at(double u, double v, double[] out);
    }

    /** Moves one vertex in place ({@code p[0..2]}); must depend on the position only. */
    @FunctionalInterface
    public interface VertexMap {
        void apply(double[] p);
    }

    private static final double MIN_AREA_SQ = 1e-24;

    private float[] xyz;
    private int size;

    public Soup() {
        xyz = new float[9 * 64];
    }

    private Soup(float[] xyz, int size) {
        this.xyz = xyz;
        this.size = size;
    }

    public int triangleCount() {
        return size / 9;
    }

    /** The backing corner array; only the first {@code 9 * triangleCount()} entries are used. */
    public float[] corners() {
        return xyz;
    }

    public Soup copy() {
        return new Soup(Arrays.copyOf(xyz, Math.max(size, 9)), size);
    }

    public void append(Soup other) {
        ensure(other.size);
        System.arraycopy(other.xyz, 0, xyz, size, other.size);
        size += other.size;
    }

    /** Adds triangle abc unless it has (almost) no area. */
    public void triangle(double[] a, double[] b, double[] c) {
        double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
        double vx = c[0] - a[0], vy = c[1] - a[1], vz = c[2] - a[2];
        double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        if (nx * nx + ny * ny + nz * nz < MIN_AREA_SQ) {
            return;
        }
        ensure(9);
        put(a);
        put(b);
        put(c);
    }

    /** Adds the surface as an {@code nu x nv} grid of quads, two triangles each. */
    public void grid(int nu, int nv, Surface s) {
        double[][] p = new double[(nu + 1) * (nv + 1)][3];
        for (int j = 0; j <= nv; j++) {
            for (int i = 0; i <= nu; i++) {
                s.at((double) i / nu, (double) j / nv, p[j * (nu + 1) + i]);
            }
        }
        for (int j = 0; j < nv; j++) {
            for (int i = 0; i < nu; i++) {
                double[] a = p[j * (nu + 1) + i], b = p[j * (nu + 1) + i + 1];
                double[] c = p[(j + 1) * (nu + 1) + i + 1], d = p[(j + 1) * (nu + 1) + i];
                triangle(a, b, c);
                triangle(a, c, d);
            }
        }
    }

    public void map(VertexMap f) {
        double[] p = new double[3];
        for (int i = 0; i < size; i += 3) {
            p[0] = xyz[i];
            p[1] = xyz[i + 1];
            p[2] = xyz[i + 2];
            f.apply(p);
            xyz[i] = (float) p[0];
            xyz[i + 1] = (float) p[1];
            xyz[i + 2] = (float) p[2];
        }
    }

    public void translate(double dx, double dy, double dz) {
        for (int i = 0; i < size; i += 3) {
            xyz[i] += (float) dx;
            xyz[i + 1] += (float) dy;
            xyz[i + 2] += (float) dz;
        }
    }

    /** Applies the row-major 3x3 matrix {@code m} about the origin. */
    public void linear(double[] m) {
        map(p -> {
            double x = p[0], y = p[1], z = p[2];
            p[0] = m[0] * x + m[1] * y + m[2] * z;
            p[1] = m[3] * x + m[4] * y + m[5] * z;
            p[2] = m[6] * x + m[7] * y + m[8] * z;
        });
    }

    /** Axis-aligned bounds {minX, minY, minZ, maxX, maxY, maxZ}. */
    public double[] bounds() {
        double[] b = {
            Double.MAX_VALUE,
            Double.MAX_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            -Double.MAX_VALUE,
            -Double.MAX_VALUE
        };
        for (int i = 0; i < size; i += 3) {
            for (int a = 0; a < 3; a++) {
                b[a] = Math.min(b[a], xyz[i + a]);
                b[a + 3] = Math.max(b[a + 3], xyz[i + a]);
            }
        }
        return b;
    }

    /** Area of triangle t. */
    public double area(int t) {
        int o = 9 * t;
        double ux = xyz[o + 3] - xyz[o], uy = xyz[o + 4] - xyz[o + 1], uz = xyz[o + 5] - xyz[o + 2];
        double vx = xyz[o + 6] - xyz[o], vy = xyz[o + 7] - xyz[o + 1], vz = xyz[o + 8] - xyz[o + 2];
        double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        return 0.5 * Math.sqrt(nx * nx + ny * ny + nz * nz);
    }

    public double area() {
        double a = 0;
        for (int t = 0; t < triangleCount(); t++) {
            a += area(t);
        }
        return a;
    }

    /** True when every corner coordinate is finite. */
    public boolean isFinite() {
        for (int i = 0; i < size; i++) {
            if (!Float.isFinite(xyz[i])) {
                return false;
            }
        }
        return true;
    }

    /** Writes (x, y, z) into {@code o[0..2]}: the usual last step of a {@link Surface}. */
    public static void set(double[] o, double x, double y, double z) {
        o[0] = x;
        o[1] = y;
        o[2] = z;
    }

    private void put(double[] p) {
        xyz[size++] = (float) p[0];
        xyz[size++] = (float) p[1];
        xyz[size++] = (float) p[2];
    }

    private void ensure(int more) {
        if (size + more > xyz.length) {
            xyz = Arrays.copyOf(xyz, Math.max(xyz.length * 2, size + more));
        }
    }
}
