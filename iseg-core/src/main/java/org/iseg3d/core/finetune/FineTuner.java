package org.iseg3d.core.finetune;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.FineTunableEmbedder;

/**
 * Runs online fine-tuning rounds (Sec. 3.4) on one {@link FineTunableEmbedder}: a round is up to
 * {@link FinetuneParams#steps()} steps minimising E = 1/N_neg Σ_i max(ε_cte − D_i, 0) (eq. 9) with D_i the
 * embedding distance of negative click i to its nearest positive click (eq. 10), then a re-embedding of the shape.
 * A round stops early after a step whose E (before its update) is 0: the gradient is zero and further Adam steps
 * would only keep moving the weights by momentum.
 *
 * <p><b>Divergence.</b> A round is accepted only when every energy E and the whole re-embedding are finite; its
 * steps are then appended to the log of good steps since the last {@link #reset}. Otherwise the weights are rolled
 * back without touching the graph: {@link FineTunableEmbedder#reset} and a replay of the logged good steps
 * (same clouds, clicks and learning rates), then a re-embedding; fine-tuning then stays off for this shape until the
 * next reset (the same clicks would diverge again) and the problem is reported once per tuner. The round is the unit
 * of rollback because its re-embedding is the only check that covers every point. The replay repeats the same
 * updates but need not be bit-exact: TensorFlow's CPU kernels for the step are not deterministic (two fresh loads
 * of a model, the same two steps, give embeddings that differ), so the restored weights are the good steps redone;
 * if even they are not finite, the embedder is left at its initial weights.
 * <b>Missing signature.</b> An {@link UnsupportedOperationException} from the embedder is reported once and
 * fine-tuning stays off for the tuner's lifetime; the caller goes on with its current embedding.
 *
 * <p>Not thread-safe: one thread at a time (the embedder's weights are state).
 */
public final class FineTuner {

    /** What a round did. */
    public enum Status {
        /** The steps ran and the re-embedding is finite: use {@link Round#embedding()}. */
        TUNED,
        /** No positive or no negative click yet: eq. 9 is undefined, nothing ran. */
        NOTHING_TO_LEARN,
        /** E or the embedding became NaN/Inf: weights rolled back to the last good ones, fine-tuning off until reset. */
        ROLLED_BACK,
        /** The model cannot fine-tune (no {@code finetune_step}): fine-tuning off. */
        UNSUPPORTED,
        /** Stopped between steps by the caller; weights are unverified until the next {@link #reset}. */
        STOPPED,
        /** Fine-tuning is off (params, an earlier divergence on this shape, or unsupported): nothing ran. */
        OFF
    }

    /**
     * One round.
     *
     * @param status    what happened
     * @param embedding the embedding of the current weights (N·d): after the steps when {@link Status#TUNED}, after
     *                  the rollback when {@link Status#ROLLED_BACK}; else null (nothing changed)
     * @param energies  E before each step that ran (eq. 9); fewer than the steps when E reached 0
     * @param nanos     wall time of the round: steps, re-embedding and any rollback replay
     * @param message   the problem, for {@link Status#ROLLED_BACK} and {@link Status#UNSUPPORTED}; else null
     */
    public record Round(Status status, float[] embedding, float[] energies, long nanos, String message) {}

    /** One logged good step, replayed on rollback. */
    private record Step(PointCloud cloud, int[] positive, int[] negative, float learningRate) {}

    private final FineTunableEmbedder embedder;
    private final FinetuneParams params;
    private final Consumer<String> reporter;
    private final List<Step> good = new ArrayList<>();
    private boolean dirty;
    private boolean diverged;
    private boolean unsupported;
    private boolean reportedDivergence;

