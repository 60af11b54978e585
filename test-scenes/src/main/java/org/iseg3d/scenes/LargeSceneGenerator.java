package org.iseg3d.scenes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic large multi-part scene for scalability measurements: many finely tessellated parts (tori of
 * varied radii, orientation and tessellation, linked like chain mail on a 3D grid) whose triangle counts add up to
 * the requested total (exactly, up to a few triangles of rounding per part).
 *
 * <p>A part has about {@value #TRIANGLES_PER_PART} triangles (never fewer than 8 parts, never more than
 * {@value #MAX_PARTS}); a torus with {@code nu x nv} vertices has {@code 2 nu nv} triangles, shared vertices,
 * analytic unit normals and counter-clockwise outward faces, so 1M triangles are ~0.5M vertices. Parts are named
 * {@code part_000}, {@code part_001}, ... The same (targetTriangles, seed) gives the same object (SplittableRandom,
 * StrictMath), hence byte-identical {@code .glb} files. Cost O(targetTriangles).
 */
public final class LargeSceneGenerator {

    /** Category of the generated object. */
    public static final String CATEGORY = "large";
    /** Default total, the scalability target. */
    public static final int DEFAULT_TRIANGLES = 1_000_000;
    /** Triangles per part the generator aims for. */
    public static final int TRIANGLES_PER_PART = 10_000;
    /** Upper bound on the number of parts. */
    public static final int MAX_PARTS = 1000;

    private LargeSceneGenerator() {}

    /**
     * Builds the scene.
     *
     * @param targetTriangles total triangles wanted, &gt;= 1000
     */
    public static SceneObject build(int targetTriangles, long seed) {
        if (targetTriangles < 1000) {
            throw new IllegalArgumentException("targetTriangles must be >= 1000, got " + targetTriangles);
        }
        int parts = Math.max(8, Math.min(MAX_PARTS, targetTriangles / TRIANGLES_PER_PART));
        int grid = (int) Math.ceil(Math.cbrt(parts));
        SplittableRandom rnd = new SplittableRandom(seed);
        List<MeshPart> out = new ArrayList<>(parts);
        int left = targetTriangles;
        for (int p = 0; p < parts; p++) {
            int want = left / (parts - p);
            double major = 0.25 + 0.15 * rnd.nextDouble();
            double minor = major * (0.18 + 0.2 * rnd.nextDouble());
            // vertices around the ring (nu) vs around the tube (nv) in proportion to the two circumferences
            double aspect = major / minor;
            int nv = Math.max(3, (int) Math.round(Math.sqrt(want / (2.0 * aspect))));
            int nu = Math.max(3, (int) Math.round(want / (2.0 * nv)));
            double[] rotation = rotation(
                    rnd.nextDouble() * 2 * Math.PI, rnd.nextDouble() * Math.PI, rnd.nextDouble() * 2 * Math.PI);
            double[] center = {
                p % grid + 0.1 * (rnd.nextDouble() - 0.5),
                (p / grid) % grid + 0.1 * (rnd.nextDouble() - 0.5),
                p / (grid * grid) + 0.1 * (rnd.nextDouble() - 0.5),
            };
            MeshPart part = torus(String.format(Locale.ROOT, "part_%03d", p), major, minor, nu, nv, rotation, center);
            out.add(part);
            left -= part.triangleCount();
        }
        return new SceneObject(CATEGORY, String.format(Locale.ROOT, "large_%d", targetTriangles), out);
    }

    /** Builds and writes the scene as .glb (atomically); returns the object. */
    public static SceneObject write(int targetTriangles, long seed, Path file) throws IOException {
        SceneObject object = build(targetTriangles, seed);
        GlbWriter.write(object, file);
        return object;
    }

    private static MeshPart torus(String name, double major, double minor, int nu, int nv, double[] r, double[] c) {
        float[] pos = new float[3 * nu * nv];
        float[] nor = new float[3 * nu * nv];
        for (int i = 0; i < nu; i++) {
            double u = 2 * Math.PI * i / nu;
            double cu = StrictMath.cos(u);
            double su = StrictMath.sin(u);
            for (int j = 0; j < nv; j++) {
                double v = 2 * Math.PI * j / nv;
                double cv = StrictMath.cos(v);
                double sv = StrictMath.sin(v);
                double[] n = {cv * cu, sv, cv * su};
                double[] q = {(major + minor * cv) * cu, minor * sv, (major + minor * cv) * su};
                int k = 3 * (i * nv + j);
                for (int a = 0; a < 3; a++) {
                    pos[k + a] = (float) (r[3 * a] * q[0] + r[3 * a + 1] * q[1] + r[3 * a + 2] * q[2] + c[a]);
                    nor[k + a] = (float) (r[3 * a] * n[0] + r[3 * a + 1] * n[1] + r[3 * a + 2] * n[2]);
                }
                normalise(nor, k);
            }
        }
        int[] idx = new int[6 * nu * nv];
        int t = 0;
        for (int i = 0; i < nu; i++) {
            int i1 = (i + 1) % nu;
            for (int j = 0; j < nv; j++) {
                int j1 = (j + 1) % nv;
                int a = i * nv + j;
                int b = i1 * nv + j;
                int cc = i1 * nv + j1;
                int d = i * nv + j1;
                // counter-clockwise seen from outside (normal = d/du x d/dv direction reversed)
                idx[t++] = a;
                idx[t++] = d;
                idx[t++] = cc;
                idx[t++] = a;
                idx[t++] = cc;
                idx[t++] = b;
            }
        }
        return new MeshPart(name, pos, nor, idx);
    }

    private static void normalise(float[] n, int k) {
        double len = Math.sqrt((double) n[k] * n[k] + (double) n[k + 1] * n[k + 1] + (double) n[k + 2] * n[k + 2]);
        for (int a = 0; a < 3; a++) {
            n[k + a] = (float) (n[k + a] / len);
        }
    }

    /** Row-major rotation matrix Rz(c) Ry(b) Rz(a). */
    private static double[] rotation(double a, double b, double c) {
        double[] za = rz(a);
        double[] yb = {StrictMath.cos(b), 0, StrictMath.sin(b), 0, 1, 0, -StrictMath.sin(b), 0, StrictMath.cos(b)};
        return mul(rz(c), mul(yb, za));
    }

    private static double[] rz(double t) {
        return new double[] {StrictMath.cos(t), -StrictMath.sin(t), 0, StrictMath.sin(t), StrictMath.cos(t), 0, 0, 0, 1
        };
    }

    private static double[] mul(double[] x, double[] y) {
        double[] o = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    o[3 * i + j] += x[3 * i + k] * y[3 * k + j];
                }
            }
        }
        return o;
    }
}
