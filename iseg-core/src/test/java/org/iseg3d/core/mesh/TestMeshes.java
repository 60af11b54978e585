package org.iseg3d.core.mesh;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Generated meshes for the facet tests and benchmark: all triangle soups, counter-clockwise seen from outside. */
public final class TestMeshes {

    private TestMeshes() {}

    /** Unit cube [0,1]³, 8 shared vertices, 12 triangles; triangles 2f, 2f+1 are face f. */
    public static TriangleMesh cube() {
        float[] v = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1};
        int[] quads = {0, 3, 2, 1, 4, 5, 6, 7, 0, 1, 5, 4, 2, 3, 7, 6, 1, 2, 6, 5, 0, 4, 7, 3};
        int[] tris = new int[36];
        for (int f = 0; f < 6; f++) {
            int a = quads[4 * f], b = quads[4 * f + 1], c = quads[4 * f + 2], d = quads[4 * f + 3];
            System.arraycopy(new int[] {a, b, c, a, c, d}, 0, tris, 6 * f, 6);
        }
        return TriangleMesh.indexed(v, tris);
    }

    /**
     * An axis-aligned box [0,sx]×[0,sy]×[0,sz], each face an n×n grid of quads split in two: 12 n² triangles,
     * face by face (triangles [2n²f, 2n²(f+1)) are face f).
     */
    public static TriangleMesh boxGrid(int n, float sx, float sy, float sz) {
        float[] xyz = new float[12 * n * n * 9];
        int o = 0;
        for (int face = 0; face < 6; face++) {
            int axis = face / 2;
            boolean high = face % 2 == 1;
            int u = (axis + 1) % 3, w = (axis + 2) % 3;
            float[] size = {sx, sy, sz};
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    float[][] q = new float[4][3];
                    int[][] ij = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
                    for (int k = 0; k < 4; k++) {
                        q[k][axis] = high ? size[axis] : 0;
                        q[k][u] = size[u] * ij[k][0] / n;
                        q[k][w] = size[w] * ij[k][1] / n;
                    }
                    int[] order = high ? new int[] {0, 1, 2, 0, 2, 3} : new int[] {0, 2, 1, 0, 3, 2};
                    for (int k : order) {
                        xyz[o++] = q[k][0];
                        xyz[o++] = q[k][1];
                        xyz[o++] = q[k][2];
                    }
                }
            }
        }
        return new TriangleMesh(xyz);
    }

    /**
     * A closed cylinder around z (radius r, height h): side of {@code segments} × {@code rings} quads (2 triangles
     * each, first), then the bottom and top caps as fans around a centre vertex (segments triangles each).
     */
    public static TriangleMesh cylinder(int segments, int rings, float r, float h) {
        int side = segments * (rings + 1);
        float[] v = new float[3 * (side + 2)];
        for (int k = 0; k <= rings; k++) {
            for (int s = 0; s < segments; s++) {
                double a = 2 * Math.PI * s / segments;
                int i = k * segments + s;
                v[3 * i] = (float) (r * Math.cos(a));
                v[3 * i + 1] = (float) (r * Math.sin(a));
                v[3 * i + 2] = h * k / rings;
            }
        }
        int bottom = side, top = side + 1;
        v[3 * top + 2] = h;
        int[] tris = new int[3 * (2 * segments * rings + 2 * segments)];
        int o = 0;
        for (int k = 0; k < rings; k++) {
            for (int s = 0; s < segments; s++) {
                int a = k * segments + s, b = k * segments + (s + 1) % segments;
                int c = b + segments, d = a + segments;
                int[] two = {a, b, c, a, c, d};
                System.arraycopy(two, 0, tris, o, 6);
                o += 6;
            }
        }
        for (int s = 0; s < segments; s++) {
            int a = s, b = (s + 1) % segments;
            tris[o++] = bottom;
            tris[o++] = b;
            tris[o++] = a;
        }
        for (int s = 0; s < segments; s++) {
            int a = rings * segments + s, b = rings * segments + (s + 1) % segments;
            tris[o++] = top;
            tris[o++] = a;
            tris[o++] = b;
        }
        return TriangleMesh.indexed(v, tris);
    }

    /** A UV sphere of radius 1: {@code rings} × {@code segments} quads, the pole rows as triangles. */
    public static TriangleMesh sphere(int segments, int rings) {
        float[] v = new float[3 * (segments * (rings + 1))];
        for (int k = 0; k <= rings; k++) {
            double theta = Math.PI * k / rings;
            for (int s = 0; s < segments; s++) {
                double phi = 2 * Math.PI * s / segments;
                int i = k * segments + s;
                v[3 * i] = (float) (Math.sin(theta) * Math.cos(phi));
                v[3 * i + 1] = (float) (Math.sin(theta) * Math.sin(phi));
                v[3 * i + 2] = (float) Math.cos(theta);
            }
        }
        int[] tris = new int[6 * segments * rings];
        int o = 0;
        for (int k = 0; k < rings; k++) {
            for (int s = 0; s < segments; s++) {
                int a = k * segments + s, b = k * segments + (s + 1) % segments;
                int c = b + segments, d = a + segments;
                if (k > 0) {
                    tris[o++] = a;
                    tris[o++] = d;
                    tris[o++] = b;
                }
                if (k < rings - 1) {
                    tris[o++] = b;
                    tris[o++] = d;
                    tris[o++] = c;
                }
            }
        }
        return TriangleMesh.indexed(v, Arrays.copyOf(tris, o));
    }

    /** The soup with the winding of the triangles t with {@code flip[t]} reversed. */
    public static TriangleMesh flipped(TriangleMesh mesh, boolean[] flip) {
        float[] xyz = mesh.xyz().clone();
        for (int t = 0; t < flip.length; t++) {
            if (flip[t]) {
                for (int k = 0; k < 3; k++) {
                    float tmp = xyz[9 * t + 3 + k];
                    xyz[9 * t + 3 + k] = xyz[9 * t + 6 + k];
                    xyz[9 * t + 6 + k] = tmp;
                }
            }
        }
        return new TriangleMesh(xyz);
    }

    /** Two meshes as one soup (a's triangles first). */
    public static TriangleMesh concat(TriangleMesh a, TriangleMesh b) {
        float[] xyz = Arrays.copyOf(a.xyz(), a.xyz().length + b.xyz().length);
        System.arraycopy(b.xyz(), 0, xyz, a.xyz().length, b.xyz().length);
        return new TriangleMesh(xyz);
    }

    /** A random permutation of the triangles (perm[new] = old), corners also rotated at random. */
    public static int[] permutation(int n, long seed) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }

    public static TriangleMesh permuted(TriangleMesh mesh, int[] perm, long rotationSeed) {
        SplittableRandom r = new SplittableRandom(rotationSeed);
        float[] xyz = new float[mesh.xyz().length];
        for (int t = 0; t < perm.length; t++) {
            int rot = r.nextInt(3);
            for (int k = 0; k < 3; k++) {
                System.arraycopy(mesh.xyz(), 9 * perm[t] + 3 * ((k + rot) % 3), xyz, 9 * t + 3 * k, 3);
            }
        }
        return new TriangleMesh(xyz);
    }
}
