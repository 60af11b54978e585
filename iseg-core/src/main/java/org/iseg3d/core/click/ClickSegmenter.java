package org.iseg3d.core.click;

import java.util.List;
import org.iseg3d.core.outlier.OutlierRemoval;
import org.iseg3d.core.smoothing.SegmentSmoothing;

/**
 * The interactive segmentation of one shape: clicks → raw mask ({@link SelectionRule}, eq. 6-8 or a baseline)
 * → Outlier Removal (Alg. 1) → Segment Smoothing (Alg. 2), each step switchable by {@link ClickParams}.
 * Not thread-safe (the selection rule caches per-click work); use one per thread.
 */
public final class ClickSegmenter {

    private final ShapeContext context;
    private final SelectionRule rule;
    private final ClickParams params;

    public ClickSegmenter(ShapeContext context, SelectionRule rule, ClickParams params) {
        if (params.smoothing() && params.nSmooth() > context.table().k()) {
            throw new IllegalArgumentException("N_smooth " + params.nSmooth() + " exceeds the shape's kNN table ("
                    + context.table().k() + ")");
        }
        this.context = context;
        this.rule = rule;
        this.params = params;
        if (params.smoothing()) {
            context.reverse(params.nSmooth()); // built here (once per shape), not on the first click
        }
    }

    /** The iSeg3D segmenter over an embedding (N·d floats). */
    public static ClickSegmenter ofEmbedding(ShapeContext context, float[] emb, int d, ClickParams params) {
        if (emb.length != context.size() * d) {
            throw new IllegalArgumentException("embedding has " + emb.length / Math.max(d, 1) + " rows for a shape of "
                    + context.size() + " points");
        }
        return new ClickSegmenter(context, new EmbeddingSelection(emb, d, params.alpha()), params);
    }

    public ShapeContext context() {
        return context;
    }

    public ClickParams params() {
        return params;
    }

    /** Segments the shape for the given clicks (in any order; duplicates are harmless). */
    public Mask segment(List<Click> clicks) {
        int n = context.size();
        int np = 0;
        for (Click c : clicks) {
            c.checkIndex(n);
            if (c.positive()) {
                np++;
            }
        }
        int[] pos = new int[np];
        int[] neg = new int[clicks.size() - np];
        int a = 0, b = 0;
        for (Click c : clicks) {
            if (c.positive()) {
                pos[a++] = c.point();
            } else {
                neg[b++] = c.point();
            }
        }
        if (np == 0) {
            return Mask.empty(n); // nothing is annotated without a positive click
        }
        boolean[] mask = rule.select(pos, neg);
        if (params.outlierRemoval()) {
            mask = OutlierRemoval.apply(context.graph(params.nNeighbor()), mask, pos); // Alg. 1
        }
        if (params.smoothing()) {
            mask = SegmentSmoothing.apply(
                    context.table(),
                    context.reverse(params.nSmooth()),
                    mask,
                    params.nIter(),
                    params.nSmooth(),
                    params.gamma()); // Alg. 2, touching only points whose neighbourhood changed
        }
        return new Mask(mask);
    }
}
