package org.iseg3d.core.finetune;

import java.util.List;
import java.util.function.BiFunction;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.sim.ClickAdaptation;

/**
 * Online fine-tuning in the simulated user's loop: after every action with a negative click (a click or a scribble),
 * one {@link FineTuner} round on all clicks so far, then the mask is computed over the re-embedded shape (the user
 * waits for the round before clicking again). After a rollback the mask uses the embedding of the restored weights;
 * when nothing ran the segmenter is kept. Not thread-safe.
 */
public final class FineTuningAdaptation implements ClickAdaptation {

    private final FineTuner tuner;
    private final ShapeContext context;
    private final int dimension;
    private final FinetuneLog log;
    private final BiFunction<float[], ClickParams, ClickSegmenter> segmenters;

    /**
     * @param context the shape; its cloud is the one the embedding was computed on
     * @param log     collects what every round did (shared by the shape's parts)
     */
    public FineTuningAdaptation(FineTuner tuner, ShapeContext context, FinetuneLog log) {
        this(tuner, context, log, null);
    }

    /**
     * @param segmenters makes the segmenter over a new embedding (N·d) with the current parameters; null for the
     *                   plain click mechanism ({@link ClickSegmenter#ofEmbedding}), e.g. a proposal-seeded rule
     *                   otherwise
     */
    public FineTuningAdaptation(
            FineTuner tuner,
            ShapeContext context,
            FinetuneLog log,
            BiFunction<float[], ClickParams, ClickSegmenter> segmenters) {
        this.tuner = tuner;
        this.context = context;
        this.dimension = tuner.embedder().dimension();
        this.log = log;
        this.segmenters = segmenters != null
                ? segmenters
                : (emb, params) -> ClickSegmenter.ofEmbedding(context, emb, dimension, params);
    }

    @Override
    public ClickSegmenter afterAction(ClickSegmenter current, List<Click> clicks, List<Click> added) {
        if (!ClickSets.triggers(added)) {
            return current;
        }
        FineTuner.Round r = tuner.round(context.cloud(), ClickSets.of(clicks));
        log.add(r);
        if (r.embedding() != null) { // tuned, or rolled back to the last good weights
            return segmenters.apply(r.embedding(), current.params());
        }
        return current;
    }
}
