package org.iseg3d.core.propose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.knn.NeighborGraph;

/**
 * Finds candidate parts before any click by clustering an embedding (any: learned, FPFH, xyz) on the shape's
 * Euclidean kNN graph, so every proposal is spatially connected. Agglomerative, in three phases:
 * <ol>
 *   <li><b>Point merges</b> (Kruskal order): graph edges sorted by embedding distance; the clusters at both ends
 *       merge if their mean embeddings are closer than {@code linkDistance} and the merged cluster's RMS distance
 *       to its mean stays at most {@code maxSpread}.</li>
 *   <li><b>Cluster merges</b> (rounds until nothing changes): adjacent clusters sorted by Ward's cost
 *       (n_a·n_b/(n_a+n_b)·‖μ_a − μ_b‖², the growth of the squared error), merged under the same two conditions; a
 *       cluster merges at most once per round so the costs stay exact. This repairs fragments that the greedy first
 *       phase left side by side.</li>
 *   <li><b>Small clusters</b> (fewer than {@link ProposalParams#minSize}) join the adjacent cluster with the nearest
 *       mean, whatever the conditions; an isolated one (no neighbour) gets no proposal.</li>
 * </ol>
 * With the learned embedding (trained so a part's points lie within ε_ctr = 0.25 of its centre and centres at least
 * ε_cte = 0.75 apart) the link distance α = 0.35 separates parts and joins a part's fragments.
 *
 * <p>Cost O(E log E + E·d) for E = N·{@code graphNeighbors} edges, memory O(N·d) doubles for the cluster sums.
 * Deterministic (ties broken by index). Stateless and thread-safe.
 */
public final class PartProposer {

    private final ProposalParams params;

    public PartProposer(ProposalParams params) {
        this.params = java.util.Objects.requireNonNull(params, "params");
    }

    public ProposalParams params() {
        return params;
    }

    /** {@link #propose(ShapeContext, float[], int, BooleanSupplier)} without cancellation. */
    public Proposals propose(ShapeContext context, float[] emb, int d) {
        return propose(context, emb, d, () -> false);
    }

    /**
     * @param context   the shape (its kNN table provides the graph)
     * @param emb       N·d embedding, row i = point i
     * @param d         embedding size
     * @param cancelled checked between phases and every 64k edges; {@code true} throws {@link CancellationException}
     */
    public Proposals propose(ShapeContext context, float[] emb, int d, BooleanSupplier cancelled) {
        int n = context.size();
        if (d < 1 || emb.length != (long) n * d) {
            throw new IllegalArgumentException(
                    "embedding has " + emb.length + " floats, expected " + n + " points × " + d);
        }
        NeighborGraph graph = context.graph(params.graphNeighbors());
        Clusters c = new Clusters(emb, d, n);
        float link = params.linkDistance();
        double linkSq = (double) link * link;
        double spreadSq = (double) params.maxSpread() * params.maxSpread();

        // phase 1: point merges along graph edges, nearest embeddings first
        Edges edges = sortedEdges(graph, emb, d, cancelled);
        for (int e = 0; e < edges.keyed.length; e++) {
            if ((e & 0xFFFF) == 0) {
                check(cancelled);
            }
            int id = (int) edges.keyed[e];
            int a = c.find(edges.a[id]);
            int b = c.find(edges.b[id]);
            if (a != b && c.meanDistSq(a, b) < linkSq && c.mergedSpreadSq(a, b) <= spreadSq) {
                c.union(a, b);
            }
        }
        check(cancelled);

        // phase 2: Ward-ordered merges of adjacent clusters, in rounds
        boolean merged = true;
        while (merged) {
            merged = false;
            long[] pairs = c.adjacentPairs(graph);
            long[] keyed = new long[pairs.length];
            for (int p = 0; p < pairs.length; p++) {
                int a = (int) (pairs[p] >>> 32), b = (int) pairs[p];
                keyed[p] = ((long) Float.floatToIntBits((float) c.wardCost(a, b)) << 32) | p;
            }
            Arrays.sort(keyed);
            boolean[] touched = new boolean[n];
            for (long k : keyed) {
                long pair = pairs[(int) k];
                int a = c.find((int) (pair >>> 32)), b = c.find((int) pair);
                if (a == b || touched[a] || touched[b]) {
                    continue;
                }
                if (c.meanDistSq(a, b) < linkSq && c.mergedSpreadSq(a, b) <= spreadSq) {
                    int r = c.union(a, b);
                    touched[r] = true;
                    touched[a] = true;
                    touched[b] = true;
                    merged = true;
                }
            }
            check(cancelled);
        }

        // phase 3: small clusters into the adjacent cluster with the nearest mean
        int minSize = params.minSize(n);
        boolean changed = true;
        while (changed) {
            changed = false;
            long[] pairs = c.adjacentPairs(graph);
            int[] bestOf = new int[n];
            double[] bestD = new double[n];
            Arrays.fill(bestOf, -1);
            Arrays.fill(bestD, Double.POSITIVE_INFINITY);
            for (long pair : pairs) {
                int a = (int) (pair >>> 32), b = (int) pair;
                double dd = c.meanDistSq(a, b);
                if (c.count[a] < minSize && (dd < bestD[a] || (dd == bestD[a] && b < bestOf[a]))) {
                    bestD[a] = dd;
                    bestOf[a] = b;
                }
                if (c.count[b] < minSize && (dd < bestD[b] || (dd == bestD[b] && a < bestOf[b]))) {
                    bestD[b] = dd;
                    bestOf[b] = a;
                }
            }
            for (int a = 0; a < n; a++) {
                if (bestOf[a] >= 0) {
                    int ra = c.find(a), rb = c.find(bestOf[a]);
                    if (ra != rb && c.count[ra] < minSize) {
                        c.union(ra, rb);
                        changed = true;
                    }
                }
            }
            check(cancelled);
        }
        return c.toProposals(minSize);
    }