    /**
     * @param reporter told once about a divergence and once about a missing fine-tuning step (e.g. a log warning)
     */
    public FineTuner(FineTunableEmbedder embedder, FinetuneParams params, Consumer<String> reporter) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.params = Objects.requireNonNull(params, "params");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
    }

    public FineTunableEmbedder embedder() {
        return embedder;
    }

    public FinetuneParams params() {
        return params;
    }

    /** Whether rounds run: on in the params, supported by the model, no divergence since the last reset. */
    public boolean active() {
        return params.enabled() && !unsupported && !diverged;
    }

    /** Whether the weights may differ from the embedder's initial ones (a reset would change them). */
    public boolean adapted() {
        return dirty;
    }

    /** Number of good steps since the last reset (what a rollback replays). */
    public int goodSteps() {
        return good.size();
    }

    /** {@link #round(PointCloud, ClickSets, BooleanSupplier)} without a stop check. */
    public Round round(PointCloud cloud, ClickSets clicks) {
        return round(cloud, clicks, () -> false);
    }

    /**
     * One fine-tuning round on {@code cloud} (the cloud the caller embeds, so indices and embeddings agree).
     *
     * @param stop polled before each step; true stops the round ({@link Status#STOPPED})
     */
    public Round round(PointCloud cloud, ClickSets clicks, BooleanSupplier stop) {
        long t0 = System.nanoTime();
        if (!active()) {
            return new Round(Status.OFF, null, new float[0], 0L, null);
        }
        if (!clicks.learnable()) {
            return new Round(Status.NOTHING_TO_LEARN, null, new float[0], 0L, null);
        }
        int steps = params.steps();
        float lr = params.learningRate();
        float[] energies = new float[steps];
        boolean wasDirty = dirty;
        try {
            String problem = null;
            int ran = 0;
            for (int s = 0; s < steps; s++) {
                if (stop.getAsBoolean()) {
                    return new Round(
                            Status.STOPPED, null, java.util.Arrays.copyOf(energies, ran), System.nanoTime() - t0, null);
                }
                dirty = true;
                energies[s] = embedder.finetuneStep(cloud, clicks.positive(), clicks.negative(), lr); // eq. 9-10
                ran++;
                if (!Float.isFinite(energies[s])) {
                    problem = "E = " + energies[s] + " before step " + (s + 1) + " of " + steps;
                    break;
                }
                if (energies[s] == 0f) { // every negative is ε_cte away: nothing to learn, more Adam steps would
                    break; // only move the weights by momentum
                }
            }
            float[] z = null;
            if (problem == null) {
                z = embedder.embed(cloud);
                int bad = firstNonFinite(z);
                if (bad >= 0) {
                    problem = "non-finite embedding of point " + bad / Math.max(1, embedder.dimension()) + " after "
                            + steps + " steps";
                }
            }
            float[] e = java.util.Arrays.copyOf(energies, ran);
            if (problem != null) {
                return rollBack(cloud, problem, e, t0);
            }
            for (int s = 0; s < ran; s++) {
                good.add(new Step(cloud, clicks.positive(), clicks.negative(), lr));
            }
            return new Round(Status.TUNED, z, e, System.nanoTime() - t0, null);
        } catch (UnsupportedOperationException u) { // thrown by a model without the step, before any change
            dirty = wasDirty;
            unsupported = true;
            String msg = "online fine-tuning unavailable (" + u.getMessage() + "); continuing without fine-tuning";
            reporter.accept(msg);
            return new Round(Status.UNSUPPORTED, null, new float[0], System.nanoTime() - t0, msg);
        }
    }

    /** Restores the embedder's initial weights (if they changed) and clears the good-step log and divergence. */
    public void reset() {
        if (dirty) {
            embedder.reset();
        }
        dirty = false;
        diverged = false;
        good.clear();
    }

    private Round rollBack(PointCloud cloud, String problem, float[] energies, long t0) {
        embedder.reset();
        for (Step g : good) { // replay up to the last verified weights
            embedder.finetuneStep(g.cloud(), g.positive(), g.negative(), g.learningRate());
        }
        float[] z = embedder.embed(cloud);
        int replayed = good.size();
        if (firstNonFinite(z) >= 0) { // the replay is not bit-exact (see the class comment): fall back to the start
            embedder.reset();
            good.clear();
            z = embedder.embed(cloud);
        }
        dirty = !good.isEmpty();
        diverged = true;
        String msg = "online fine-tuning diverged (" + problem + ", learning rate " + params.learningRate()
                + "); rolled back to the last good weights ("
                + (good.isEmpty() && replayed > 0
                        ? "the initial weights; the replay of " + replayed + " good steps was not finite"
                        : replayed + " good steps replayed")
                + "), fine-tuning off for this shape until reset";
        if (!reportedDivergence) {
            reportedDivergence = true;
            reporter.accept(msg);
        }
        return new Round(Status.ROLLED_BACK, z, energies, System.nanoTime() - t0, msg);
    }

    private static int firstNonFinite(float[] z) {
        for (int i = 0; i < z.length; i++) {
            if (!Float.isFinite(z[i])) {
                return i;
            }
        }
        return -1;
    }
}
