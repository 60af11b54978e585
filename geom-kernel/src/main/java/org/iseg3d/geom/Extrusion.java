package org.iseg3d.geom;

import java.util.ArrayList;
import java.util.List;

/**
 * Extrudes a closed 2D outline (in the XY plane) along +Z from z = 0 to z = depth with flat caps.
 * Side-wall vertices are shared where the outline turns by less than {@code smoothAngle} (smooth
 * normals) and split at sharper corners (hard edges).
 */
public final class Extrusion {

    private static final double DEFAULT_SMOOTH_ANGLE = Math.toRadians(35);

    private Extrusion() {}

    public static Mesh of(List<Outline.P2> outline, double depth) {
        return of(outline, depth, DEFAULT_SMOOTH_ANGLE);
    }

    public static Mesh of(List<Outline.P2> outline, double depth, double smoothAngle) {
        return of(outline, depth, smoothAngle, 1);
    }

    /** As {@link #of(List, double, double)} with the side walls split into {@code depthSegments} rows. */
    public static Mesh of(List<Outline.P2> outline, double depth, double smoothAngle, int depthSegments) {
        List<Outline.P2> poly = new ArrayList<>(outline);
        if (Outline.signedArea(poly) < 0) {
            java.util.Collections.reverse(poly);
        }
        int n = poly.size();
        double[][] en = new double[n][];
        for (int i = 0; i < n; i++) {
            Outline.P2 a = poly.get(i);
            Outline.P2 b = poly.get((i + 1) % n);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.hypot(dx, dy);
            en[i] = new double[] {dy / len, -dx / len};
        }
        MeshBuilder side = new MeshBuilder();
        int rows = Math.max(1, depthSegments);
        // per outline vertex: column of indices (z = 0 .. depth) for the edge ending / starting here
        int[][] endOf = new int[n][];
        int[][] startOf = new int[n][];
        double cosLimit = StrictMath.cos(smoothAngle);
        for (int i = 0; i < n; i++) {
            double[] nin = en[(i + n - 1) % n];
            double[] nout = en[i];
            Outline.P2 p = poly.get(i);
            double cos = nin[0] * nout[0] + nin[1] * nout[1];
            if (cos >= cosLimit) {
                int[] column = column(side, p, new Vec3(nin[0] + nout[0], nin[1] + nout[1], 0), depth, rows);
                endOf[i] = column;
                startOf[i] = column;
            } else {
                endOf[i] = column(side, p, new Vec3(nin[0], nin[1], 0), depth, rows);
                startOf[i] = column(side, p, new Vec3(nout[0], nout[1], 0), depth, rows);
            }
        }
        for (int i = 0; i < n; i++) {
            int[] a = startOf[i];
            int[] b = endOf[(i + 1) % n];
            for (int r = 0; r < rows; r++) {
                side.triangle(a[r], b[r], b[r + 1]);
                side.triangle(a[r], b[r + 1], a[r + 1]);
            }
        }
        int[] tris = Triangulator.earClip(poly);
        return Mesh.merge(side.build(), cap(poly, tris, depth, true), cap(poly, tris, 0, false));
    }

    private static int[] column(MeshBuilder b, Outline.P2 p, Vec3 normal, double depth, int rows) {
        int[] c = new int[rows + 1];
        for (int r = 0; r <= rows; r++) {
            c[r] = b.vertex(new Vec3(p.x(), p.y(), depth * r / rows), normal);
        }
        return c;
    }

    private static Mesh cap(List<Outline.P2> poly, int[] tris, double z, boolean front) {
        MeshBuilder b = new MeshBuilder();
        Vec3 n = new Vec3(0, 0, front ? 1 : -1);
        for (Outline.P2 p : poly) {
            b.vertex(new Vec3(p.x(), p.y(), z), n);
        }
        for (int t = 0; t < tris.length; t += 3) {
            if (front) {
                b.triangle(tris[t], tris[t + 1], tris[t + 2]);
            } else {
                b.triangle(tris[t], tris[t + 2], tris[t + 1]);
            }
        }
        return b.build();
    }
}
