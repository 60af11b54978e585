package org.iseg3d.core.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.iseg3d.core.knn.KdTree;
import org.iseg3d.core.knn.NeighborGraph;

/**
 * The error regions of a mask against its target part: connected components (on the symmetric kNN graph) of
 * the missed points (false negatives, to be fixed by a positive click) and of the spilled points (false
 * positives, to be fixed by a negative click), largest first. Used by both click simulators. O(N·m).
 */
final class ErrorRegions {

    /** One connected error region; {@code missed} = false negatives (positive click), else spill. */
    record Region(int[] points, boolean missed) {
        int size() {
            return points.length;
        }
    }

    private ErrorRegions() {}

    /** Components of false negatives and false positives, sorted by size (descending), ties by first point. */
    static List<Region> of(NeighborGraph graph, boolean[] target, boolean[] mask) {
        int n = target.length;
        byte[] kind = new byte[n]; // 0 correct, 1 missed, 2 spill
        for (int i = 0; i < n; i++) {
            kind[i] = target[i] == mask[i] ? 0 : (byte) (target[i] ? 1 : 2);
        }
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int[] adj = graph.adjacency();
        List<Region> regions = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (kind[s] == 0 || seen[s]) {
                continue;
            }
            int head = 0, tail = 0;
            queue[tail++] = s;
            seen[s] = true;
            while (head < tail) {
                int u = queue[head++];
                for (int p = graph.begin(u); p < graph.end(u); p++) {
                    int v = adj[p];
                    if (!seen[v] && kind[v] == kind[s]) {
                        seen[v] = true;
                        queue[tail++] = v;
                    }
                }
            }
            regions.add(new Region(java.util.Arrays.copyOf(queue, tail), kind[s] == 1));
        }
        regions.sort(Comparator.comparingInt(Region::size).reversed().thenComparingInt(r -> r.points()[0]));
        return regions;
    }

    /**
     * The point of the region farthest (Euclidean) from every point outside it, skipping excluded points;
     * -1 if all are excluded. Ties go to the lower index. O(N log N).
     */
    static int farthestFromBoundary(float[] xyz, Region region, boolean[] excluded) {
        int n = xyz.length / 3;
        boolean[] inside = new boolean[n];
        for (int p : region.points()) {
            inside[p] = true;
        }
        int outside = n - region.size();
        if (outside == 0) { // the region is the whole shape: its centre is the point nearest the centroid
            return nearestToCentroid(xyz, region, excluded);
        }
        float[] out = new float[3 * outside];
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (!inside[i]) {
                out[w++] = xyz[3 * i];
                out[w++] = xyz[3 * i + 1];
                out[w++] = xyz[3 * i + 2];
            }
        }
        KdTree tree = new KdTree(out);
        int[] idx = new int[1];
        float[] d = new float[1];
        int best = -1;
        float bestD = -1;
        int[] sorted = region.points().clone();
        java.util.Arrays.sort(sorted);
        for (int p : sorted) {
            if (excluded[p]) {
                continue;
            }
            tree.knn(xyz[3 * p], xyz[3 * p + 1], xyz[3 * p + 2], 1, idx, d);
            if (d[0] > bestD) {
                bestD = d[0];
                best = p;
            }
        }
        return best;
    }

    private static int nearestToCentroid(float[] xyz, Region region, boolean[] excluded) {
        double cx = 0, cy = 0, cz = 0;
        for (int p : region.points()) {
            cx += xyz[3 * p];
            cy += xyz[3 * p + 1];
            cz += xyz[3 * p + 2];
        }
        int m = region.size();
        cx /= m;
        cy /= m;
        cz /= m;
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int p : region.points()) {
            if (excluded[p]) {
                continue;
            }
            double dx = xyz[3 * p] - cx, dy = xyz[3 * p + 1] - cy, dz = xyz[3 * p + 2] - cz;
            double dd = dx * dx + dy * dy + dz * dz;
            if (dd < bestD || (dd == bestD && p < best)) {
                bestD = dd;
                best = p;
            }
        }
        return best;
    }
}
