package org.iseg3d.core.outlier;

import java.util.Set;
import org.iseg3d.core.knn.NeighborGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Alg. 1 (Outlier Removal) built literally with JGraphT: the graph G = (V, E) with V = P and edges between
 * annotated kNN pairs, then every annotated point in the connected component of some positive click is kept.
 * Same result as {@link OutlierRemoval}; kept as the reference implementation and for the speed comparison
 * (boxing every vertex makes it several times slower). Stateless and thread-safe.
 */
public final class JGraphTOutlierRemoval {

    private JGraphTOutlierRemoval() {}

    /** Same contract as {@link OutlierRemoval#apply}. */
    public static boolean[] apply(NeighborGraph graph, boolean[] mask, int[] positives) {
        int n = mask.length;
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) { // Alg. 1 line 1: V = P
            g.addVertex(i);
        }
        int[] adj = graph.adjacency();
        for (int i = 0; i < n; i++) {
            if (!mask[i]) {
                continue;
            }
            for (int p = graph.begin(i); p < graph.end(i); p++) {
                int j = adj[p];
                if (j > i && mask[j]) { // Alg. 1 lines 5-6
                    g.addEdge(i, j);
                }
            }
        }
        ConnectivityInspector<Integer, DefaultEdge> inspector = new ConnectivityInspector<>(g);
        boolean[] kept = new boolean[n];
        for (int c : positives) { // Alg. 1 lines 11-14
            if (!mask[c] || kept[c]) {
                continue;
            }
            Set<Integer> component = inspector.connectedSetOf(c);
            for (int v : component) {
                kept[v] = true;
            }
        }
        return kept;
    }
}
