package org.iseg3d.core.knn;

/**
 * The reverse of the first {@code m} columns of a {@link KnnTable}, in compressed sparse rows: row j lists every
 * point i that has j among its first {@code m} neighbours (a point may appear twice if its row repeats j). Lets a
 * mask update touch only the points whose neighbourhood changed (frontier Segment Smoothing). Built in O(N·m);
 * immutable and thread-safe.
 */
public final class ReverseNeighbors {

    private final int m;
    private final int[] offsets;
    private final int[] rows;

    private ReverseNeighbors(int m, int[] offsets, int[] rows) {
        this.m = m;
        this.offsets = offsets;
        this.rows = rows;
    }

    public static ReverseNeighbors of(KnnTable table, int m) {
        if (m < 1 || m > table.k()) {
            throw new IllegalArgumentException("m must be in [1, " + table.k() + "], got " + m);
        }
        int n = table.size();
        int k = table.k();
        int[] nb = table.neighbors();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                offsets[nb[i * k + j] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, n);
        int[] rows = new int[offsets[n]];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                rows[fill[nb[i * k + j]]++] = i;
            }
        }
        return new ReverseNeighbors(m, offsets, rows);
    }

    /** Columns of the table this reverses. */
    public int columns() {
        return m;
    }

    public int size() {
        return offsets.length - 1;
    }

    public int begin(int j) {
        return offsets[j];
    }

    public int end(int j) {
        return offsets[j + 1];
    }

    /** All rows back to back; read with {@link #begin}/{@link #end}. Do not modify. */
    public int[] rows() {
        return rows;
    }
}
