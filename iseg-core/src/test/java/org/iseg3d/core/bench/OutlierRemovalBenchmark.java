package org.iseg3d.core.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.knn.KnnTable;
import org.iseg3d.core.knn.NeighborGraph;
import org.iseg3d.core.outlier.JGraphTOutlierRemoval;
import org.iseg3d.core.outlier.OutlierRemoval;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Alg. 1 two ways on the same graph: our primitive BFS vs JGraphT's ConnectivityInspector. Points are uniform
 * in a flat box; the mask is a 35%-radius ball with 10% random noise (outliers to remove), 2 positive clicks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OutlierRemovalBenchmark {

    @Param({"4096", "100000"})
    int points;

    NeighborGraph graph;
    boolean[] mask;
    int[] positives;

    @Setup
    public void setup() {
        float[] xyz = TestClouds.randomBox(points, 1, 1, 1, 0.2f).xyz();
        graph = NeighborGraph.of(KnnTable.build(xyz, 3), 3);
        SplittableRandom r = new SplittableRandom(2);
        mask = new boolean[points];
        for (int i = 0; i < points; i++) {
            float dx = xyz[3 * i] - 0.5f, dy = xyz[3 * i + 1] - 0.5f;
            mask[i] = dx * dx + dy * dy < 0.35f * 0.35f || r.nextDouble() < 0.1;
        }
        positives = new int[2];
        int w = 0;
        for (int i = 0; i < points && w < 2; i++) {
            float dx = xyz[3 * i] - 0.5f, dy = xyz[3 * i + 1] - 0.5f;
            if (dx * dx + dy * dy < 0.01f) {
                positives[w++] = i;
            }
        }
    }

    @Benchmark
    public boolean[] bfs() {
        return OutlierRemoval.apply(graph, mask, positives);
    }

    @Benchmark
    public boolean[] jgrapht() {
        return JGraphTOutlierRemoval.apply(graph, mask, positives);
    }
}
