package org.iseg3d.core.knn;

import java.util.stream.IntStream;

/**
 * The k nearest neighbours of every point of a cloud, self excluded, nearest first: a flat N×k table.
 *
 * <p>This is the Euclidean kNN graph that Outlier Removal (Alg. 1), Segment Smoothing (Alg. 2), the heatmap
 * baseline and the click simulator share. Computed in parallel over points (each point writes only its own
 * row), O(N k log N). Immutable once built.
 *
 * @param k         neighbours per point
 * @param neighbors N·k point indices, row i = neighbours of point i
 * @param distSq    N·k squared distances matching {@code neighbors}
 */
public record KnnTable(int k, int[] neighbors, float[] distSq) {

    /** Builds the table for the points {@code xyz} (3N) with the given tree over the same array. */
    public static KnnTable build(float[] xyz, KdTree tree, int k) {
        int n = xyz.length / 3;
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be in [1, N-1], got k=" + k + " for N=" + n);
        }
        int[] nb = new int[n * k];
        float[] ds = new float[n * k];
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] idx = new int[k + 1];
            float[] d = new float[k + 1];
            tree.knn(i, k + 1, idx, d);
            int w = 0;
            for (int j = 0; j <= k && w < k; j++) {
                if (idx[j] != i) {
                    nb[i * k + w] = idx[j];
                    ds[i * k + w] = d[j];
                    w++;
                }
            }
            // duplicates of point i at distance 0 may push i itself past the k-th slot: fill from the tail
            while (w < k) {
                nb[i * k + w] = idx[k];
                ds[i * k + w] = d[k];
                w++;
            }
        });
        return new KnnTable(k, nb, ds);
    }

    /** Builds a table for {@code xyz} with its own tree. */
    public static KnnTable build(float[] xyz, int k) {
        return build(xyz, new KdTree(xyz), k);
    }

    public int size() {
        return neighbors.length / k;
    }

    /** The j-th nearest neighbour (0-based) of point i. */
    public int neighbor(int i, int j) {
        return neighbors[i * k + j];
    }

    /** A table with only the first {@code k2 <= k} neighbours of each row. */
    public KnnTable truncate(int k2) {
        if (k2 == k) {
            return this;
        }
        if (k2 < 1 || k2 > k) {
            throw new IllegalArgumentException("cannot truncate k=" + k + " to " + k2);
        }
        int n = size();
        int[] nb = new int[n * k2];
        float[] ds = new float[n * k2];
        for (int i = 0; i < n; i++) {
            System.arraycopy(neighbors, i * k, nb, i * k2, k2);
            System.arraycopy(distSq, i * k, ds, i * k2, k2);
        }
        return new KnnTable(k2, nb, ds);
    }
}
