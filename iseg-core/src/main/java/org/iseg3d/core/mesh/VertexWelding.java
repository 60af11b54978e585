package org.iseg3d.core.mesh;

import java.util.Arrays;

/**
 * Welds the corners of a whole model by position only (issue 12: never by Geometry, material, node or group), so
 * triangles split at UV/normal seams, material borders or Geometry borders still count as neighbours.
 *
 * <p>Two stages, both O(corners) expected, no per-corner objects:
 * <ol>
 * <li>corners with bit-identical positions (-0 = +0) share one entry: open addressing on the float bits (most
 *     corners of a real mesh repeat a position, so stage 2 sees few entries);</li>
 * <li>positions within {@code tolerance} = {@code relativeTolerance} × bounding-box diagonal of an earlier welded
 *     vertex take its id: hashing on a grid of cells of 2 × tolerance, where a tolerance ball touches at most the
 *     8 cells of the 2×2×2 block nearest the point. Of several welded vertices within tolerance the lowest id
 *     wins, so the result depends only on the corner order (deterministic).</li>
 * </ol>
 * Corners with a non-finite coordinate are never welded (each gets its own vertex). Welding is not transitive: a
 * position joins a vertex within tolerance of the vertex's first corner, not of every corner welded to it.
 */
public final class VertexWelding {

    /** Default relative tolerance: 1e-6 × bounding-box diagonal (float precision of a model is ~1e-7 of its size). */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-6;

    /** Smallest relative tolerance used for the grid (keeps cell coordinates in int range); below it: exact only. */
    private static final double MIN_RELATIVE_TOLERANCE = 1e-9;

    private VertexWelding() {
    }

    public static WeldedMesh weld(TriangleMesh mesh) {
        return weld(mesh, DEFAULT_RELATIVE_TOLERANCE);
    }

