package org.iseg3d.bridge.transfer;

import java.util.Arrays;

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
        int cap = Integer.highestOneBit(Math.max(4, corners * 2 - 1)) << 1;
        int mask = cap - 1;
        int[] table = new int[cap]; // representative corner + 1, 0 = empty
        int[] idOfSlot = new int[cap];
        int[] out = new int[corners];
        int next = 0;
        for (int c = 0; c < corners; c++) {
            int g = geometryOfTri[c / 3];
            int bx = Float.floatToIntBits(positions[3 * c] + 0f); // + 0f folds -0 into +0
            int by = Float.floatToIntBits(positions[3 * c + 1] + 0f);
            int bz = Float.floatToIntBits(positions[3 * c + 2] + 0f);
            int h = mix(bx * 0x9E3779B1 + by * 0x85EBCA77 + bz * 0xC2B2AE3D + g * 0x27D4EB2F);
            int slot = h & mask;
            while (true) {
                int rep = table[slot];
                if (rep == 0) {
                    table[slot] = c + 1;
                    idOfSlot[slot] = next;
                    out[c] = next++;
                    break;
                }
                int r = rep - 1;
                if (geometryOfTri[r / 3] == g && Float.floatToIntBits(positions[3 * r] + 0f) == bx
                        && Float.floatToIntBits(positions[3 * r + 1] + 0f) == by
                        && Float.floatToIntBits(positions[3 * r + 2] + 0f) == bz) {
                    out[c] = idOfSlot[slot];
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        assert Arrays.stream(out).max().orElse(-1) == next - 1;
        return out;
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
