package org.iseg3d.tf.model;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.tf.data.TrainingShape;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.train.BatchAssembler;
import org.iseg3d.tf.train.StandInShapes;
import org.iseg3d.tf.train.TrainingBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TfModelTest {

    private static TfModel model;

    @BeforeAll
    static void build() {
        model = TfModel.create(NetConfig.DEFAULT, 7);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static PointCloud cloud(int n, long index) {
        return new StandInShapes(3, n, 0).shape(index).cloud();
    }

    @Test
    void embedsFiniteValuesAt4096Points() {
        float[] z = model.embed(cloud(4096, 0));
        assertEquals(4096 * 32, z.length);
        for (float v : z) {
            assertTrue(Float.isFinite(v));
        }
        assertTrue(java.util.Arrays.stream(box(z)).anyMatch(v -> v != 0f));
    }

    @Test
    void exportThenLoadGivesSameEmbeddings(@TempDir Path tmp) throws Exception {
        PointCloud c = cloud(512, 1);
        float[] before = model.embed(c);
        Path dir = tmp.resolve("m");
        model.export(dir);
        try (TfModel loaded = TfModel.load(dir)) {
            assertArrayEquals(before, loaded.embed(c), 1e-5f);
            assertEquals(model.parameters(), loaded.parameters());
        }
    }

    @Test
    void resetRestoresEmbeddingsAfterFinetune(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("m");
        model.export(dir);
        try (TfModel m = TfModel.load(dir)) {
            PointCloud c = cloud(512, 2);
            float[] before = m.embed(c);
            int[] neg = closestInEmbedding(before, 32, 0, 3); // negatives inside the margin: E > 0
            float e0 = m.finetuneStep(c, new int[] {0}, neg, 1e-2f);
            assertTrue(Float.isFinite(e0) && e0 > 0f, "E = " + e0);
            float[] changed = m.embed(c);
            assertFalse(java.util.Arrays.equals(before, changed), "fine-tuning must change the weights");
            m.reset();
            assertArrayEquals(before, m.embed(c), 1e-6f);
        }
    }

    @Test
    void trainStepsLowerTheLossOnAFixedBatch() {
        try (TfModel m = TfModel.create(NetConfig.DEFAULT, 11)) {
            StandInShapes src = new StandInShapes(5, 256, 0);
            List<TrainingShape> shapes = List.of(src.next(), src.next());
            TrainingBatch b = new BatchAssembler(NetConfig.DEFAULT).assemble(shapes, 2);
            float first =
                    m.trainStep(b.rows6(), b.grouping(), b.targets(), 1e-3f).total();
            float last = first;
            for (int i = 0; i < 15; i++) {
                last = m.trainStep(b.rows6(), b.grouping(), b.targets(), 1e-3f).total();
            }
            assertTrue(Float.isFinite(first));
            assertTrue(last < first * 0.9f, "loss " + first + " -> " + last);
        }
    }

    /** The m points other than p whose embeddings are closest to that of p. */
    static int[] closestInEmbedding(float[] z, int d, int p, int m) {
        int n = z.length / d;
        Integer[] idx = new Integer[n];
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            for (int c = 0; c < d; c++) {
                double t = z[i * d + c] - z[p * d + c];
                dist[i] += t * t;
            }
        }
        java.util.Arrays.sort(idx, java.util.Comparator.comparingDouble(i -> dist[i]));
        return java.util.Arrays.stream(idx)
                .filter(i -> i != p)
                .limit(m)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double[] box(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
