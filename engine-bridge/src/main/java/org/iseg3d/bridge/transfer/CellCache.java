package org.iseg3d.bridge.transfer;

import java.util.Arrays;

/**
 * A direct-mapped cache of (geometry, cell) → the 2k points nearest the cell centre, per preparation task of
 * {@link TransferCandidates}: small triangles of one cell share one k-d tree query. Not thread-safe (one per task).
 */
final class CellCache {

    private static final int SLOTS = 4096;
    private final int width;
    private final int[] keyG = new int[SLOTS];
    private final int[] keyX = new int[SLOTS];
    private final int[] keyY = new int[SLOTS];
    private final int[] keyZ = new int[SLOTS];
    private final int[] count = new int[SLOTS];
    private final int[] points;

    CellCache(int width) {
        this.width = width;
        this.points = new int[SLOTS * width];
        Arrays.fill(keyG, -1);
    }

    /** The slot holding the cell, or -(slot + 1) of the slot to fill. */
    int lookup(int g, int x, int y, int z) {
        int h = (x * 0x9E3779B1) ^ (y * 0x85EBCA77) ^ (z * 0xC2B2AE3D) ^ (g * 0x27D4EB2F);
        h ^= h >>> 15;
        int slot = h & (SLOTS - 1);
        if (keyG[slot] == g && keyX[slot] == x && keyY[slot] == y && keyZ[slot] == z) {
            return slot;
        }
        keyG[slot] = g;
        keyX[slot] = x;
        keyY[slot] = y;
        keyZ[slot] = z;
        return -slot - 1;
    }

    void store(int slot, int[] idx, int found) {
        System.arraycopy(idx, 0, points, slot * width, found);
        count[slot] = found;
    }

    /** The {@code k} cached points nearest (x, y, z), nearest first, into idx/dSq; returns how many. */
    int nearest(int slot, float[] xyz, float x, float y, float z, int k, int[] idx, float[] dSq) {
        int n = 0;
        int base = slot * width;
        for (int j = 0; j < count[slot]; j++) {
            int pt = points[base + j];
            float dx = xyz[3 * pt] - x, dy = xyz[3 * pt + 1] - y, dz = xyz[3 * pt + 2] - z;
            float d = dx * dx + dy * dy + dz * dz;
            if (n < k) {
                n++;
            } else if (d >= dSq[k - 1]) {
                continue;
            }
            int i = n - 1; // insertion into the sorted prefix
            while (i > 0 && dSq[i - 1] > d) {
                dSq[i] = dSq[i - 1];
                idx[i] = idx[i - 1];
                i--;
            }
            dSq[i] = d;
            idx[i] = pt;
        }
        return n;
    }
}
