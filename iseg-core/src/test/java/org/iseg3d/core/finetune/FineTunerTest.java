package org.iseg3d.core.finetune;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.iseg3d.core.TestClouds;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.cloud.PointCloud;
import org.junit.jupiter.api.Test;

class FineTunerTest {

    private static final PointCloud LINE = TestClouds.line(50, 0.01f).normalizedToUnitSphere();
    /** Positive at point 0, negatives at 5 and 10: both within ε_cte of the positive at scale 1 (E > 0). */
    private static final ClickSets CLICKS =
            ClickSets.of(List.of(Click.positive(0), Click.negative(5), Click.negative(10)));

    @Test
    void aRoundLowersTheEnergyAndReturnsTheNewEmbedding() {
        ScaleEmbedder e = new ScaleEmbedder();
        FineTuner t = new FineTuner(e, new FinetuneParams(4, 0.5f), m -> fail(m));
        FineTuner.Round r = t.round(LINE, CLICKS);
        assertEquals(FineTuner.Status.TUNED, r.status());
        assertEquals(4, r.energies().length);
        for (int i = 1; i < 4; i++) {
            assertTrue(r.energies()[i] < r.energies()[i - 1], java.util.Arrays.toString(r.energies()));
        }
        assertArrayEquals(e.embed(LINE), r.embedding());
        assertTrue(e.scale > 1f);
        assertEquals(4, t.goodSteps());
        assertTrue(t.adapted());
    }

    @Test
    void divergenceRollsBackToTheLastGoodWeightsReportsOnceAndStopsUntilReset() {
        ScaleEmbedder e = new ScaleEmbedder();
        List<String> reports = new ArrayList<>();
        FineTuner good = new FineTuner(e, new FinetuneParams(3, 0.5f), reports::add);
        FineTuner.Round r1 = good.round(LINE, CLICKS);
        float goodScale = e.scale;
        assertArrayEquals(e.embed(LINE), r1.embedding(), "the round returns the tuned embedding");
        // the same embedder, a tuner with an absurd learning rate that sends the weight to infinity
        FineTuner bad = new FineTuner(e, new FinetuneParams(3, Float.MAX_VALUE), reports::add);
        bad.reset();
        bad.round(LINE, CLICKS); // no good steps yet in this tuner: rolls back to the initial weights
        assertEquals(1f, e.scale);
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).contains("diverged") && reports.get(0).contains("rolled back"), reports.get(0));
        assertFalse(bad.active());
        assertEquals(FineTuner.Status.OFF, bad.round(LINE, CLICKS).status());
        bad.reset();
        assertTrue(bad.active());
        assertEquals(FineTuner.Status.ROLLED_BACK, bad.round(LINE, CLICKS).status());
        assertEquals(1, reports.size(), "reported once");
        assertEquals(FineTuner.Status.TUNED, r1.status());
        assertTrue(goodScale > 1f);
    }

    @Test
    void rollbackReplaysTheGoodStepsOfEarlierRounds() {
        ScaleEmbedder e = new ScaleEmbedder();
        FineTuner t = new FineTuner(e, new FinetuneParams(2, 0.5f), m -> {});
        float[] afterGood = t.round(LINE, CLICKS).embedding();
        float goodScale = e.scale;
        e.scale = Float.POSITIVE_INFINITY; // the next step sees diverged weights: E = NaN
        FineTuner.Round r = t.round(LINE, CLICKS);
        assertEquals(FineTuner.Status.ROLLED_BACK, r.status());
        assertArrayEquals(afterGood, r.embedding(), "the embedding of the restored weights");
        assertEquals(goodScale, e.scale, "weights after the replay of the 2 good steps");
        assertArrayEquals(afterGood, e.embed(LINE));
        assertEquals(1, e.resets);
    }

    @Test
    void aModelWithoutFineTuningIsReportedOnceAndLeftAlone() {
        ScaleEmbedder e = new ScaleEmbedder();
        e.supported = false;
        List<String> reports = new ArrayList<>();
        FineTuner t = new FineTuner(e, FinetuneParams.DEFAULTS, reports::add);
        FineTuner.Round r = t.round(LINE, CLICKS);
        assertEquals(FineTuner.Status.UNSUPPORTED, r.status());
        assertTrue(r.message().contains("finetune_step") && r.message().contains("continuing without"), r.message());
        assertEquals(FineTuner.Status.OFF, t.round(LINE, CLICKS).status());
        t.reset();
        assertEquals(FineTuner.Status.OFF, t.round(LINE, CLICKS).status());
        assertEquals(1, reports.size());
        assertEquals(0, e.resets, "nothing changed, nothing to reset");
    }

    @Test
    void aRoundStopsOnceEveryNegativeIsFarEnough() {
        ScaleEmbedder e = new ScaleEmbedder();
        e.scale = 100f; // every negative already farther than ε_cte from the positive: E = 0
        FineTuner t = new FineTuner(e, new FinetuneParams(5, 0.5f), m -> fail(m));
        FineTuner.Round r = t.round(LINE, CLICKS);
        assertEquals(FineTuner.Status.TUNED, r.status());
        assertArrayEquals(new float[] {0f}, r.energies());
        assertEquals(1, e.steps);
        assertEquals(1, t.goodSteps());
    }

    @Test
    void nothingToLearnWithoutANegativeOrWithoutAPositive() {
        ScaleEmbedder e = new ScaleEmbedder();
        FineTuner t = new FineTuner(e, FinetuneParams.DEFAULTS, m -> fail(m));
        assertEquals(
                FineTuner.Status.NOTHING_TO_LEARN,
                t.round(LINE, ClickSets.of(List.of(Click.positive(0)))).status());
        assertEquals(
                FineTuner.Status.NOTHING_TO_LEARN,
                t.round(LINE, ClickSets.of(List.of(Click.negative(3)))).status());
        assertEquals(0, e.steps);
        assertEquals(
                FineTuner.Status.OFF,
                new FineTuner(e, FinetuneParams.OFF, m -> {})
                        .round(LINE, CLICKS)
                        .status());
    }

    @Test
    void stopBetweenStepsLeavesTheRoundUnaccepted() {
        ScaleEmbedder e = new ScaleEmbedder();
        FineTuner t = new FineTuner(e, new FinetuneParams(5, 0.5f), m -> {});
        int[] calls = {0};
        FineTuner.Round r = t.round(LINE, CLICKS, () -> calls[0]++ >= 2);
        assertEquals(FineTuner.Status.STOPPED, r.status());
        assertEquals(2, r.energies().length);
        assertEquals(0, t.goodSteps());
        t.reset();
        assertEquals(1f, e.scale);
    }

    @Test
    void badParametersAreRejectedWithAClearMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FinetuneParams(-1, 1e-3f))
                .getMessage()
                .contains("steps"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FinetuneParams(3, Float.NaN))
                .getMessage()
                .contains("learning rate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FinetuneParams(3, 0f))
                .getMessage()
                .contains("learning rate"));
    }

    @Test
    void clickSetsDropDuplicatesAndTriggerOnNegatives() {
        ClickSets s = ClickSets.of(
                List.of(Click.positive(1), Click.negative(2), Click.positive(1), Click.negative(3), Click.negative(2)));
        assertArrayEquals(new int[] {1}, s.positive());
        assertArrayEquals(new int[] {2, 3}, s.negative());
        assertTrue(ClickSets.triggers(List.of(Click.negative(4))));
        assertFalse(ClickSets.triggers(List.of(Click.positive(4))));
    }
}
