package org.iseg3d.core.mesh;

import java.util.Arrays;

/**
 * Welds the corners of a whole model by position only (issue 12: never by Geometry, material, node or group), so
 * triangles split at UV/normal seams, material borders or Geometry borders still count as neighbours.
 *
 * <p>A corner joins the lowest-numbered welded vertex within {@code tolerance} = {@code relativeTolerance} ×
 * bounding-box diagonal of it (positions are compared with the vertex's first corner); if there is none it starts a
 * new vertex. The result depends only on the corner order (deterministic). Welding is not transitive: a corner near
 * a vertex's first corner joins it, one near another corner of that vertex may not.
 *
 * <p>Hashing on a grid, O(corners) expected, no per-corner objects: cells are at least 16 × tolerance wide, so a
 * tolerance ball reaches a neighbouring cell along an axis only when the corner is within tolerance of that face of
 * its cell (on average ~1.4 cells are looked up per corner, one for most). The table holds vertex ids keyed by
 * cell; a vertex's cell is recomputed from its position, so no per-vertex cell is stored. Before the grid, a small
 * direct-mapped cache of recent positions answers corners that repeat a position (about five in six on a closed
 * indexed mesh) without a table miss; it returns exactly what the grid would. Corners with a non-finite coordinate
 * are never welded (each gets its own vertex).
 */
public final class VertexWelding {

    /** Default relative tolerance: 1e-6 × bounding-box diagonal (float precision of a model is ~1e-7 of its size). */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-6;

    /** Cells are at least this many tolerances wide. */
    private static final double CELL_TOLERANCES = 16;

    /** Cells are at least diagonal / 2^20 wide, so cell coordinates stay small at tiny tolerances. */
    private static final double MAX_CELLS_PER_DIAGONAL = 1 << 20;

    /** Entries of the recent-positions cache (direct-mapped on the float bits; 16384 × 16 bytes stays in L2). */
    private static final int RECENT = 1 << 14;

    private final double minX, minY, minZ, inv;
    private final float[] recentXyz = new float[3 * RECENT];
    private final int[] recentId = new int[RECENT]; // vertex id + 1, 0 = empty
    private float[] vertices;
    private int count;
    private int[] table; // vertex id + 1, 0 = empty
    private int mask;

    private VertexWelding(double[] box, double cell, int expectedVertices) {
        minX = box[0];
        minY = box[1];
        minZ = box[2];
        inv = 1 / cell;
        vertices = new float[3 * Math.max(16, expectedVertices)];
        int cap = Integer.highestOneBit(Math.max(16, 2 * expectedVertices)) << 1;
        table = new int[cap];
        mask = cap - 1;
    }

    public static WeldedMesh weld(TriangleMesh mesh) {
        return weld(mesh, DEFAULT_RELATIVE_TOLERANCE);
    }

    /**
     * @param relativeTolerance weld distance as a fraction of the bounding-box diagonal; 0 welds only identical
     *                          positions (-0 = +0)
     */
    public static WeldedMesh weld(TriangleMesh mesh, double relativeTolerance) {
        if (!(relativeTolerance >= 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("relative tolerance must be in [0, 1): " + relativeTolerance);
        }
        float[] xyz = mesh.xyz();
        int corners = xyz.length / 3;
        double[] box = mesh.bounds();
        double diagonal = TriangleMesh.diagonal(box);
        double tol = relativeTolerance * diagonal;
        double cell = Math.max(CELL_TOLERANCES * tol, diagonal / MAX_CELLS_PER_DIAGONAL);
        if (!(cell > 0)) { // empty or a single point
            cell = 1;
            box = new double[] {0, 0, 0};
        }
        VertexWelding w = new VertexWelding(box, cell, corners / 4);
        double reach = tol / cell * 1.01; // how close to a cell face (in cells) a corner must be to look across it
        double tol2 = tol * tol;
        int[] out = new int[corners];
        for (int c = 0; c < corners; c++) {
            out[c] = w.corner(xyz[3 * c], xyz[3 * c + 1], xyz[3 * c + 2], reach, tol2);
        }
        return new WeldedMesh(out, Arrays.copyOf(w.vertices, 3 * w.count), diagonal);
    }

    private int corner(float x, float y, float z, double reach, double tol2) {
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(z)) {
            return add(x, y, z, false);
        }
        int r = recentSlot(x, y, z);
        int known = recentId[r] - 1;
        if (known >= 0 && recentXyz[3 * r] == x && recentXyz[3 * r + 1] == y && recentXyz[3 * r + 2] == z) {
            return known; // same position as a recent corner: vertices added since have higher ids, same answer
        }
        int v = lookup(x, y, z, reach, tol2);
        recentXyz[3 * r] = x;
        recentXyz[3 * r + 1] = y;
        recentXyz[3 * r + 2] = z;
        recentId[r] = v + 1;
        return v;
    }

