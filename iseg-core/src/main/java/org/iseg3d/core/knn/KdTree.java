package org.iseg3d.core.knn;

/**
 * A static 3-d tree over a flat coordinate array for exact k-nearest-neighbour and radius queries.
 *
 * <p>Implicit layout (no node objects): the points are permuted so that for every index range
 * {@code [lo, hi)} the median {@code mid = (lo + hi) >>> 1} splits the range along {@code splitDim[mid]}.
 * Build is O(N log N) expected (quickselect per level), a kNN query O(k log N) expected. Built once, the tree
 * is immutable and queries are thread-safe; the scratch buffers belong to the caller.
 */
public final class KdTree {

    private static final int LEAF_SIZE = 8;

    private final float[] xyz;
    private final int[] perm;
    private final byte[] splitDim;

    /** Builds the tree over {@code xyz} (3N floats, not copied: do not modify it afterwards). */
    public KdTree(float[] xyz) {
        if (xyz == null || xyz.length % 3 != 0) {
            throw new IllegalArgumentException("coordinates must hold 3N floats");
        }
        this.xyz = xyz;
        int n = xyz.length / 3;
        this.perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        this.splitDim = new byte[n];
        build(0, n);
    }

    public int size() {
        return perm.length;
    }

    private void build(int lo, int hi) {
        while (hi - lo > LEAF_SIZE) {
            int dim = widestDim(lo, hi);
            int mid = (lo + hi) >>> 1;
            select(lo, hi - 1, mid, dim);
            splitDim[mid] = (byte) dim;
            // recurse into the smaller half, loop on the larger, to bound stack depth
            if (mid - lo < hi - mid - 1) {
                build(lo, mid);
                lo = mid + 1;
            } else {
                build(mid + 1, hi);
                hi = mid;
            }
        }
    }

    private int widestDim(int lo, int hi) {
        float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
        float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = lo; i < hi; i++) {
            int p = 3 * perm[i];
            for (int a = 0; a < 3; a++) {
                float v = xyz[p + a];
                if (v < min[a]) {
                    min[a] = v;
                }
                if (v > max[a]) {
                    max[a] = v;
                }
            }
        }
        float ex = max[0] - min[0], ey = max[1] - min[1], ez = max[2] - min[2];
        return ex >= ey ? (ex >= ez ? 0 : 2) : (ey >= ez ? 1 : 2);
    }

    /** Hoare-style quickselect on perm[lo..hi] (inclusive) by coordinate dim, placing the k-th at k. */
    private void select(int lo, int hi, int k, int dim) {
        while (hi > lo) {
            float pivot = coord(perm[(lo + hi) >>> 1], dim);
            int i = lo, j = hi;
            while (i <= j) {
                while (coord(perm[i], dim) < pivot) {
                    i++;
                }
                while (coord(perm[j], dim) > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private float coord(int p, int dim) {
        return xyz[3 * p + dim];
    }

    /**
     * Finds the k nearest points to (qx, qy, qz), nearest first.
     *
     * @param k         how many neighbours (at most {@link #size()})
     * @param outIdx    [out] point indices, length at least k
     * @param outDistSq [out] squared distances, length at least k
     * @return the number of neighbours found, min(k, size())
     */
    public int knn(float qx, float qy, float qz, int k, int[] outIdx, float[] outDistSq) {
        int kk = Math.min(k, perm.length);
        if (kk <= 0) {
            return 0;
        }
        Heap heap = new Heap(kk, outIdx, outDistSq);
        search(0, perm.length, qx, qy, qz, heap);
        heap.sortAscending();
        return kk;
    }

    /** k nearest neighbours of point {@code i} itself, the point included (at distance 0, usually first). */
    public int knn(int i, int k, int[] outIdx, float[] outDistSq) {
        return knn(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], k, outIdx, outDistSq);
    }

    /** Index of the nearest point to (qx, qy, qz). */
    public int nearest(float qx, float qy, float qz) {
        int[] idx = new int[1];
        float[] d = new float[1];
        knn(qx, qy, qz, 1, idx, d);
        return idx[0];
    }

    private void search(int lo, int hi, float qx, float qy, float qz, Heap heap) {
        if (hi - lo <= LEAF_SIZE) {
            for (int i = lo; i < hi; i++) {
                heap.offer(perm[i], distSq(perm[i], qx, qy, qz));
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        int p = perm[mid];
        heap.offer(p, distSq(p, qx, qy, qz));
        int dim = splitDim[mid];
        float q = dim == 0 ? qx : dim == 1 ? qy : qz;
        float diff = q - xyz[3 * p + dim];
        if (diff < 0) {
            search(lo, mid, qx, qy, qz, heap);
            if (diff * diff < heap.worst()) {
                search(mid + 1, hi, qx, qy, qz, heap);
            }
        } else {
            search(mid + 1, hi, qx, qy, qz, heap);
            if (diff * diff < heap.worst()) {
                search(lo, mid, qx, qy, qz, heap);
            }
        }
    }

    private float distSq(int p, float qx, float qy, float qz) {
        float dx = xyz[3 * p] - qx, dy = xyz[3 * p + 1] - qy, dz = xyz[3 * p + 2] - qz;
        return dx * dx + dy * dy + dz * dz;
    }

    /** Bounded max-heap of (index, distSq) over caller-owned arrays. Not thread-safe. */
    private static final class Heap {
        private final int cap;
        private final int[] idx;
        private final float[] d;
        private int size;

        Heap(int cap, int[] idx, float[] d) {
            this.cap = cap;
            this.idx = idx;
            this.d = d;
        }

        float worst() {
            return size < cap ? Float.POSITIVE_INFINITY : d[0];
        }

        void offer(int i, float dist) {
            if (size < cap) {
                int c = size++;
                idx[c] = i;
                d[c] = dist;
                while (c > 0) {
                    int parent = (c - 1) >>> 1;
                    if (d[parent] >= d[c]) {
                        break;
                    }
                    swap(parent, c);
                    c = parent;
                }
            } else if (dist < d[0]) {
                idx[0] = i;
                d[0] = dist;
                siftDown(0, size);
            }
        }

        private void siftDown(int c, int n) {
            while (true) {
                int l = 2 * c + 1, r = l + 1, m = c;
                if (l < n && d[l] > d[m]) {
                    m = l;
                }
                if (r < n && d[r] > d[m]) {
                    m = r;
                }
                if (m == c) {
                    return;
                }
                swap(c, m);
                c = m;
            }
        }

        private void swap(int a, int b) {
            int ti = idx[a];
            idx[a] = idx[b];
            idx[b] = ti;
            float td = d[a];
            d[a] = d[b];
            d[b] = td;
        }

        /** Heap-sort in place: ascending distance. */
        void sortAscending() {
            for (int n = size - 1; n > 0; n--) {
                swap(0, n);
                siftDown(0, n);
            }
        }
    }
}
