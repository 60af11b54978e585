package org.iseg3d.tf.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.tf.data.TrainingShape;
import org.iseg3d.tf.model.TfModel;
import org.iseg3d.tf.net.GroupingBuilder;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.net.ShapeInput;
import org.iseg3d.tf.train.BatchAssembler;
import org.iseg3d.tf.train.StandInShapes;
import org.iseg3d.tf.train.TrainingBatch;

/**
 * The timings of tf-model/MODEL.md: a benchmark harness, not a unit test. Run with
 * {@code mvn -q -pl tf-model -am test-compile -DskipTests && mvn -q -pl tf-model exec:exec -Pbench}
 * (add {@code -Dbench.jvm.args=-Diseg3d.timing.batches=4,8} to choose the batch sizes).
 */
public final class ModelTimingBenchmark {

    private ModelTimingBenchmark() {}

    public static void main(String[] args) {
        int[] batches = Arrays.stream(
                        System.getProperty("iseg3d.timing.batches", "1,4,8").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        StandInShapes src = new StandInShapes(1, 4096, 0);
        long n0 = System.nanoTime();
        org.tensorflow.TensorFlow.version(); // native library load, measured separately from the graph build
        print("TensorFlow native library load %.0f ms", ms(n0));
        long t0 = System.nanoTime();
        try (TfModel m = TfModel.create(NetConfig.DEFAULT, 1)) {
            double build = ms(t0);
            PointCloud c = src.shape(0).cloud();
            GroupingBuilder g = new GroupingBuilder(NetConfig.DEFAULT);
            PointCloud p = ShapeInput.prepare(c);
            for (int i = 0; i < 5; i++) {
                m.embed(c);
            }
            double[] embed = new double[25], group = new double[25];
            for (int i = 0; i < 25; i++) {
                long a = System.nanoTime();
                g.build(p.xyz());
                group[i] = ms(a);
                a = System.nanoTime();
                m.embed(c);
                embed[i] = ms(a);
            }
            print("graph build %.0f ms; parameters %d", build, m.parameters());
            print(
                    "embed 4096 pts incl. Java indices: median %.1f ms (min %.1f); grouping alone median %.1f ms",
                    median(embed), Arrays.stream(embed).min().orElse(0), median(group));
            for (int b : batches) {
                List<TrainingShape> shapes = new ArrayList<>();
                for (int i = 0; i < b; i++) {
                    shapes.add(src.shape(100 + i));
                }
                long a = System.nanoTime();
                TrainingBatch batch = new BatchAssembler(NetConfig.DEFAULT).assemble(shapes, b);
                double assemble = ms(a);
                for (int i = 0; i < 2; i++) {
                    m.trainStep(batch.rows6(), batch.grouping(), batch.targets(), 1e-4f);
                }
                double[] step = new double[6];
                for (int i = 0; i < step.length; i++) {
                    a = System.nanoTime();
                    m.trainStep(batch.rows6(), batch.grouping(), batch.targets(), 1e-4f);
                    step[i] = ms(a);
                }
                print(
                        "batch %d x 4096: train step median %.0f ms -> %.1f shapes/s; batch assembly (prefetch thread)"
                                + " %.0f ms",
                        b, median(step), 1000 * b / median(step), assemble);
            }
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static void print(String fmt, Object... args) {
        System.out.println("[timing] " + String.format(Locale.ROOT, fmt, args));
    }
}
