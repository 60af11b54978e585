package org.iseg3d.bridge.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.iseg3d.core.mesh.HashMix;

/**
 * Welds triangle corners that share an exact world position within the same Geometry, so triangles split at UV or
 * normal seams (separate vertices in the mesh) still count as neighbours. Open addressing on the float bits,
 * O(corners) expected, no per-corner objects.
 *
 * <p>Two shortcuts keep it fast on large meshes without changing the result. When the mesh vertex of every corner is
 * known (index buffers), corners of an already seen mesh vertex take its id without hashing, so only one corner per
 * mesh vertex (about one in six on a typical mesh) is hashed. And when each Geometry's triangles are contiguous (as
 * {@code SceneFlattener} emits them), Geometries are welded in parallel, each with its own table, and their ids are
 * then offset; each task writes only its own Geometry's slots.
 */
final class VertexWelding {

    private VertexWelding() {}

    /**
     * @param positions      9 floats per triangle
     * @param geometryOfTri  geometry per triangle (corners of different geometries are never welded)
     * @return welded vertex id per corner (3 per triangle), ids dense from 0
     */
    static int[] weld(float[] positions, int[] geometryOfTri) {
        return weld(positions, geometryOfTri, null, 0);
    }

    /**
     * @param positions          9 floats per triangle
     * @param geometryOfTri      geometry per triangle (corners of different geometries are never welded)
     * @param meshVertexOfCorner per corner a key of its mesh vertex, unique over all geometries, in
     *                           [0, meshVertices); corners with the same key must have the same position and
     *                           geometry; null if unknown (then every corner is hashed)
     * @param meshVertices       number of keys
     * @return welded vertex id per corner (3 per triangle), ids dense from 0 (in order of first corner per
     *         Geometry run)
     */
    static int[] weld(float[] positions, int[] geometryOfTri, int[] meshVertexOfCorner, int meshVertices) {
        int triangles = geometryOfTri.length;
        int[] idOfKey = null;
        if (meshVertexOfCorner != null) {
            idOfKey = new int[meshVertices];
            Arrays.fill(idOfKey, -1);
        }
        int[] out = new int[3 * triangles];
        List<int[]> runs = contiguousRuns(geometryOfTri);
        if (runs == null) { // a Geometry in several runs: one table over everything
            weldRange(positions, geometryOfTri, 0, triangles, meshVertexOfCorner, idOfKey, out);
            return out;
        }
        int[] idOfKeyF = idOfKey;
        int[] counts = new int[runs.size()];
        IntStream.range(0, runs.size())
                .parallel()
                .forEach(r -> counts[r] = weldRange(
                        positions, geometryOfTri, runs.get(r)[0], runs.get(r)[1], meshVertexOfCorner, idOfKeyF, out));
        int[] base = new int[runs.size()];
        for (int r = 1; r < runs.size(); r++) {
            base[r] = base[r - 1] + counts[r - 1];
        }
        IntStream.range(0, runs.size()).parallel().filter(r -> base[r] != 0).forEach(r -> {
            for (int c = 3 * runs.get(r)[0]; c < 3 * runs.get(r)[1]; c++) {
                out[c] += base[r];
            }
        });
        return out;
    }

    /** The [from, to) triangle ranges of each Geometry, or null if some Geometry's triangles are not contiguous. */
    private static List<int[]> contiguousRuns(int[] geometryOfTri) {
        List<int[]> runs = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        int from = 0;
        for (int t = 1; t <= geometryOfTri.length; t++) {
            if (t == geometryOfTri.length || geometryOfTri[t] != geometryOfTri[from]) {
                if (!seen.add(geometryOfTri[from])) {
                    return null;
                }
                runs.add(new int[] {from, t});
                from = t;
            }
        }
        return runs;
    }

    /**
     * Welds the corners of triangles [from, to) with ids from 0; returns the number of ids. The position and geometry
     * of each id's first corner are kept in compact arrays, so checking a table hit reads those rather than the soup.
     */
    private static int weldRange(
            float[] positions, int[] geometryOfTri, int from, int to, int[] keys, int[] idOfKey, int[] out) {
        int corners = 3 * (to - from);
        int distinct = keys != null ? Math.min(corners, distinctKeys(keys, 3 * from, 3 * to)) : corners / 6;
        // load at most 1/2; grows if the guess was low
        int cap = Integer.highestOneBit(Math.max(16, 2 * distinct)) << 1;
        int mask = cap - 1;
        int[] table = new int[cap]; // local id + 1, 0 = empty
        int[] hashOf = new int[Math.max(16, distinct)]; // full hash of each local id (rehash, early reject)
        float[] rep = new float[3 * hashOf.length]; // position of each local id
        int[] repGeom = new int[hashOf.length]; // geometry of each local id
        int next = 0;
        for (int c = 3 * from; c < 3 * to; c++) {
            int key = keys != null ? keys[c] : -1;
            if (key >= 0 && idOfKey[key] >= 0) { // same mesh vertex as an earlier corner: same position
                out[c] = idOfKey[key];
                continue;
            }
            int g = geometryOfTri[c / 3];
            float x = positions[3 * c] + 0f; // + 0f folds -0 into +0
            float y = positions[3 * c + 1] + 0f;
            float z = positions[3 * c + 2] + 0f;
            int h = hash(x, y, z, g);
            int slot = h & mask;
            while (true) {
                int id = table[slot] - 1;
                if (id < 0) {
                    table[slot] = next + 1;
                    if (next == hashOf.length) {
                        hashOf = Arrays.copyOf(hashOf, 2 * next);
                        rep = Arrays.copyOf(rep, 6 * next);
                        repGeom = Arrays.copyOf(repGeom, 2 * next);
                    }
                    hashOf[next] = h;
                    rep[3 * next] = x;
                    rep[3 * next + 1] = y;
                    rep[3 * next + 2] = z;
                    repGeom[next] = g;
                    out[c] = next++;
                    if (2 * next > cap) {
                        cap <<= 1;
                        mask = cap - 1;
                        table = rehash(hashOf, next, cap);
                    }
                    break;
                }
                if (hashOf[id] == h
                        && Float.floatToIntBits(rep[3 * id]) == Float.floatToIntBits(x)
                        && Float.floatToIntBits(rep[3 * id + 1]) == Float.floatToIntBits(y)
                        && Float.floatToIntBits(rep[3 * id + 2]) == Float.floatToIntBits(z)
                        && repGeom[id] == g) {
                    out[c] = id;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (key >= 0) {
                idOfKey[key] = out[c];
            }
        }
        return next;
    }

    /** Upper bound of the distinct keys in [from, to): the key range (keys of one Geometry are dense). */
    private static int distinctKeys(int[] keys, int from, int to) {
        int lo = Integer.MAX_VALUE, hi = -1;
        for (int c = from; c < to; c++) {
            lo = Math.min(lo, keys[c]);
            hi = Math.max(hi, keys[c]);
        }
        return hi < lo ? 0 : hi - lo + 1;
    }

    private static int hash(float x, float y, float z, int g) {
        return HashMix.mix(Float.floatToIntBits(x) * 0x9E3779B1
                + Float.floatToIntBits(y) * 0x85EBCA77
                + Float.floatToIntBits(z) * 0xC2B2AE3D
                + g * 0x27D4EB2F);
    }

    private static int[] rehash(int[] hashOf, int ids, int cap) {
        int[] table = new int[cap];
        int mask = cap - 1;
        for (int id = 0; id < ids; id++) {
            int slot = hashOf[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
        return table;
    }
}
