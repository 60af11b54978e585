package org.iseg3d.core.knn;

import java.util.Arrays;

/**
 * The undirected kNN graph of a cloud in compressed sparse rows: an edge (i, j) exists when j is among the first
 * {@code m} neighbours of i or i among the first {@code m} of j (the graph G of Alg. 1, before the mask is
 * applied). Rows are sorted, without duplicates or self loops. Built in O(N m); immutable and thread-safe.
 */
public final class NeighborGraph {

    private final int[] offsets;
    private final int[] adjacency;

    private NeighborGraph(int[] offsets, int[] adjacency) {
        this.offsets = offsets;
        this.adjacency = adjacency;
    }

    /** Symmetrises the first {@code m} columns of {@code table}. */
    public static NeighborGraph of(KnnTable table, int m) {
        if (m < 1 || m > table.k()) {
            throw new IllegalArgumentException("m must be in [1, " + table.k() + "], got " + m);
        }
        int n = table.size();
        int k = table.k();
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int nb = table.neighbors()[i * k + j];
                if (nb != i) {
                    degree[i]++;
                    degree[nb]++;
                }
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + degree[i];
        }
        int[] raw = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int nb = table.neighbors()[i * k + j];
                if (nb != i) {
                    raw[fill[i]++] = nb;
                    raw[fill[nb]++] = i;
                }
            }
        }
        // sort and deduplicate each row
        int[] offsets = new int[n + 1];
        int w = 0;
        for (int i = 0; i < n; i++) {
            Arrays.sort(raw, start[i], start[i + 1]);
            offsets[i] = w;
            int prev = -1;
            for (int p = start[i]; p < start[i + 1]; p++) {
                if (raw[p] != prev) {
                    raw[w++] = raw[p];
                    prev = raw[p];
                }
            }
        }
        offsets[n] = w;
        return new NeighborGraph(offsets, Arrays.copyOf(raw, w));
    }

    public int size() {
        return offsets.length - 1;
    }

    /** First index of i's row in {@link #adjacency()}. */
    public int begin(int i) {
        return offsets[i];
    }

    /** One past the last index of i's row in {@link #adjacency()}. */
    public int end(int i) {
        return offsets[i + 1];
    }

    /** All rows back to back; read with {@link #begin}/{@link #end}. Do not modify. */
    public int[] adjacency() {
        return adjacency;
    }

    public int edgeCount() {
        return adjacency.length / 2;
    }
}
