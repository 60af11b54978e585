package org.iseg3d.core.mesh;

import java.util.Arrays;

/**
 * The pairs of triangles that share an edge of the welded mesh, with the edge length: one pair per manifold edge,
 * every pair of its first {@code maxFan} triangles on an edge shared by more. Degenerate triangles take no part.
 *
 * <p>No edge hash: a vertex → triangles table (CSR, triangles ascending) is built, and the triangles on edge (a, b)
 * are those of the lower-degree end that contain the other end. An edge is emitted by the lowest triangle on it,
 * so each edge once. O(T · mean vertex degree).
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
        int[] fill = Arrays.copyOf(start, vertices);
        int[] tris = new int[start[vertices]];
        for (int t = 0; t < triangles; t++) {
            if (!degenerate[t]) {
                tris[fill[corner[3 * t]]++] = t;
                tris[fill[corner[3 * t + 1]]++] = t;
                tris[fill[corner[3 * t + 2]]++] = t;
            }
        }
        EdgePairs out = new EdgePairs(Math.max(16, 3 * triangles / 2 + 16));
        int[] fan = new int[maxFan];
        for (int t = 0; t < triangles; t++) {
            if (degenerate[t]) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int a = corner[3 * t + k], b = corner[3 * t + (k + 1) % 3];
                int scan = start[a + 1] - start[a] <= start[b + 1] - start[b] ? a : b;
                int other = scan == a ? b : a;
                int n = 0;
                boolean owner = true;
                for (int i = start[scan]; i < start[scan + 1]; i++) {
                    int u = tris[i];
                    if (corner[3 * u] == other || corner[3 * u + 1] == other || corner[3 * u + 2] == other) {
                        if (u < t) {
                            owner = false;
                            break;
                        }
                        if (n < maxFan) {
                            fan[n++] = u;
                        }
                    }
                }
                if (!owner || n < 2) {
                    continue;
                }
                float dx = v[3 * a] - v[3 * b], dy = v[3 * a + 1] - v[3 * b + 1], dz = v[3 * a + 2] - v[3 * b + 2];
                float len = (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        out.add(fan[i], fan[j], len);
                    }
                }
            }
        }
        return out;
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
