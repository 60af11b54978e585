package org.iseg3d.core.eval;

import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.HeatmapSelection;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.Embedder;

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
