package org.iseg3d.tf.model;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.finetune.ClickSets;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.tf.net.LossConfig;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.train.StandInShapes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;

/** TfEmbedder as a FineTunableEmbedder, driven by iseg-core's FineTuner on a real network and stand-in shapes. */
class TfEmbedderFinetuneTest {

    @TempDir
    static Path tmp;

    private static Path folder;

    @BeforeAll
    static void exportAModel() throws Exception {
        folder = tmp.resolve("m");
        try (TfModel m = TfModel.create(NetConfig.DEFAULT, 7)) {
            m.export(folder);
        }
    }

    @AfterAll
    static void done() {
        folder = null;
    }

    private static PointCloud cloud() {
        return new StandInShapes(3, 1024, 0).shape(4).cloud();
    }

    /** Clicks where eq. 9 is active: a positive at point 0 and its 4 nearest points in embedding space as negatives. */
    private static ClickSets clicks(float[] z) {
        int[] neg = TfModelTest.closestInEmbedding(z, 32, 0, 4);
        List<Click> c = new ArrayList<>(List.of(Click.positive(0)));
        for (int n : neg) {
            c.add(Click.negative(n));
        }
        return ClickSets.of(c);
    }

    @Test
    void roundsLowerTheEnergyAndForkStartsFromTheFolderWeights() {
        PointCloud c = cloud();
        try (TfEmbedder e = new TfEmbedder(TfModel.load(folder), folder)) {
            float[] before = e.embed(c);
            FineTuner t = new FineTuner(e, new FinetuneParams(5, 1e-3f), m -> fail(m));
            FineTuner.Round r = t.round(c, clicks(before));
            assertEquals(FineTuner.Status.TUNED, r.status());
            float[] energy = r.energies();
            assertTrue(energy[0] > 0 && energy[energy.length - 1] < energy[0], "E per step " + Arrays.toString(energy));
            assertFalse(Arrays.equals(before, r.embedding()));
            assertArrayEquals(r.embedding(), e.embed(c), 0f, "the round's embedding is the model's current one");
            try (TfEmbedder f = e.fork()) {
                assertArrayEquals(before, f.embed(c), 1e-5f, "a fork has the folder's weights, not the tuned ones");
                f.finetuneStep(c, new int[] {0}, new int[] {1, 2}, 1e-2f);
                assertArrayEquals(r.embedding(), e.embed(c), 0f, "tuning the fork leaves the original alone");
            }
            t.reset();
            assertArrayEquals(before, e.embed(c), 1e-6f);
        }
    }

    @Test
    void divergenceIsDetectedAndRolledBackToTheLastGoodRound() {
        PointCloud c = cloud();
        try (TfEmbedder e = new TfEmbedder(TfModel.load(folder), folder)) {
            float[] initial = e.embed(c);
            ClickSets clicks = clicks(initial);
            List<String> reports = new ArrayList<>();
            // an absurd learning rate: Adam moves every weight by ~1e30 in the first step, E is NaN/Inf next
            FineTuner bad = new FineTuner(e, new FinetuneParams(3, 1e30f), reports::add);
            FineTuner.Round r = bad.round(c, clicks);
            assertEquals(FineTuner.Status.ROLLED_BACK, r.status(), Arrays.toString(r.energies()));
            assertTrue(
                    Float.isFinite(r.energies()[0]) && !Float.isFinite(r.energies()[r.energies().length - 1]),
                    Arrays.toString(r.energies()));
            assertArrayEquals(initial, r.embedding(), 1e-6f, "no good steps: back to the folder weights");
            assertArrayEquals(initial, e.embed(c), 1e-6f);
            assertEquals(1, reports.size());
            assertTrue(reports.get(0).contains("diverged"), reports.get(0));
            assertEquals(FineTuner.Status.OFF, bad.round(c, clicks).status(), "off until reset");

            // a good round, then the weights are poisoned behind the tuner's back: the next round rolls back by
            // replaying the good round's steps (not bit-exact on TF's CPU kernels, so compared by being finite and
            // being the model's current embedding)
            FineTuner t = new FineTuner(e, new FinetuneParams(2, 1e-3f), reports::add);
            t.reset();
            assertEquals(FineTuner.Status.TUNED, t.round(c, clicks).status());
            e.finetuneStep(c, clicks.positive(), clicks.negative(), 1e30f);
            FineTuner.Round back = t.round(c, clicks);
            assertEquals(FineTuner.Status.ROLLED_BACK, back.status());
            assertEquals(2, t.goodSteps());
            for (float v : back.embedding()) {
                assertTrue(Float.isFinite(v));
            }
            assertArrayEquals(back.embedding(), e.embed(c), 0f);
            assertFalse(Arrays.equals(initial, back.embedding()), "the good steps are kept");
            assertEquals(2, reports.size(), "one report per tuner");
        }
    }

    @Test
    void aModelWithoutTheFineTuningSignatureSaysSoAndTheTunerContinues() throws Exception {
        Path embedOnly = tmp.resolve("embed-only");
        try (Graph g = new Graph()) {
            ModelGraph.Built built = ModelGraph.build(g, NetConfig.DEFAULT, LossConfig.PAPER, 7);
            try (Session s = new Session(g)) {
                Signature embed = built.signatures().stream()
                        .filter(x -> x.key().equals(Signatures.EMBED))
                        .findFirst()
                        .orElseThrow();
                SavedModelBundle.exporter(embedOnly.toString())
                        .withFunction(SessionFunction.create(embed, s))
                        .export();
            }
        }
        new ModelInfo(
                        ModelInfo.FORMAT,
                        NetConfig.DEFAULT,
                        org.iseg3d.tf.net.PointNetGraph.parameterCount(NetConfig.DEFAULT))
                .write(embedOnly);
        PointCloud c = cloud();
        try (TfEmbedder e = new TfEmbedder(TfModel.load(embedOnly), embedOnly)) {
            assertFalse(e.canFinetune());
            UnsupportedOperationException u = assertThrows(
                    UnsupportedOperationException.class, () -> e.finetuneStep(c, new int[] {0}, new int[] {1}, 1e-3f));
            assertTrue(
                    u.getMessage().contains("finetune_step") && u.getMessage().contains(embedOnly.toString()),
                    u.getMessage());
            float[] z = e.embed(c);
            List<String> reports = new ArrayList<>();
            FineTuner t = new FineTuner(e, FinetuneParams.DEFAULTS, reports::add);
            assertEquals(FineTuner.Status.UNSUPPORTED, t.round(c, clicks(z)).status());
            assertEquals(FineTuner.Status.OFF, t.round(c, clicks(z)).status());
            t.reset();
            assertEquals(1, reports.size());
            assertTrue(reports.get(0).contains("continuing without fine-tuning"), reports.get(0));
            assertArrayEquals(z, e.embed(c), 0f);
        }
    }
}
