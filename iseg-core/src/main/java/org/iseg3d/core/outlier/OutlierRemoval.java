package org.iseg3d.core.outlier;

import org.iseg3d.core.knn.NeighborGraph;

/**
 * Outlier Removal, Alg. 1 of iSeg3D (Sec. 3.3.1): keeps only the annotated points that are connected to some
 * positive click in the Euclidean kNN graph restricted to the mask. "An undirected edge exists between point
 * pair (p_i, p_j) only if p_j is the k-nearest neighbor of p_i and A(p_i) = A(p_j) = 1."
 *
 * <p>The paper queries paths with Dijkstra; reachability needs only a breadth-first search from all positive
 * clicks at once, which gives the same set in O(N·N_neighbor). {@link JGraphTOutlierRemoval} computes the same
 * result with JGraphT's connectivity inspector; {@code OutlierRemovalTest} checks they agree and the benchmark
 * {@code OutlierRemovalBenchmark} measures both. This BFS is the one the segmenter uses (it was faster).
 * Stateless and thread-safe.
 */
public final class OutlierRemoval {

    private OutlierRemoval() {}

    /**
     * @param graph     the kNN graph with N_neighbor neighbours per point ({@code NeighborGraph.of(table, nNeighbor)})
     * @param mask      annotated points M
     * @param positives positive click indices C_pos
     * @return M^(or), a subset of M
     */
    public static boolean[] apply(NeighborGraph graph, boolean[] mask, int[] positives) {
        int n = mask.length;
        boolean[] kept = new boolean[n];
        int[] queue = new int[n];
        int head = 0, tail = 0;
        for (int c : positives) {
            if (mask[c] && !kept[c]) { // a click outside M (radius 0) reaches nothing
                kept[c] = true;
                queue[tail++] = c;
            }
        }
        int[] adj = graph.adjacency();
        while (head < tail) {
            int u = queue[head++];
            for (int p = graph.begin(u); p < graph.end(u); p++) {
                int v = adj[p];
                if (mask[v] && !kept[v]) { // edge exists only if both ends are annotated (Alg. 1, line 5)
                    kept[v] = true;
                    queue[tail++] = v;
                }
            }
        }
        return kept;
    }
}
