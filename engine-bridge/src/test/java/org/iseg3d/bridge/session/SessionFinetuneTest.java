package org.iseg3d.bridge.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.scenes.Fixtures;
import org.junit.jupiter.api.Test;

/** Online fine-tuning in a session, on the fixture chair, with a one-weight model whose steps can be held. */
class SessionFinetuneTest {

    private static final Vector3f DOWN = new Vector3f(0, -1, 0);

    /**
     * z_i = s · p_i over the session's unit-sphere cloud; a step is gradient descent on eq. 9-10 for that model
     * (s grows while negatives are within ε_cte of their nearest positive), and waits for {@link #gate} if set.
     */
    static final class ScaleModel implements FineTunableEmbedder {
        volatile float scale = 1f;
        volatile CountDownLatch gate;
        final CountDownLatch stepStarted = new CountDownLatch(1);
        volatile boolean supported = true;
        volatile int resets;
        volatile int steps;

        @Override
        public String name() {
            return "scale";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[] embed(PointCloud cloud) {
            float[] z = cloud.xyz().clone();
            for (int i = 0; i < z.length; i++) {
                z[i] *= scale;
            }
            return z;
        }

        @Override
        public float finetuneStep(PointCloud cloud, int[] positive, int[] negative, float lr) {
            if (!supported) {
                throw new UnsupportedOperationException("no 'finetune_step' signature");
            }
            stepStarted.countDown();
            CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            steps++;
            double e = 0, grad = 0;
            for (int n : negative) {
                double d = Double.MAX_VALUE;
                for (int p : positive) {
                    d = Math.min(d, Math.sqrt(cloud.distanceSq(n, p)));
                }
                if (0.75 - scale * d > 0) { // eq. 9 with D_i = s·d_i (eq. 10)
                    e += 0.75 - scale * d;
                    grad -= d;
                }
            }
            float before = (float) (e / negative.length);
            scale = (float) (scale - lr * grad / negative.length);
            return before;
        }

        @Override
        public void reset() {
            resets++;
            scale = 1f;
        }

        @Override
        public FineTunableEmbedder fork() {
            return new ScaleModel();
        }
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private static Vector3f centroidOf(SampledShape shape, String part) {
        return SegmentationSessionTest.centroidOf(shape, part);
    }

    private static SessionConfig config(ScaleModel m, FinetuneParams p) {
        return SessionConfig.embedding(m).withPoints(2048).withSeed(3L).withFinetune(p);
    }

    /** Seat click, then a negative click on the back; returns the state after the negative click. */
    private static SessionState seatThenBack(SegmentationSession s) throws Exception {
        SampledShape shape = s.scene().orElseThrow().shape();
        Vector3f seat = centroidOf(shape, "seat");
        get(s.click(new Ray(new Vector3f(seat.x, 10f, seat.z), DOWN), true));
        ClickOutcome out = get(s.click(centroidOf(shape, "back"), false));
        return assertInstanceOf(ClickOutcome.Accepted.class, out).state();
    }

    @Test
    void aNegativeClickFineTunesInTheBackgroundWithoutBlockingClicksThenTheMaskUpdates() throws Exception {
        ScaleModel model = new ScaleModel();
        model.gate = new CountDownLatch(1);
        FinetuneParams params = new FinetuneParams(3, 0.5f);
        BlockingQueue<FinetuneEvent> events = new LinkedBlockingQueue<>();
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        try (SegmentationSession s = new SegmentationSession(config(model, params))) {
            s.addFinetuneListener(events::add);
            s.addListener((before, now, step) -> steps.add(step));
            get(s.open(Fixtures.fixture("chair")));
            assertEquals(1, model.resets, "opening starts from the model's own weights");
            SessionState afterNegative = seatThenBack(s);
            assertTrue(model.stepStarted.await(30, TimeUnit.SECONDS), "a round started");
            assertTrue(s.finetuneBusy());
            // the step is held: clicks still go through at once over the current embedding
            SampledShape shape = s.scene().orElseThrow().shape();
            Vector3f leg = centroidOf(shape, "leg_1");
            SessionState whileTuning = assertInstanceOf(ClickOutcome.Accepted.class, get(s.click(leg, false)))
                    .state();
            assertEquals(3, whileTuning.clicks().size());
            assertEquals(1f, model.scale, "nothing learned yet");
            model.gate.countDown();

            FinetuneEvent first = events.poll(60, TimeUnit.SECONDS);
            assertEquals(FineTuner.Status.TUNED, first.status());
            float[] e = first.energies();
            assertTrue(e.length >= 1 && e.length <= 3, "up to 3 steps, fewer once E = 0");
            assertTrue(e[0] > 0, "the negative was within ε_cte of the seat click");
            assertTrue(
                    e.length == 1 || e[e.length - 1] < e[0], "E falls over the round: " + java.util.Arrays.toString(e));
            assertNull(first.message());
            // the second negative click asked again while the first round ran: one more round with all clicks
            FinetuneEvent second = events.poll(60, TimeUnit.SECONDS);
            assertEquals(FineTuner.Status.TUNED, second.status());
            assertEquals(2, second.rounds());
            assertTrue(model.scale > 1f);
            SessionState tuned = s.state();
            assertEquals(whileTuning.clicks(), tuned.clicks(), "the same clicks, re-applied");
            assertNotEquals(whileTuning.mask(), tuned.mask(), "the mask follows the new embedding");
            assertTrue(tuned.mask().count() < whileTuning.mask().count(), "a larger scale shrinks the α ball");
            assertTrue(steps.contains("fine-tune"), steps.toString());
            assertEquals(List.of("click", "click", "click"), s.undoLabels(), "fine-tuning is not an undo step");
            assertFalse(afterNegative.clicks().isEmpty());

            // reset on request: the model's own weights, the current clicks segmented over the opened embedding
            SessionState reset = get(s.resetFinetuning());
            assertEquals(1f, model.scale);
            assertEquals(whileTuning.mask(), reset.mask());
        }
    }

    @Test
    void withFineTuningOffOrAPositiveClickNothingIsTuned() throws Exception {
        ScaleModel model = new ScaleModel();
        try (SegmentationSession s = new SegmentationSession(config(model, FinetuneParams.OFF))) {
            get(s.open(Fixtures.fixture("chair")));
            assertFalse(s.finetuneEnabled());
            seatThenBack(s);
            s.setFinetuneEnabled(true);
            SampledShape shape = s.scene().orElseThrow().shape();
            get(s.click(centroidOf(shape, "leg_2"), true)); // positive: no round
            assertFalse(s.finetuneBusy());
            assertEquals(0, model.steps);
        }
    }

    @Test
    void aModelWithoutFineTuningIsReportedOnceAndTheSessionGoesOn() throws Exception {
        ScaleModel model = new ScaleModel();
        model.supported = false;
        BlockingQueue<FinetuneEvent> events = new LinkedBlockingQueue<>();
        try (SegmentationSession s = new SegmentationSession(config(model, FinetuneParams.DEFAULTS))) {
            s.addFinetuneListener(events::add);
            get(s.open(Fixtures.fixture("chair")));
            SessionState before = seatThenBack(s);
            FinetuneEvent e = events.poll(60, TimeUnit.SECONDS);
            assertEquals(FineTuner.Status.UNSUPPORTED, e.status());
            assertTrue(
                    e.message().contains("finetune_step") && e.message().contains("continuing without"), e.message());
            SampledShape shape = s.scene().orElseThrow().shape();
            SessionState after = assertInstanceOf(
                            ClickOutcome.Accepted.class, get(s.click(centroidOf(shape, "leg_3"), false)))
                    .state();
            assertEquals(3, after.clicks().size());
            get(s.undo()); // a command after any (non-)round: the queue is drained
            assertNull(events.poll(1, TimeUnit.SECONDS), "reported once");
            assertEquals(before.mask(), s.state().mask());
        }
    }
}
