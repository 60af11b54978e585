package org.iseg3d.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.eval.ShapeEvaluator;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.propose.PartProposer;
import org.iseg3d.core.propose.ProposalMethod;

/**
 * One evaluator per eval thread when fine-tuning: fine-tuning changes the model's weights, so every thread needs
 * its own model; the given embedder serves one thread and {@link FineTunableEmbedder#fork} makes the others (forks are
 * closed at the end). A shape takes an evaluator, runs, and gives it back. With {@code --proposals} each thread's
 * model also serves a second evaluator, with part proposals ({@link ProposalMethod#finetuned}), run after the first
 * on the same shape. Problems (divergence, a model without fine-tuning) are printed once per kind for the whole run.
 */
final class FinetunedEvaluators implements AutoCloseable {

    /** One thread's evaluators over one model: without proposals, and with them (null without --proposals). */
    record Pair(ShapeEvaluator plain, ShapeEvaluator proposals) {}

    private final BlockingQueue<Pair> free;
    private final List<FineTunableEmbedder> forks = new ArrayList<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    FinetunedEvaluators(ShapeEvaluator base, FineTunableEmbedder embedder, FinetuneParams params, int threads) {
        this(base, null, null, embedder, params, threads);
    }

    /**
     * @param proposalBase the evaluator settings for the run with proposals, or null for none
     * @param proposer     the proposer for that run (null without it)
     */
    FinetunedEvaluators(
            ShapeEvaluator base,
            ShapeEvaluator proposalBase,
            PartProposer proposer,
            FineTunableEmbedder embedder,
            FinetuneParams params,
            int threads) {
        free = new ArrayBlockingQueue<>(threads);
        try {
            for (int i = 0; i < threads; i++) {
                FineTunableEmbedder e = i == 0 ? embedder : embedder.fork();
                if (i > 0) {
                    forks.add(e);
                }
                FineTuner tuner = new FineTuner(e, params, this::report);
                free.add(new Pair(
                        base.withMethod(SegmentationMethod.finetuned(tuner)),
                        proposalBase == null
                                ? null
                                : proposalBase.withMethod(ProposalMethod.finetuned(tuner, proposer))));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    Pair take() throws InterruptedException {
        return free.take();
    }

    void give(Pair e) {
        free.add(e);
    }

    private void report(String message) {
        String kind = message.contains("diverged") ? "diverged" : "unavailable";
        if (reported.add(kind)) {
            System.err.println("iseg3d: warning: " + message);
        }
    }

    @Override
    public void close() {
        for (FineTunableEmbedder f : forks) {
            if (f instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ex) {
                    org.apache.logging.log4j.LogManager.getLogger(FinetunedEvaluators.class)
                            .warn("closing a forked model failed: {}", ex.toString());
                }
            }
        }
    }
}