    /**
     * @param relativeTolerance weld distance as a fraction of the bounding-box diagonal; 0 welds only identical
     *                          positions
     */
    public static WeldedMesh weld(TriangleMesh mesh, double relativeTolerance) {
        if (!(relativeTolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0: " + relativeTolerance);
        }
        float[] xyz = mesh.xyz();
        int corners = xyz.length / 3;
        Exact exact = exact(xyz, corners);
        double[] box = mesh.bounds();
        double diagonal = mesh.diagonal();
        int[] vertexOfEntry;
        float[] vertices;
        if (relativeTolerance < MIN_RELATIVE_TOLERANCE || diagonal == 0) {
            vertexOfEntry = null;
            vertices = Arrays.copyOf(exact.positions, 3 * exact.count);
        } else {
            Grid grid = new Grid(exact.positions, exact.count, box, relativeTolerance * diagonal);
            vertexOfEntry = grid.vertexOfEntry;
            vertices = Arrays.copyOf(grid.vertices, 3 * grid.count);
        }
        int[] vertexOfCorner = exact.entryOfCorner;
        if (vertexOfEntry != null) {
            for (int c = 0; c < corners; c++) {
                vertexOfCorner[c] = vertexOfEntry[vertexOfCorner[c]];
            }
        }
        return new WeldedMesh(vertexOfCorner, vertices);
    }

    /** Stage 1 output: an entry per distinct position (first-corner order), the entry of each corner. */
    private record Exact(int[] entryOfCorner, float[] positions, int count) {
    }

    private static Exact exact(float[] xyz, int corners) {
        int cap = Integer.highestOneBit(Math.max(16, corners / 2)) << 1;
        int mask = cap - 1;
        int[] table = new int[cap]; // entry + 1, 0 = empty
        int[] hashOf = new int[Math.max(16, corners / 4)];
        float[] pos = new float[3 * hashOf.length];
        int[] out = new int[corners];
        int next = 0;
        for (int c = 0; c < corners; c++) {
            float x = xyz[3 * c] + 0f; // + 0f folds -0 into +0
            float y = xyz[3 * c + 1] + 0f;
            float z = xyz[3 * c + 2] + 0f;
            boolean finite = Float.isFinite(x) && Float.isFinite(y) && Float.isFinite(z);
            int h = mix(Float.floatToRawIntBits(x) * 0x9E3779B1 + Float.floatToRawIntBits(y) * 0x85EBCA77
                    + Float.floatToRawIntBits(z) * 0xC2B2AE3D);
            int slot = h & mask;
            int found = -1;
            if (finite) {
                for (int id = table[slot] - 1; id >= 0; id = table[slot] - 1) {
                    if (hashOf[id] == h && pos[3 * id] == x && pos[3 * id + 1] == y && pos[3 * id + 2] == z) {
                        found = id;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            if (found >= 0) {
                out[c] = found;
                continue;
            }
            if (next == hashOf.length) {
                hashOf = Arrays.copyOf(hashOf, 2 * next);
                pos = Arrays.copyOf(pos, 6 * next);
            }
            hashOf[next] = h;
            pos[3 * next] = x;
            pos[3 * next + 1] = y;
            pos[3 * next + 2] = z;
            out[c] = next;
            if (finite) {
                table[slot] = next + 1;
            }
            next++;
            if (2 * next > cap) {
                cap <<= 1;
                mask = cap - 1;
                table = rehash(hashOf, pos, next, cap);
            }
        }
        return new Exact(out, pos, next);
    }

    private static int[] rehash(int[] hashOf, float[] pos, int ids, int cap) {
        int[] table = new int[cap];
        int mask = cap - 1;
        for (int id = 0; id < ids; id++) {
            if (!Float.isFinite(pos[3 * id]) || !Float.isFinite(pos[3 * id + 1]) || !Float.isFinite(pos[3 * id + 2])) {
                continue;
            }
            int slot = hashOf[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
        return table;
    }

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        h ^= h >>> 16;
        return h;
    }

    /** Stage 2: tolerance welding of distinct positions on a hashed grid of cells of 2 × tolerance. */
    private static final class Grid {
        final int[] vertexOfEntry;
        float[] vertices;
        int count;
        private final int[] cellX, cellY, cellZ; // cell of each welded vertex
        private final int[] nextInCell; // chain of welded vertices sharing a cell
        private final int[] table; // head vertex + 1 of a cell, 0 = empty
        private final int mask;

        Grid(float[] pos, int entries, double[] box, double tolerance) {
            vertexOfEntry = new int[entries];
            vertices = new float[3 * entries];
            cellX = new int[entries];
            cellY = new int[entries];
            cellZ = new int[entries];
            nextInCell = new int[entries];
            int cap = Integer.highestOneBit(Math.max(16, 2 * entries)) << 1;
            table = new int[cap];
            mask = cap - 1;
            double inv = 1 / (2 * tolerance);
            double tol2 = tolerance * tolerance;
            for (int e = 0; e < entries; e++) {
                float x = pos[3 * e], y = pos[3 * e + 1], z = pos[3 * e + 2];
                if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(z)) {
                    vertexOfEntry[e] = add(x, y, z, 0, 0, 0, false);
                    continue;
                }
                double ux = (x - box[0]) * inv, uy = (y - box[1]) * inv, uz = (z - box[2]) * inv;
                int cx = (int) Math.floor(ux), cy = (int) Math.floor(uy), cz = (int) Math.floor(uz);
                int dx = ux - cx < 0.5 ? -1 : 1, dy = uy - cy < 0.5 ? -1 : 1, dz = uz - cz < 0.5 ? -1 : 1;
                int best = Integer.MAX_VALUE;
                for (int k = 0; k < 8; k++) {
                    int qx = cx + ((k & 1) != 0 ? dx : 0);
                    int qy = cy + ((k & 2) != 0 ? dy : 0);
                    int qz = cz + ((k & 4) != 0 ? dz : 0);
                    for (int v = head(qx, qy, qz); v >= 0; v = nextInCell[v]) {
                        if (v < best) {
                            double ex = vertices[3 * v] - x, ey = vertices[3 * v + 1] - y, ez = vertices[3 * v + 2] - z;
                            if (ex * ex + ey * ey + ez * ez <= tol2) {
                                best = v;
                            }
                        }
                    }
                }
                vertexOfEntry[e] = best != Integer.MAX_VALUE ? best : add(x, y, z, cx, cy, cz, true);
            }
        }

        private int add(float x, float y, float z, int cx, int cy, int cz, boolean insert) {
            int v = count++;
            vertices[3 * v] = x;
            vertices[3 * v + 1] = y;
            vertices[3 * v + 2] = z;
            cellX[v] = cx;
            cellY[v] = cy;
            cellZ[v] = cz;
            nextInCell[v] = -1;
            if (insert) {
                int slot = slot(cx, cy, cz);
                int h = table[slot] - 1;
                if (h >= 0) {
                    nextInCell[v] = h;
                }
                table[slot] = v + 1;
            }
            return v;
        }

        /** First welded vertex of a cell, -1 if none. */
        private int head(int cx, int cy, int cz) {
            return table[slot(cx, cy, cz)] - 1;
        }

        /** The table slot of a cell: its own slot if present, else the empty slot where it would go. */
        private int slot(int cx, int cy, int cz) {
            int s = mix(cx * 0x9E3779B1 + cy * 0x85EBCA77 + cz * 0xC2B2AE3D) & mask;
            for (int v = table[s] - 1; v >= 0; v = table[s] - 1) {
                if (cellX[v] == cx && cellY[v] == cy && cellZ[v] == cz) {
                    return s;
                }
                s = (s + 1) & mask;
            }
            return s;
        }
    }
}
