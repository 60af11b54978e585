package org.iseg3d.core.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.knn.KdTree;
import org.iseg3d.core.knn.KnnTable;
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
 * The k-d tree at 4096, 100k and 1M points (uniform in a flat box): build, one 16-NN query, and the full
 * N×16 neighbour table (parallel over points).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class KdTreeBenchmark {

    @Param({"4096", "100000", "1000000"})
    int points;

    float[] xyz;
    KdTree tree;
    float[] queries;
    int q;
    final int[] idx = new int[16];
    final float[] d = new float[16];

    @Setup
    public void setup() {
        xyz = TestClouds.randomBox(points, 1, 1, 1, 0.2f).xyz();
        tree = new KdTree(xyz);
        SplittableRandom r = new SplittableRandom(5);
        queries = new float[3 * 1024];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = (float) r.nextDouble();
        }
    }

    @Benchmark
    public KdTree build() {
        return new KdTree(xyz);
    }

    @Benchmark
    public int knn16() {
        q = (q + 1) & 1023;
        return tree.knn(queries[3 * q], queries[3 * q + 1], queries[3 * q + 2] * 0.2f, 16, idx, d);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public KnnTable table16() {
        return KnnTable.build(xyz, tree, 16);
    }
}
