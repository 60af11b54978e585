package org.iseg3d.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.ClickSets;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;

/**
 * The fine-tuning items of {@code iseg3d bench} (eq. 9-10): one {@code finetune_step} and one session round
 * ({@code finetune_round}: the default steps, then the re-embedding), each from the model's own weights, on the
 * fixtures in turn. One instance per run; not thread-safe.
 */
final class FinetuneLatency {

    private final LatencyItems items;
    private final int runs;
    private final long seed;
    private final Consumer<String> progress;

    FinetuneLatency(LatencyItems items, int runs, long seed, Consumer<String> progress) {
        this.items = items;
        this.runs = runs;
        this.seed = seed;
        this.progress = progress;
    }

    /** Measures {@code finetune_step} and {@code finetune_round}, or says why they cannot be. */
    void measure(Embedder embedder, List<SampledShape> shapes, List<ShapeContext> contexts) {
        if (!(embedder instanceof FineTunableEmbedder ft)) {
            String why = "the " + embedder.name() + " embedder does not implement FineTunableEmbedder (only the "
                    + "learned one fine-tunes)";
            items.missing("finetune_step", why);
            items.missing("finetune_round", why);
            return;
        }
        float lr = FinetuneParams.DEFAULT_LEARNING_RATE;
        progress.accept("fine-tune step at 4096 points");
        long[] t = new long[runs], u = new long[runs];
        try {
            for (int r = -3; r < runs; r++) {
                int k = Math.floorMod(r, shapes.size());
                int[][] clicksOf = posNeg(shapes.get(k), new SplittableRandom(seed + r));
                long t0 = System.nanoTime(), u0 = Timings.processCpuNanos();
                ft.finetuneStep(contexts.get(k).cloud(), clicksOf[0], clicksOf[1], lr);
                long dt = System.nanoTime() - t0, du = Timings.processCpuNanos() - u0;
                if (r >= 0) {
                    t[r] = dt;
                    u[r] = du;
                }
            }
            items.add(
                    "finetune_step",
                    4096,
                    t,
                    u,
                    60.0,
                    "p50",
                    embedder.name() + ", 3 positive + 3 negative clicks, " + "lr " + lr
                            + " (the session default), 8 fixtures in turn");
        } catch (UnsupportedOperationException e) {
            items.missing("finetune_step", "the model has no fine-tuning step: " + e.getMessage());
            items.missing("finetune_round", "the model has no fine-tuning step");
            return;
        } finally {
            ft.reset();
        }
        finetuneRound(ft, shapes, contexts);
    }

    /**
     * A session's fine-tuning round after a negative click ({@link FineTuner#round}: the default steps on all
     * clicks, then the re-embedding the next mask uses), each from the model's own weights.
     */
    private void finetuneRound(FineTunableEmbedder ft, List<SampledShape> shapes, List<ShapeContext> contexts) {
        FinetuneParams params = FinetuneParams.DEFAULTS;
        progress.accept("fine-tune round at 4096 points (" + params.steps() + " steps + embed)");
        FineTuner tuner = new FineTuner(ft, params, msg -> {});
        int n = Math.max(5, runs / 4);
        long[] t = new long[n], u = new long[n];
        int tuned = 0, other = 0, steps = 0;
        try {
            for (int r = -2; r < n; r++) {
                int k = Math.floorMod(r, shapes.size());
                int[][] clicksOf = posNeg(shapes.get(k), new SplittableRandom(seed + 1000 + r));
                tuner.reset();
                long t0 = System.nanoTime(), u0 = Timings.processCpuNanos();
                FineTuner.Round round = tuner.round(contexts.get(k).cloud(), new ClickSets(clicksOf[0], clicksOf[1]));
                long dt = System.nanoTime() - t0, du = Timings.processCpuNanos() - u0;
                if (r >= 0) {
                    t[r] = dt;
                    u[r] = du;
                    if (round.status() == FineTuner.Status.TUNED) {
                        tuned++;
                        steps += round.energies().length;
                    } else {
                        other++;
                    }
                }
            }
        } finally {
            tuner.reset();
        }
        items.add(
                "finetune_round",
                4096,
                t,
                u,
                null,
                null,
                ft.name() + ", " + params.steps() + " steps (lr "
                        + params.learningRate() + ") + re-embed, 3 + 3 clicks; " + tuned + " tuned (" + steps
                        + " steps run"
                        + (other > 0 ? ", " + other + " rolled back/other" : "") + "), 8 fixtures in turn");
    }

    /** 3 positive clicks on part 0's points and 3 negative on other parts' points. */
    private static int[][] posNeg(SampledShape s, SplittableRandom rnd) {
        int[] pos = new int[3], neg = new int[3];
        int p = 0, q = 0;
        int[] part = s.partOfPoint();
        while (p < 3 || q < 3) {
            int i = rnd.nextInt(part.length);
            if (part[i] == 0 && p < 3) {
                pos[p++] = i;
            } else if (part[i] > 0 && q < 3) {
                neg[q++] = i;
            }
        }
        return new int[][] {pos, neg};
    }
}
