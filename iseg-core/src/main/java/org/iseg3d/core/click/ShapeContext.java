package org.iseg3d.core.click;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.knn.KnnTable;
import org.iseg3d.core.knn.NeighborGraph;
import org.iseg3d.core.knn.ReverseNeighbors;

/**
 * Geometry shared by every step of a segmentation of one shape: the cloud, normalised into the unit sphere, its
 * Euclidean kNN table (enough neighbours for Alg. 1 and 2) and the symmetric kNN graphs derived from it. Built
 * once per shape in O(N k log N); thread-safe (graphs are created on first use and cached).
 */
public final class ShapeContext {

    /** Neighbours per point in the shared table: N_smooth of the paper (32) covers every default user. */
    public static final int DEFAULT_K = 32;

    private final PointCloud cloud;
    private final KnnTable table;
    private final ConcurrentMap<Integer, NeighborGraph> graphs = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, ReverseNeighbors> reverse = new ConcurrentHashMap<>();

    private ShapeContext(PointCloud cloud, KnnTable table) {
        this.cloud = cloud;
        this.table = table;
    }

    /** Normalises {@code cloud} into the unit sphere and builds a kNN table with {@code k} neighbours. */
    public static ShapeContext of(PointCloud cloud, int k) {
        PointCloud unit = cloud.normalizedToUnitSphere();
        int kk = Math.min(k, unit.size() - 1);
        if (kk < 1) {
            throw new IllegalArgumentException("a shape needs at least 2 points, got " + unit.size());
        }
        return new ShapeContext(unit, KnnTable.build(unit.xyz(), kk));
    }

    public static ShapeContext of(PointCloud cloud) {
        return of(cloud, DEFAULT_K);
    }

    /** The cloud in the unit sphere. */
    public PointCloud cloud() {
        return cloud;
    }

    public int size() {
        return cloud.size();
    }

    public KnnTable table() {
        return table;
    }

    /** The reverse of the first {@code m} columns of the table (cached; frontier Segment Smoothing uses it). */
    public ReverseNeighbors reverse(int m) {
        return reverse.computeIfAbsent(Math.min(m, table.k()), mm -> ReverseNeighbors.of(table, mm));
    }

    /** The undirected graph over the first {@code m} neighbours of each point (cached). */
    public NeighborGraph graph(int m) {
        return graphs.computeIfAbsent(Math.min(m, table.k()), mm -> NeighborGraph.of(table, mm));
    }
}
