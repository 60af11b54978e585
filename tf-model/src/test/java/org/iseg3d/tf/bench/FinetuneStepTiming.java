package org.iseg3d.tf.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.tf.data.TrainingShape;
import org.iseg3d.tf.model.ShippedModel;
import org.iseg3d.tf.model.TfModel;
import org.iseg3d.tf.train.StandInShapes;

/**
 * Times one online fine-tuning step ({@code TfModel.finetuneStep}, eq. 9-10) of the shipped model at 4096 points: 3
 * positive clicks on one segment and 3 negative on others, lr 1e-4, after 5 warm-up steps; weights reset at the end.
 * Until the learned embedder implements {@code FineTunableEmbedder} (and {@code iseg3d bench} measures it), run:
 * {@code java -cp tf-model/target/test-classes:<the launcher's class path> org.iseg3d.tf.bench.FinetuneStepTiming [runs]}.
 * Prints one JSON line: p50/p95/min/max ms.
 */
public final class FinetuneStepTiming {

    private FinetuneStepTiming() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        StandInShapes src = new StandInShapes(1, 4096, 0);
        try (TfModel m = TfModel.load(ShippedModel.folder())) {
            long[] t = new long[runs];
            SplittableRandom rnd = new SplittableRandom(1);
            for (int r = -5; r < runs; r++) {
                TrainingShape s = src.shape(Math.floorMod(r, 8));
                for (long k = 8; s.segments() < 2; k++) { // clicks need two segments
                    s = src.shape(k);
                }
                PointCloud c = s.cloud();
                int[] seg = s.segmentOfPoint();
                int[] pos = new int[3], neg = new int[3];
                int p = 0, q = 0;
                while (p < 3 || q < 3) {
                    int i = rnd.nextInt(seg.length);
                    if (seg[i] == seg[0] && p < 3) {
                        pos[p++] = i;
                    } else if (seg[i] != seg[0] && q < 3) {
                        neg[q++] = i;
                    }
                }
                long t0 = System.nanoTime();
                m.finetuneStep(c, pos, neg, 1e-4f);
                long dt = System.nanoTime() - t0;
                if (r >= 0) {
                    t[r] = dt;
                }
            }
            m.reset();
            Arrays.sort(t);
            System.out.printf(
                    Locale.ROOT,
                    "{\"name\": \"finetune_step\", \"points\": 4096, \"samples\": %d, "
                            + "\"p50Ms\": %.3f, \"p95Ms\": %.3f, \"minMs\": %.3f, \"maxMs\": %.3f, \"loadAverage\": %.2f}%n",
                    runs,
                    t[(runs - 1) / 2] / 1e6,
                    t[(int) Math.ceil(0.95 * runs) - 1] / 1e6,
                    t[0] / 1e6,
                    t[runs - 1] / 1e6,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }
}