    private static int recentSlot(float x, float y, float z) {
        return HashMix.mix(Float.floatToRawIntBits(x + 0f) * 0x9E3779B1
                        + Float.floatToRawIntBits(y + 0f) * 0x85EBCA77
                        + Float.floatToRawIntBits(z + 0f) * 0xC2B2AE3D)
                & (RECENT - 1);
    }

    /** The lowest welded vertex within tolerance, or a new one. */
    private int lookup(float x, float y, float z, double reach, double tol2) {
        // finite corners lie in the box, so u >= 0 and the int cast is floor
        double ux = (x - minX) * inv, uy = (y - minY) * inv, uz = (z - minZ) * inv;
        int cx = (int) (ux), cy = (int) (uy), cz = (int) (uz);
        int dx = side(ux - cx, reach), dy = side(uy - cy, reach), dz = side(uz - cz, reach);
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < 8; k++) {
            if ((k & 1) != 0 && dx == 0 || (k & 2) != 0 && dy == 0 || (k & 4) != 0 && dz == 0) {
                continue;
            }
            int qx = cx + ((k & 1) != 0 ? dx : 0), qy = cy + ((k & 2) != 0 ? dy : 0), qz = cz + ((k & 4) != 0 ? dz : 0);
            for (int s = slotOf(qx, qy, qz); table[s] != 0; s = (s + 1) & mask) {
                int v = table[s] - 1;
                if (v < best && inCell(v, qx, qy, qz)) {
                    double ex = vertices[3 * v] - x, ey = vertices[3 * v + 1] - y, ez = vertices[3 * v + 2] - z;
                    if (ex * ex + ey * ey + ez * ez <= tol2) {
                        best = v;
                    }
                }
            }
        }
        return best != Integer.MAX_VALUE ? best : add(x, y, z, true);
    }

    /** -1 / +1 if a position at fraction f of its cell is within reach of the lower / upper face, else 0. */
    private static int side(double f, double reach) {
        return f < reach ? -1 : f > 1 - reach ? 1 : 0;
    }

    private boolean inCell(int v, int cx, int cy, int cz) {
        return (int) ((vertices[3 * v] - minX) * inv) == cx
                && (int) ((vertices[3 * v + 1] - minY) * inv) == cy
                && (int) ((vertices[3 * v + 2] - minZ) * inv) == cz;
    }

    private int slotOf(int cx, int cy, int cz) {
        return HashMix.mix(cx * 0x9E3779B1 + cy * 0x85EBCA77 + cz * 0xC2B2AE3D) & mask;
    }

    private int add(float x, float y, float z, boolean insert) {
        int v = count++;
        if (3 * count > vertices.length) {
            vertices = Arrays.copyOf(vertices, 2 * vertices.length);
        }
        vertices[3 * v] = x + 0f;
        vertices[3 * v + 1] = y + 0f;
        vertices[3 * v + 2] = z + 0f;
        if (insert) {
            if (2 * count > table.length) {
                table = new int[2 * table.length];
                mask = table.length - 1;
                for (int u = 0; u < v; u++) {
                    if (Float.isFinite(vertices[3 * u])
                            && Float.isFinite(vertices[3 * u + 1])
                            && Float.isFinite(vertices[3 * u + 2])) {
                        insert(u);
                    }
                }
            }
            insert(v);
        }
        return v;
    }

    private void insert(int v) {
        int s = slotOf((int) ((vertices[3 * v] - minX) * inv), (int) ((vertices[3 * v + 1] - minY) * inv), (int)
                ((vertices[3 * v + 2] - minZ) * inv));
        while (table[s] != 0) {
            s = (s + 1) & mask;
        }
        table[s] = v + 1;
    }
}
