package org.iseg3d.core.mesh;

import java.util.Arrays;

/**
 * Merges facets smaller than a minimum area into their best neighbour, smallest first.
 *
 * <p>The smallest group below the minimum (ties: lowest id) is merged into the neighbouring group with which it
 * shares the <b>longest total edge length</b> (a sliver along a crease joins the face it lies along, not the one it
 * touches at a corner); ties: the most similar unoriented normal (larger |cos|), then the lowest id. The merged group
 * goes back into the queue if it is still small. A group with no neighbour (an isolated piece) stays as it is.
 *
 * <p>Cost: a group's member facets are scanned when the group is popped; the group it joins is at least as large,
 * so each facet is scanned O(log(minArea / its area)) times: O(F log F + Σ deg · log(ratio)) overall, no boxing.
 */
final class SliverMerging {

    private SliverMerging() {}

    /**
     * @param area    per facet, updated in place to the merged groups' areas (valid at roots)
     * @param normal  per facet the oriented area-weighted normal sum (3 doubles), updated in place at roots
     * @return per facet the root facet of its merged group
     */
    static int[] merge(int facets, double[] area, double[] normal, FacetAdjacency adjacency, double minArea) {
        int[] root = new int[facets];
        int[] nextMember = new int[facets];
        int[] lastMember = new int[facets];
        for (int f = 0; f < facets; f++) {
            root[f] = f;
            nextMember[f] = -1;
            lastMember[f] = f;
        }
        Heap heap = new Heap(facets);
        for (int f = 0; f < facets; f++) {
            if (area[f] < minArea) {
                heap.push(area[f], f);
            }
        }
        double[] shared = new double[facets];
        int[] touched = new int[16];
        int[] offsets = adjacency.offsets();
        int[] nbs = adjacency.neighbours();
        float[] lens = adjacency.sharedLength();
        while (heap.size > 0) {
            double key = heap.topKey();
            int g = heap.pop();
            if (root[g] != g || key != area[g] || area[g] >= minArea) {
                continue; // stale entry
            }
            int nTouched = 0;
            for (int m = g; m >= 0; m = nextMember[m]) {
                for (int i = offsets[m]; i < offsets[m + 1]; i++) {
                    int r = find(root, nbs[i]);
                    if (r == g) {
                        continue;
                    }
                    if (shared[r] == 0) {
                        if (nTouched == touched.length) {
                            touched = Arrays.copyOf(touched, 2 * nTouched);
                        }
                        touched[nTouched++] = r;
                    }
                    shared[r] += lens[i] > 0 ? lens[i] : Double.MIN_VALUE;
                }
            }
            int best = -1;
            double bestLen = 0, bestCos = 0;
            for (int i = 0; i < nTouched; i++) {
                int r = touched[i];
                double c = absCos(normal, g, r);
                if (best < 0
                        || shared[r] > bestLen
                        || shared[r] == bestLen && (c > bestCos || c == bestCos && r < best)) {
                    best = r;
                    bestLen = shared[r];
                    bestCos = c;
                }
            }
            for (int i = 0; i < nTouched; i++) {
                shared[touched[i]] = 0;
            }
            if (best < 0) {
                continue; // isolated: nothing to merge into
            }
            root[g] = best;
            area[best] += area[g];
            double dot = normal[3 * g] * normal[3 * best]
                    + normal[3 * g + 1] * normal[3 * best + 1]
                    + normal[3 * g + 2] * normal[3 * best + 2];
            double s = dot < 0 ? -1 : 1;
            for (int k = 0; k < 3; k++) {
                normal[3 * best + k] += s * normal[3 * g + k];
            }
            nextMember[lastMember[best]] = g;
            lastMember[best] = lastMember[g];
            if (area[best] < minArea) {
                heap.push(area[best], best);
            }
        }
        for (int f = 0; f < facets; f++) {
            root[f] = find(root, f);
        }
        return root;
    }

    private static int find(int[] root, int x) {
        int r = x;
        while (root[r] != r) {
            r = root[r];
        }
        while (root[x] != r) {
            int next = root[x];
            root[x] = r;
            x = next;
        }
        return r;
    }

    private static double absCos(double[] n, int a, int b) {
        double dot = n[3 * a] * n[3 * b] + n[3 * a + 1] * n[3 * b + 1] + n[3 * a + 2] * n[3 * b + 2];
        double la = n[3 * a] * n[3 * a] + n[3 * a + 1] * n[3 * a + 1] + n[3 * a + 2] * n[3 * a + 2];
        double lb = n[3 * b] * n[3 * b] + n[3 * b + 1] * n[3 * b + 1] + n[3 * b + 2] * n[3 * b + 2];
        double d = Math.sqrt(la * lb);
        return d > 0 ? Math.abs(dot) / d : 0;
    }

    /** Binary min-heap of (key, id), ties by lower id; lazy: stale entries are skipped by the caller. */
    private static final class Heap {
        double[] keys;
        int[] ids;
        int size;

        Heap(int capacity) {
            keys = new double[Math.max(16, capacity)];
            ids = new int[keys.length];
        }

        void push(double key, int id) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
                ids = Arrays.copyOf(ids, 2 * size);
            }
            int i = size++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (!less(key, id, keys[p], ids[p])) {
                    break;
                }
                keys[i] = keys[p];
                ids[i] = ids[p];
                i = p;
            }
            keys[i] = key;
            ids[i] = id;
        }

        double topKey() {
            return keys[0];
        }

        int pop() {
            int top = ids[0];
            double key = keys[--size];
            int id = ids[size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && less(keys[c + 1], ids[c + 1], keys[c], ids[c])) {
                    c++;
                }
                if (!less(keys[c], ids[c], key, id)) {
                    break;
                }
                keys[i] = keys[c];
                ids[i] = ids[c];
                i = c;
            }
            keys[i] = key;
            ids[i] = id;
            return top;
        }

        private static boolean less(double ka, int ia, double kb, int ib) {
            return ka < kb || ka == kb && ia < ib;
        }
    }
}
