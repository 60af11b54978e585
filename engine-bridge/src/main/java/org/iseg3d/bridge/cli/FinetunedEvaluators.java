package org.iseg3d.bridge.cli;

import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.eval.ShapeEvaluator;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One evaluator per eval thread when fine-tuning: fine-tuning changes the model's weights, so every thread needs
 * its own model; the given embedder serves one thread and {@link FineTunableEmbedder#fork} makes the others (forks are
 * closed at the end). A shape takes an evaluator, runs, and gives it back. Problems (divergence, a model without
 * fine-tuning) are printed once per kind for the whole run.
 */
final class FinetunedEvaluators implements AutoCloseable {

    private final BlockingQueue<ShapeEvaluator> free;
    private final List<FineTunableEmbedder> forks = new ArrayList<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    FinetunedEvaluators(ShapeEvaluator base, FineTunableEmbedder embedder, FinetuneParams params, int threads) {
        free = new ArrayBlockingQueue<>(threads);
        try {
            for (int i = 0; i < threads; i++) {
                FineTunableEmbedder e = i == 0 ? embedder : embedder.fork();
                if (i > 0) {
                    forks.add(e);
                }
                free.add(base.withMethod(SegmentationMethod.finetuned(new FineTuner(e, params, this::report))));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    ShapeEvaluator take() throws InterruptedException {
        return free.take();
    }

    void give(ShapeEvaluator e) {
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
