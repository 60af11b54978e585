package org.iseg3d.geom;

import java.util.ArrayList;
import java.util.List;

/** Surface of revolution: revolves a {@link Profile} around the +Y axis. */
public final class Lathe {

    private static final double POLE_EPS = 1e-7;

    private Lathe() {}

    /** Revolves the profile with {@code segments} around; no caps. */
    public static Mesh revolve(Profile profile, int segments) {
        return revolve(profile, segments, false, false);
    }

    /**
     * Revolves the profile. Points on the axis (r = 0) become single pole vertices. When
     * {@code capStart}/{@code capEnd} are set and the first/last point is off the axis, a flat disc
     * closes that end (facing -Y at the start, +Y at the end; profiles run bottom to top).
     */
    public static Mesh revolve(Profile profile, int segments, boolean capStart, boolean capEnd) {
        List<Profile.Point> pts = profile.points();
        if (pts.size() < 2 || segments < 3) {
            throw new IllegalArgumentException("profile needs >= 2 points and >= 3 segments");
        }
        int n = pts.size();
        double[][] segNormal = new double[n - 1][];
        for (int i = 0; i < n - 1; i++) {
            double dr = pts.get(i + 1).r() - pts.get(i).r();
            double dy = pts.get(i + 1).y() - pts.get(i).y();
            double len = StrictMath.sqrt(dr * dr + dy * dy);
            segNormal[i] = new double[] {dy / len, -dr / len};
        }
        MeshBuilder b = new MeshBuilder();
        int[][] ringIn = new int[n][];
        int[][] ringOut = new int[n][];
        for (int i = 0; i < n; i++) {
            Profile.Point p = pts.get(i);
            double[] nin = i > 0 ? segNormal[i - 1] : segNormal[0];
            double[] nout = i < n - 1 ? segNormal[i] : segNormal[n - 2];
            if (p.sharp() && i > 0 && i < n - 1) {
                ringIn[i] = ring(b, p, nin, segments);
                ringOut[i] = ring(b, p, nout, segments);
            } else {
                double[] avg = {nin[0] + nout[0], nin[1] + nout[1]};
                if (avg[0] * avg[0] + avg[1] * avg[1] < 1e-12) {
                    avg = nout;
                }
                ringIn[i] = ring(b, p, avg, segments);
                ringOut[i] = ringIn[i];
            }
        }
        for (int i = 0; i < n - 1; i++) {
            int[] lo = ringOut[i];
            int[] hi = ringIn[i + 1];
            for (int j = 0; j < segments; j++) {
                int j1 = (j + 1) % segments;
                int a0 = lo[lo.length == 1 ? 0 : j];
                int a1 = lo[lo.length == 1 ? 0 : j1];
                int b0 = hi[hi.length == 1 ? 0 : j];
                int b1 = hi[hi.length == 1 ? 0 : j1];
                b.triangle(a0, b0, b1);
                b.triangle(a0, b1, a1);
            }
        }
        if (capStart && pts.get(0).r() > POLE_EPS) {
            cap(b, pts.get(0), segments, false);
        }
        if (capEnd && pts.get(n - 1).r() > POLE_EPS) {
            cap(b, pts.get(n - 1), segments, true);
        }
        return b.build();
    }

    private static int[] ring(MeshBuilder b, Profile.Point p, double[] n2, int segments) {
        if (p.r() < POLE_EPS) {
            double ny = n2[1] >= 0 ? 1 : -1;
            return new int[] {b.vertex(new Vec3(0, p.y(), 0), new Vec3(0, ny, 0))};
        }
        int[] ring = new int[segments];
        for (int j = 0; j < segments; j++) {
            double a = 2 * Math.PI * j / segments;
            double c = StrictMath.cos(a);
            double s = StrictMath.sin(a);
            ring[j] = b.vertex(new Vec3(p.r() * c, p.y(), p.r() * s), new Vec3(n2[0] * c, n2[1], n2[0] * s));
        }
        return ring;
    }

    private static void cap(MeshBuilder b, Profile.Point p, int segments, boolean up) {
        Vec3 normal = new Vec3(0, up ? 1 : -1, 0);
        int centre = b.vertex(new Vec3(0, p.y(), 0), normal);
        List<Integer> ring = new ArrayList<>();
        for (int j = 0; j < segments; j++) {
            double a = 2 * Math.PI * j / segments;
            ring.add(b.vertex(new Vec3(p.r() * StrictMath.cos(a), p.y(), p.r() * StrictMath.sin(a)), normal));
        }
        for (int j = 0; j < segments; j++) {
            int v0 = ring.get(j);
            int v1 = ring.get((j + 1) % segments);
            if (up) {
                b.triangle(centre, v1, v0);
            } else {
                b.triangle(centre, v0, v1);
            }
        }
    }
}