    /** Graph edges: endpoints a[e], b[e]; {@code keyed} sorted by distance, low 32 bits = e. */
    private record Edges(long[] keyed, int[] a, int[] b) {}

    /** Undirected edges (each once) keyed by squared embedding distance: (floatBits(dist²) << 32) | edge index. */
    private static Edges sortedEdges(NeighborGraph graph, float[] emb, int d, BooleanSupplier cancelled) {
        int n = graph.size();
        int[] adj = graph.adjacency();
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int p = graph.begin(i); p < graph.end(i); p++) {
                if (adj[p] > i) {
                    m++;
                }
            }
        }
        int[] ea = new int[m], eb = new int[m];
        long[] keyed = new long[m];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int p = graph.begin(i); p < graph.end(i); p++) {
                int j = adj[p];
                if (j > i) {
                    float s = 0;
                    for (int a = 0, oi = i * d, oj = j * d; a < d; a++) {
                        float diff = emb[oi + a] - emb[oj + a];
                        s += diff * diff;
                    }
                    ea[e] = i;
                    eb[e] = j;
                    keyed[e] = ((long) Float.floatToIntBits(s) << 32) | e; // non-negative floats sort as ints
                    e++;
                }
            }
            if ((i & 0xFFFF) == 0) {
                check(cancelled);
            }
        }
        Arrays.sort(keyed);
        return new Edges(keyed, ea, eb);
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("part proposals cancelled");
        }
    }

    /** Union-find over points with per-root count, embedding sum and sum of squared norms. Not thread-safe. */
    private static final class Clusters {
        final int[] parent;
        final int[] count;
        final double[] sum;
        final double[] sumSq;
        final float[] emb;
        final int d;

        Clusters(float[] emb, int d, int n) {
            this.emb = emb;
            this.d = d;
            parent = new int[n];
            count = new int[n];
            sum = new double[n * d];
            sumSq = new double[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                count[i] = 1;
                double s = 0;
                for (int a = 0; a < d; a++) {
                    float v = emb[i * d + a];
                    sum[i * d + a] = v;
                    s += (double) v * v;
                }
                sumSq[i] = s;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Merges roots a and b; the larger (ties: lower index) stays root. */
        int union(int a, int b) {
            int r = count[a] > count[b] || (count[a] == count[b] && a < b) ? a : b;
            int o = r == a ? b : a;
            parent[o] = r;
            count[r] += count[o];
            for (int k = 0; k < d; k++) {
                sum[r * d + k] += sum[o * d + k];
            }
            sumSq[r] += sumSq[o];
            return r;
        }

        double meanDistSq(int a, int b) {
            double s = 0;
            double ia = 1.0 / count[a], ib = 1.0 / count[b];
            for (int k = 0; k < d; k++) {
                double diff = sum[a * d + k] * ia - sum[b * d + k] * ib;
                s += diff * diff;
            }
            return s;
        }

        /** Mean squared distance to the mean of a ∪ b: E‖z‖² − ‖μ‖². */
        double mergedSpreadSq(int a, int b) {
            double nn = count[a] + count[b];
            double mu = 0;
            for (int k = 0; k < d; k++) {
                double m = (sum[a * d + k] + sum[b * d + k]) / nn;
                mu += m * m;
            }
            return Math.max(0, (sumSq[a] + sumSq[b]) / nn - mu);
        }

        double wardCost(int a, int b) {
            double na = count[a], nb = count[b];
            return na * nb / (na + nb) * meanDistSq(a, b);
        }

        /** Distinct pairs (min root << 32 | max root) of roots joined by a graph edge, sorted. */
        long[] adjacentPairs(NeighborGraph graph) {
            int n = parent.length;
            int[] root = new int[n];
            for (int i = 0; i < n; i++) {
                root[i] = find(i);
            }
            int[] adj = graph.adjacency();
            long[] pairs = new long[adj.length];
            int w = 0;
            for (int i = 0; i < n; i++) {
                for (int p = graph.begin(i); p < graph.end(i); p++) {
                    int a = root[i], b = root[adj[p]];
                    if (a < b) {
                        pairs[w++] = ((long) a << 32) | b;
                    }
                }
            }
            Arrays.sort(pairs, 0, w);
            int u = 0;
            for (int i = 0; i < w; i++) {
                if (u == 0 || pairs[i] != pairs[u - 1]) {
                    pairs[u++] = pairs[i];
                }
            }
            return Arrays.copyOf(pairs, u);
        }

        Proposals toProposals(int minSize) {
            int n = parent.length;
            int[] root = new int[n];
            List<int[]> roots = new ArrayList<>(); // {root, count}
            for (int i = 0; i < n; i++) {
                root[i] = find(i);
                if (root[i] == i && count[i] >= minSize) {
                    roots.add(new int[] {i, count[i]});
                }
            }
            roots.sort((x, y) -> x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
            int[] idOfRoot = new int[n];
            Arrays.fill(idOfRoot, Proposals.NONE);
            for (int k = 0; k < roots.size(); k++) {
                idOfRoot[roots.get(k)[0]] = k;
            }
            int[] proposalOf = new int[n];
            int[][] members = new int[roots.size()][];
            int[] fill = new int[roots.size()];
            for (int k = 0; k < roots.size(); k++) {
                members[k] = new int[roots.get(k)[1]];
            }
            for (int i = 0; i < n; i++) {
                int id = idOfRoot[root[i]];
                proposalOf[i] = id;
                if (id >= 0) {
                    members[id][fill[id]++] = i;
                }
            }
            List<Proposal> out = new ArrayList<>(roots.size());
            for (int k = 0; k < roots.size(); k++) {
                out.add(new Proposal(k, members[k], nearestToMean(roots.get(k)[0], members[k])));
            }
            return new Proposals(proposalOf, out);
        }

        private int nearestToMean(int r, int[] members) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            double inv = 1.0 / count[r];
            for (int i : members) { // ascending, so ties keep the lower index
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double diff = emb[i * d + k] - sum[r * d + k] * inv;
                    s += diff * diff;
                }
                if (s < bestD) {
                    bestD = s;
                    best = i;
                }
            }
            return best;
        }
    }
}
