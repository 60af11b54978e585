package org.iseg3d.bridge.transfer;

/**
 * Welds triangle corners that share an exact world position within the same Geometry, so triangles split at UV or
 * normal seams (separate vertices in the mesh) still count as neighbours. Open addressing on the float bits,
 * O(corners) expected, no per-corner objects.
 */
final class VertexWelding {

    private VertexWelding() {
    }

    /**
     * @param positions      9 floats per triangle
     * @param geometryOfTri  geometry per triangle (corners of different geometries are never welded)
     * @return welded vertex id per corner (3 per triangle), ids dense from 0
     */
    static int[] weld(float[] positions, int[] geometryOfTri) {
        int corners = positions.length / 3;
        // sized for a typical mesh (about 6 corners per vertex) so the table stays in cache; grows at load 1/2
        int cap = Integer.highestOneBit(Math.max(16, corners / 2));
        int mask = cap - 1;
        int[] table = new int[cap]; // welded id + 1, 0 = empty
        int[] firstCorner = new int[corners]; // representative corner of each welded id
        int[] out = new int[corners];
        int next = 0;
        for (int c = 0; c < corners; c++) {
            int g = geometryOfTri[c / 3];
            int bx = Float.floatToIntBits(positions[3 * c] + 0f); // + 0f folds -0 into +0
            int by = Float.floatToIntBits(positions[3 * c + 1] + 0f);
            int bz = Float.floatToIntBits(positions[3 * c + 2] + 0f);
            int slot = slotOf(positions, geometryOfTri, c, mask);
            while (true) {
                int id = table[slot] - 1;
                if (id < 0) {
                    table[slot] = next + 1;
                    firstCorner[next] = c;
                    out[c] = next++;
                    if (2 * next > cap) {
                        cap <<= 1;
                        mask = cap - 1;
                        table = rehash(positions, geometryOfTri, firstCorner, next, cap);
                    }
                    break;
                }
                int r = firstCorner[id];
                if (Float.floatToIntBits(positions[3 * r] + 0f) == bx
                        && Float.floatToIntBits(positions[3 * r + 1] + 0f) == by
                        && Float.floatToIntBits(positions[3 * r + 2] + 0f) == bz && geometryOfTri[r / 3] == g) {
                    out[c] = id;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return out;
    }

    private static int slotOf(float[] positions, int[] geometryOfTri, int c, int mask) {
        int bx = Float.floatToIntBits(positions[3 * c] + 0f);
        int by = Float.floatToIntBits(positions[3 * c + 1] + 0f);
        int bz = Float.floatToIntBits(positions[3 * c + 2] + 0f);
        return mix(bx * 0x9E3779B1 + by * 0x85EBCA77 + bz * 0xC2B2AE3D + geometryOfTri[c / 3] * 0x27D4EB2F) & mask;
    }

    private static int[] rehash(float[] positions, int[] geometryOfTri, int[] firstCorner, int ids, int cap) {
        int[] table = new int[cap];
        int mask = cap - 1;
        for (int id = 0; id < ids; id++) {
            int slot = slotOf(positions, geometryOfTri, firstCorner[id], mask);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
        return table;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        h ^= h >>> 16;
        return h;
    }
}
