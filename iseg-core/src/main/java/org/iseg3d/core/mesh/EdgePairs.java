package org.iseg3d.core.mesh;

import java.util.Arrays;

/**
 * The pairs of triangles that share an edge of the welded mesh, with the edge length: one pair per manifold edge,
 * every pair of its first {@code maxFan} triangles (by triangle index) on an edge shared by more. Degenerate
 * triangles take no part.
 *
 * <p>No edge hash: a vertex → (triangle, other two vertices) table in CSR form (entries in triangle order) is built;
 * edge (a, x), a &lt; x, is found in a's row as the entries naming x, and handled at the first of them. Rows are
 * scanned contiguously, so a mesh in random triangle order costs about as much as a coherent one:
 * O(T + Σ deg²) ≈ O(T · mean degree).
 */
final class EdgePairs {

    int[] first;
    int[] second;
    float[] length;
    int size;

    private EdgePairs(int capacity) {
        first = new int[capacity];
        second = new int[capacity];
        length = new float[capacity];
    }

    static EdgePairs of(WeldedMesh welded, boolean[] degenerate, int maxFan) {
        int[] corner = welded.vertexOfCorner();
        float[] v = welded.vertices();
        int triangles = corner.length / 3;
        int vertices = welded.vertexCount();
        int[] start = new int[vertices + 1];
        for (int t = 0; t < triangles; t++) {
            if (!degenerate[t]) {
                start[corner[3 * t] + 1]++;
                start[corner[3 * t + 1] + 1]++;
                start[corner[3 * t + 2] + 1]++;
            }
        }
        for (int i = 0; i < vertices; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = java.util.Arrays.copyOf(start, vertices);
        int[] row = new int[3 * start[vertices]]; // per entry: triangle, the other two vertices
        for (int t = 0; t < triangles; t++) {
            if (!degenerate[t]) {
                for (int k = 0; k < 3; k++) {
                    int e = 3 * fill[corner[3 * t + k]]++;
                    row[e] = t;
                    row[e + 1] = corner[3 * t + (k + 1) % 3];
                    row[e + 2] = corner[3 * t + (k + 2) % 3];
                }
            }
        }
        EdgePairs out = new EdgePairs(Math.max(16, 3 * triangles / 2 + 16));
        int[] fan = new int[maxFan];
        for (int a = 0; a < vertices; a++) {
            int from = start[a], to = start[a + 1];
            for (int i = from; i < to; i++) {
                for (int side = 1; side <= 2; side++) {
                    int x = row[3 * i + side];
                    if (x < a || named(row, from, i, x)) {
                        continue; // the edge is handled from x's row, or at an earlier entry of this row
                    }
                    int n = 0;
                    for (int j = i; j < to && n < maxFan; j++) {
                        if (row[3 * j + 1] == x || row[3 * j + 2] == x) {
                            fan[n++] = row[3 * j];
                        }
                    }
                    if (n < 2) {
                        continue;
                    }
                    float dx = v[3 * a] - v[3 * x], dy = v[3 * a + 1] - v[3 * x + 1], dz = v[3 * a + 2] - v[3 * x + 2];
                    float len = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
                    for (int p = 0; p < n; p++) {
                        for (int q = p + 1; q < n; q++) {
                            out.add(fan[p], fan[q], len);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether an entry of row [from, to) names vertex x. */
    private static boolean named(int[] row, int from, int to, int x) {
        for (int j = from; j < to; j++) {
            if (row[3 * j + 1] == x || row[3 * j + 2] == x) {
                return true;
            }
        }
        return false;
    }

    private void add(int a, int b, float len) {
        if (size == first.length) {
            first = Arrays.copyOf(first, 2 * size);
            second = Arrays.copyOf(second, 2 * size);
            length = Arrays.copyOf(length, 2 * size);
        }
        first[size] = a;
        second[size] = b;
        length[size] = len;
        size++;
    }
}
