package org.iseg3d.geom;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Axis-aligned box centred at the origin with rounded edges and corners. With radius 0 it is a
 * plain box with hard edges. Vertices on the rounded surface are shared (smooth normals).
 */
public final class RoundedBox {

    /** Box faces, used to leave faces open. */
    public enum Face {
        POS_X,
        NEG_X,
        POS_Y,
        NEG_Y,
        POS_Z,
        NEG_Z
    }

    private RoundedBox() {}

    /** Closed rounded box with full sizes sx, sy, sz, edge radius and 3 segments per rounded edge. */
    public static Mesh of(double sx, double sy, double sz, double radius) {
        return of(sx, sy, sz, radius, 3, 1, 1, 1, EnumSet.noneOf(Face.class));
    }

    /**
     * Full form.
     *
     * @param roundSegments segments per 45 degrees of each rounded edge
     * @param nx            segments across the flat part along x (same for ny, nz)
     * @param open          faces that are left out
     */
    public static Mesh of(
            double sx, double sy, double sz, double radius, int roundSegments, int nx, int ny, int nz, Set<Face> open) {
        double hx = sx / 2;
        double hy = sy / 2;
        double hz = sz / 2;
        double r = Math.max(0, Math.min(radius, Math.min(hx, Math.min(hy, hz))));
        double[] xs = axis(hx, r, roundSegments, nx);
        double[] ys = axis(hy, r, roundSegments, ny);
        double[] zs = axis(hz, r, roundSegments, nz);
        Vec3 inner = new Vec3(hx - r, hy - r, hz - r);
        MeshBuilder b = r > 0 ? MeshBuilder.welding(1e-7) : null;
        List<Mesh> flat = new ArrayList<>();
        // axis indices: face normal axis, U axis, V axis with U x V = normal
        addFace(b, flat, open, Face.POS_Z, 2, +1, 0, 1, xs, ys, zs, hx, hy, hz, r, inner);
        addFace(b, flat, open, Face.NEG_Z, 2, -1, 1, 0, xs, ys, zs, hx, hy, hz, r, inner);
        addFace(b, flat, open, Face.POS_X, 0, +1, 1, 2, xs, ys, zs, hx, hy, hz, r, inner);
        addFace(b, flat, open, Face.NEG_X, 0, -1, 2, 1, xs, ys, zs, hx, hy, hz, r, inner);
        addFace(b, flat, open, Face.POS_Y, 1, +1, 2, 0, xs, ys, zs, hx, hy, hz, r, inner);
        addFace(b, flat, open, Face.NEG_Y, 1, -1, 0, 2, xs, ys, zs, hx, hy, hz, r, inner);
        return b != null ? b.build() : Mesh.merge(flat);
    }

    private static void addFace(
            MeshBuilder shared,
            List<Mesh> flat,
            Set<Face> open,
            Face face,
            int axis,
            int sign,
            int uAxis,
            int vAxis,
            double[] xs,
            double[] ys,
            double[] zs,
            double hx,
            double hy,
            double hz,
            double r,
            Vec3 inner) {
        if (open.contains(face)) {
            return;
        }
        double[][] coords = {xs, ys, zs};
        double[] half = {hx, hy, hz};
        double[] us = coords[uAxis];
        double[] vs = coords[vAxis];
        MeshBuilder b = shared != null ? shared : new MeshBuilder();
        int[][] grid = new int[us.length][vs.length];
        for (int i = 0; i < us.length; i++) {
            for (int j = 0; j < vs.length; j++) {
                double[] c = new double[3];
                c[axis] = sign * half[axis];
                c[uAxis] = us[i];
                c[vAxis] = vs[j];
                Vec3 p = new Vec3(c[0], c[1], c[2]);
                Vec3 pos;
                Vec3 nrm;
                if (r > 0) {
                    Vec3 in = new Vec3(clamp(p.x(), inner.x()), clamp(p.y(), inner.y()), clamp(p.z(), inner.z()));
                    nrm = p.sub(in).normalized();
                    pos = in.add(nrm.scale(r));
                } else {
                    double[] nv = new double[3];
                    nv[axis] = sign;
                    nrm = new Vec3(nv[0], nv[1], nv[2]);
                    pos = p;
                }
                grid[i][j] = b.vertex(pos, nrm);
            }
        }
        for (int i = 0; i < us.length - 1; i++) {
            for (int j = 0; j < vs.length - 1; j++) {
                b.quad(grid[i][j], grid[i + 1][j], grid[i + 1][j + 1], grid[i][j + 1]);
            }
        }
        if (shared == null) {
            flat.add(b.build());
        }
    }

    private static double clamp(double v, double lim) {
        return Math.max(-lim, Math.min(lim, v));
    }

    /** Coordinates along one axis: rounded zone, flat zone, rounded zone. */
    static double[] axis(double h, double r, int roundSegments, int flatSegments) {
        List<Double> out = new ArrayList<>();
        double core = h - r;
        if (r > 0) {
            for (int j = roundSegments; j >= 1; j--) {
                out.add(-(core + r * StrictMath.tan(Math.PI / 4 * j / roundSegments)));
            }
        }
        if (core > 1e-9) {
            for (int k = 0; k <= flatSegments; k++) {
                out.add(-core + 2 * core * k / flatSegments);
            }
        } else {
            out.add(0.0);
        }
        if (r > 0) {
            for (int j = 1; j <= roundSegments; j++) {
                out.add(core + r * StrictMath.tan(Math.PI / 4 * j / roundSegments));
            }
        }
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }
}
