package org.iseg3d.core.eval;

import java.util.function.BiFunction;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.HeatmapSelection;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FineTuningAdaptation;
import org.iseg3d.core.finetune.FinetuneLog;
import org.iseg3d.core.finetune.FinetuneStats;
import org.iseg3d.core.sim.ClickAdaptation;

/**
 * A way to turn clicks into masks on a shape: an embedding under the iSeg3D click mechanism, or the heatmap
 * baseline. {@link #prepare} does the per-shape work once (embedding); the result hands out fresh segmenters.
 */
public interface SegmentationMethod {

    /** Method name as on the command line. */
    String name();

    /** Per-shape preparation (e.g. embedding the cloud); may be expensive. */
    Prepared prepare(ShapeContext context);

    /** A shape ready for clicks. */
    interface Prepared {
        /** A new segmenter (segmenters cache per-click work and are not thread-safe). */
        ClickSegmenter newSegmenter(ClickParams params);

        /**
         * What runs between a simulated user's actions on one part (online fine-tuning), starting from the shape's
         * prepared embedding; call once per part, before {@link #newSegmenter}. Default: nothing.
         */
        default ClickAdaptation newAdaptation() {
            return ClickAdaptation.NONE;
        }

        /** What fine-tuning did on this shape so far. */
        default FinetuneStats finetuneStats() {
            return FinetuneStats.NONE;
        }
    }

    /** The iSeg3D click mechanism (eq. 6-8) over the embedding of {@code embedder}. */
    static SegmentationMethod embedding(Embedder embedder) {
        return new SegmentationMethod() {
            @Override
            public String name() {
                return embedder.name();
            }

            @Override
            public Prepared prepare(ShapeContext context) {
                float[] emb = embedder.embed(context.cloud());
                int d = embedder.dimension();
                return params -> ClickSegmenter.ofEmbedding(context, emb, d, params);
            }
        };
    }

    /**
     * The iSeg3D click mechanism over the embedding of {@code tuner}'s embedder, with online fine-tuning (eq. 9-10)
     * after every negative click or scribble. Each part starts from the embedder's initial weights (the tuner is
     * reset per part), so a part's result does not depend on the parts simulated before it. Not thread-safe: the
     * weights are state, so use one tuner (and one embedder, see {@code FineTunableEmbedder.fork}) per thread.
     */
    static SegmentationMethod finetuned(FineTuner tuner) {
        return finetuned(
                tuner, (context, initial, d) -> (emb, params) -> ClickSegmenter.ofEmbedding(context, emb, d, params));
    }

    /**
     * Makes, per shape, the segmenter over any embedding of it (N·d, the initial one or a re-embedding after a
     * fine-tuning round) with the current parameters; per-shape work (e.g. proposals) uses the initial embedding.
     */
    @FunctionalInterface
    interface SegmenterFactory {
        BiFunction<float[], ClickParams, ClickSegmenter> forShape(ShapeContext context, float[] initial, int d);
    }

    /** {@link #finetuned(FineTuner)} with the segmenters of {@code segmenters} (e.g. a proposal-seeded rule). */
    static SegmentationMethod finetuned(FineTuner tuner, SegmenterFactory segmenters) {
        return new SegmentationMethod() {
            @Override
            public String name() {
                return tuner.embedder().name();
            }

            @Override
            public Prepared prepare(ShapeContext context) {
                tuner.reset();
                float[] emb = tuner.embedder().embed(context.cloud());
                BiFunction<float[], ClickParams, ClickSegmenter> make =
                        segmenters.forShape(context, emb, tuner.embedder().dimension());
                FinetuneLog log = new FinetuneLog();
                return new Prepared() {
                    @Override
                    public ClickSegmenter newSegmenter(ClickParams params) {
                        return make.apply(emb, params);
                    }

                    @Override
                    public ClickAdaptation newAdaptation() {
                        tuner.reset(); // per part: back to the initial weights, whose embedding is emb
                        return new FineTuningAdaptation(tuner, context, log, make);
                    }

                    @Override
                    public FinetuneStats finetuneStats() {
                        return log.stats();
                    }
                };
            }
        };
    }

    /** The heatmap baseline: Gaussian heat over geodesic distance from clicks ({@link HeatmapSelection}). */
    static SegmentationMethod heatmap() {
        return new SegmentationMethod() {
            @Override
            public String name() {
                return "heatmap";
            }

            @Override
            public Prepared prepare(ShapeContext context) {
                return params -> new ClickSegmenter(context, new HeatmapSelection(context), params);
            }
        };
    }
}
