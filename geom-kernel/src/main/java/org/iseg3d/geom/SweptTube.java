package org.iseg3d.geom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Tubes swept with parallel-transport frames (no twist flips), in two forms. {@link #of}: an indexed {@link Mesh}
 * along a polyline, with smooth normals; the cross-section is an ellipse (radius x aspect in the binormal
 * direction), the radius may vary along the path, and ends may be closed with flat caps (hard edge); the benchmark
 * objects are built with it. {@link #sweep}: a {@link Soup} along a Catmull-Rom curve through control points,
 * circular, tapering linearly, capped at both ends by discs; the training shapes are built with it. The two forms
 * keep their own frame seeds and arithmetic, so each generator's output stays what it was.
 */
public final class SweptTube {

    /** Curve samples of {@link #sweep}. */
    public static final int SWEEP_SAMPLES = 24;

    private SweptTube() {}

    /** Circular tube of constant radius, both ends capped. */
    public static Mesh of(List<Vec3> path, double radius, int sides) {
        return of(path, t -> radius, 1.0, sides, true, true, null);
    }

    /** Circular tube whose radius is {@code radiusAt(t)}, t in [0, 1] along the arc length. */
    public static Mesh of(List<Vec3> path, DoubleUnaryOperator radiusAt, int sides) {
        return of(path, radiusAt, 1.0, sides, true, true, null);
    }

    /**
     * Full form.
     *
     * @param path       at least two distinct points
     * @param radiusAt   radius along normalised arc length
     * @param aspect     binormal radius / normal radius (1 = circle)
     * @param sides      ring resolution
     * @param capStart   close the first end
     * @param capEnd     close the last end
     * @param normalHint initial frame normal (projected perpendicular to the first tangent), or null
     */
    public static Mesh of(
            List<Vec3> path,
            DoubleUnaryOperator radiusAt,
            double aspect,
            int sides,
            boolean capStart,
            boolean capEnd,
            Vec3 normalHint) {
        List<Vec3> p = dedupe(path);
        int n = p.size();
        if (n < 2 || sides < 3) {
            throw new IllegalArgumentException("tube needs >= 2 distinct points and >= 3 sides");
        }
        double[] s = new double[n];
        for (int i = 1; i < n; i++) {
            s[i] = s[i - 1] + p.get(i).distance(p.get(i - 1));
        }
        double total = s[n - 1];
        Vec3[] tangents = new Vec3[n];
        for (int i = 0; i < n; i++) {
            Vec3 a = p.get(Math.max(0, i - 1));
            Vec3 b = p.get(Math.min(n - 1, i + 1));
            tangents[i] = b.sub(a).normalized();
        }
        Vec3[] normals = new Vec3[n];
        Vec3 hint = normalHint != null ? normalHint : leastAligned(tangents[0]);
        normals[0] = hint.sub(tangents[0].scale(hint.dot(tangents[0]))).normalizedOr(leastAligned(tangents[0]));
        for (int i = 1; i < n; i++) {
            Vec3 prev = normals[i - 1];
            Vec3 proj = prev.sub(tangents[i].scale(prev.dot(tangents[i])));
            normals[i] = proj.normalizedOr(leastAligned(tangents[i]));
        }
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            radius[i] = radiusAt.applyAsDouble(total > 0 ? s[i] / total : 0);
        }
        MeshBuilder b = new MeshBuilder();
        int[][] rings = new int[n][];
        for (int i = 0; i < n; i++) {
            Vec3 t = tangents[i];
            Vec3 nn = normals[i];
            Vec3 bn = t.cross(nn);
            int i0 = Math.max(0, i - 1);
            int i1 = Math.min(n - 1, i + 1);
            double slope = s[i1] > s[i0] ? (radius[i1] - radius[i0]) / (s[i1] - s[i0]) : 0;
            rings[i] = new int[sides];
            for (int k = 0; k < sides; k++) {
                double a = 2 * Math.PI * k / sides;
                double c = StrictMath.cos(a);
                double sn = StrictMath.sin(a);
                Vec3 off = nn.scale(radius[i] * c).add(bn.scale(radius[i] * aspect * sn));
                Vec3 normal =
                        nn.scale(c).add(bn.scale(sn / aspect)).normalized().sub(t.scale(slope));
                rings[i][k] = b.vertex(p.get(i).add(off), normal);
            }
        }
        for (int i = 0; i < n - 1; i++) {
            for (int k = 0; k < sides; k++) {
                int k1 = (k + 1) % sides;
                b.triangle(rings[i][k], rings[i][k1], rings[i + 1][k1]);
                b.triangle(rings[i][k], rings[i + 1][k1], rings[i + 1][k]);
            }
        }
        Mesh body = b.build();
        List<Mesh> parts = new ArrayList<>();
        parts.add(body);
        if (capStart) {
            parts.add(cap(body, rings[0], p.get(0), tangents[0].scale(-1), false));
        }
        if (capEnd) {
            parts.add(cap(body, rings[n - 1], p.get(n - 1), tangents[n - 1], true));
        }
        return Mesh.merge(parts);
    }

    private static Mesh cap(Mesh body, int[] ring, Vec3 centre, Vec3 normal, boolean end) {
        MeshBuilder b = new MeshBuilder();
        int c = b.vertex(centre, normal);
        float[] pos = body.positions();
        int[] r = new int[ring.length];
        for (int k = 0; k < ring.length; k++) {
            int v = ring[k];
            r[k] = b.vertex(new Vec3(pos[3 * v], pos[3 * v + 1], pos[3 * v + 2]), normal);
        }
        for (int k = 0; k < r.length; k++) {
            int k1 = (k + 1) % r.length;
            if (end) {
                b.triangle(c, r[k], r[k1]);
            } else {
                b.triangle(c, r[k1], r[k]);
            }
        }
        return b.build();
    }

    private static Vec3 leastAligned(Vec3 t) {
        double ax = Math.abs(t.x());
        double ay = Math.abs(t.y());
        double az = Math.abs(t.z());
        Vec3 h = ax <= ay && ax <= az ? Vec3.X : ay <= az ? Vec3.Y : Vec3.Z;
        return h.sub(t.scale(h.dot(t))).normalized();
    }

    private static List<Vec3> dedupe(List<Vec3> path) {
        List<Vec3> out = new ArrayList<>();
        for (Vec3 v : path) {
            if (out.isEmpty() || out.get(out.size() - 1).distance(v) > 1e-7) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Sweeps a circle of radius r (tapering linearly to r * endScale) along the Catmull-Rom curve through the control
     * points {@code x0, y0, z0, x1, ...} ({@link Curves#catmullRomAt} per coordinate, {@link #SWEEP_SAMPLES} steps,
     * {@link SoupShapes#AROUND} around), and closes both ends with discs.
     */
    public static void sweep(Soup s, double[] control, double r, double endScale) {
        int k = control.length / 3;
        int samples = SWEEP_SAMPLES;
        double[][] c = new double[samples + 1][3];
        for (int i = 0; i <= samples; i++) {
            double t = (double) i / samples;
            for (int a = 0; a < 3; a++) {
                double[] knots = new double[k];
                for (int j = 0; j < k; j++) {
                    knots[j] = control[3 * j + a];
                }
                c[i][a] = Curves.catmullRomAt(knots, t);
            }
        }
        double[][] tan = new double[samples + 1][];
        for (int i = 0; i <= samples; i++) {
            double[] a = c[Math.max(0, i - 1)], b = c[Math.min(samples, i + 1)];
            tan[i] = Vectors.unit(new double[] {b[0] - a[0], b[1] - a[1], b[2] - a[2]});
        }
        double[][] nor = new double[samples + 1][];
        double[] seed = Math.abs(tan[0][1]) < 0.9 ? new double[] {0, 1, 0} : new double[] {1, 0, 0};
        nor[0] = Vectors.unit(Vectors.cross(Vectors.cross(tan[0], seed), tan[0]));
        for (int i = 1; i <= samples; i++) { // parallel transport: remove the tangential part, renormalise
            double[] n = nor[i - 1];
            double d = Vectors.dot(n, tan[i]);
            nor[i] = Vectors.unit(new double[] {n[0] - d * tan[i][0], n[1] - d * tan[i][1], n[2] - d * tan[i][2]});
        }
        s.grid(SoupShapes.AROUND, samples, (u, v, o) -> {
            int i = (int) Math.round(v * samples);
            double[] n = nor[i], b = Vectors.cross(tan[i], n);
            double th = 2 * Math.PI * u, rr = r * (1 + (endScale - 1) * v);
            double ct = StrictMath.cos(th), st = StrictMath.sin(th);
            for (int a = 0; a < 3; a++) {
                o[a] = c[i][a] + rr * (ct * n[a] + st * b[a]);
            }
        });
        for (int end = 0; end <= samples; end += samples) {
            int i = end;
            double[] n = nor[i], b = Vectors.cross(tan[i], n);
            double rr = r * (end == 0 ? 1 : endScale);
            s.grid(SoupShapes.AROUND, 2, (u, v, o) -> {
                double th = 2 * Math.PI * u;
                double ct = StrictMath.cos(th) * v, st = StrictMath.sin(th) * v;
                for (int a = 0; a < 3; a++) {
                    o[a] = c[i][a] + rr * (ct * n[a] + st * b[a]);
                }
            });
        }
    }
}
