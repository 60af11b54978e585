package org.iseg3d.core.click;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iseg3d.core.knn.NeighborGraph;

/**
 * The heatmap baseline (the paper's [21], without its network): every click spreads a Gaussian heat
 * h(g) = exp(−g² / 2σ²) over geodesic distance g on the Euclidean kNN graph. A point is selected when the
 * strongest positive heat reaches 0.5 and exceeds the strongest negative heat — clicks spread to geometric
 * neighbours only, with no notion of parts. Geodesics are Dijkstra runs on the symmetric kNN graph with
 * Euclidean edge lengths (O(N log N) per click, cached). Not thread-safe.
 */
public final class HeatmapSelection implements SelectionRule {

    /** Default σ in unit-sphere units: the 0.5 level lies at geodesic distance σ·√(2 ln 2) ≈ 0.35. */
    public static final float DEFAULT_SIGMA = 0.3f;

    private final float[] xyz;
    private final NeighborGraph graph;
    private final float sigma;
    private final Map<Integer, float[]> geodesicCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, float[]> eldest) {
            return size() > 256;
        }
    };

    /**
     * @param context the shape (unit sphere) and its kNN graph
     * @param m       neighbours per point of the graph the heat spreads on
     * @param sigma   σ of the Gaussian, in unit-sphere units
     */
    public HeatmapSelection(ShapeContext context, int m, float sigma) {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be > 0, got " + sigma);
        }
        this.xyz = context.cloud().xyz();
        this.graph = context.graph(m);
        this.sigma = sigma;
    }

    public HeatmapSelection(ShapeContext context) {
        this(context, 8, DEFAULT_SIGMA);
    }

    @Override
    public boolean[] select(int[] positives, int[] negatives) {
        int n = graph.size();
        float[] bestPos = new float[n];
        Arrays.fill(bestPos, Float.POSITIVE_INFINITY);
        float[] bestNeg = bestPos.clone();
        for (int c : positives) {
            min(bestPos, geodesics(c));
        }
        for (int c : negatives) {
            min(bestNeg, geodesics(c));
        }
        // heat >= 0.5  <=>  g <= σ·sqrt(2 ln 2); heat_pos > heat_neg  <=>  g_pos < g_neg
        float limit = (float) (sigma * Math.sqrt(2 * Math.log(2)));
        boolean[] mask = new boolean[n];
        for (int i = 0; i < n; i++) {
            mask[i] = bestPos[i] <= limit && bestPos[i] < bestNeg[i];
        }
        return mask;
    }

    private static void min(float[] acc, float[] g) {
        for (int i = 0; i < acc.length; i++) {
            acc[i] = Math.min(acc[i], g[i]);
        }
    }

    /** Geodesic distances from point c over the kNN graph (Dijkstra, binary heap on primitives; cached). */
    private float[] geodesics(int c) {
        return geodesicCache.computeIfAbsent(c, this::dijkstra);
    }

    private float[] dijkstra(int source) {
        int n = graph.size();
        float[] dist = new float[n];
        Arrays.fill(dist, Float.POSITIVE_INFINITY);
        int[] heap = new int[graph.adjacency().length + 1];
        float[] key = new float[heap.length];
        int size = 0;
        dist[source] = 0;
        heap[size] = source;
        key[size++] = 0;
        int[] adj = graph.adjacency();
        while (size > 0) {
            int u = heap[0];
            float du = key[0];
            size--;
            heap[0] = heap[size];
            key[0] = key[size];
            siftDown(heap, key, size);
            if (du > dist[u]) {
                continue; // stale entry
            }
            for (int p = graph.begin(u); p < graph.end(u); p++) {
                int v = adj[p];
                float dx = xyz[3 * u] - xyz[3 * v],
                        dy = xyz[3 * u + 1] - xyz[3 * v + 1],
                        dz = xyz[3 * u + 2] - xyz[3 * v + 2];
                float nd = du + (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
                if (nd < dist[v]) {
                    dist[v] = nd;
                    int c = size++;
                    heap[c] = v;
                    key[c] = nd;
                    while (c > 0) {
                        int parent = (c - 1) >>> 1;
                        if (key[parent] <= key[c]) {
                            break;
                        }
                        swap(heap, key, c, parent);
                        c = parent;
                    }
                }
            }
        }
        return dist;
    }

    private static void siftDown(int[] heap, float[] key, int size) {
        int c = 0;
        while (true) {
            int l = 2 * c + 1, r = l + 1, m = c;
            if (l < size && key[l] < key[m]) {
                m = l;
            }
            if (r < size && key[r] < key[m]) {
                m = r;
            }
            if (m == c) {
                return;
            }
            swap(heap, key, c, m);
            c = m;
        }
    }

    private static void swap(int[] heap, float[] key, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
        float tk = key[a];
        key[a] = key[b];
        key[b] = tk;
    }
}
