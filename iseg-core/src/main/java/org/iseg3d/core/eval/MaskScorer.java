package org.iseg3d.core.eval;

import org.iseg3d.core.metrics.Iou;

/**
 * How {@link ShapeEvaluator} scores a mask against a ground-truth part: the point IoU by default
 * ({@link #POINTS}), or e.g. an IoU measured on the mesh by surface area (the engine bridge transfers the point mask
 * to triangles). One scorer per shape; implementations must be thread-safe if a shape's parts are scored
 * concurrently (the evaluator scores them one after the other).
 */
@FunctionalInterface
public interface MaskScorer {

    /** Point IoU: |mask ∩ target| / |mask ∪ target|, the benchmark's default ({@link Iou#percent}). */
    MaskScorer POINTS = (part, target, mask) -> Iou.percent(target, mask);

    /**
     * @param part   the ground-truth part index the user is segmenting
     * @param target its point mask (N entries)
     * @param mask   the predicted point mask (N entries)
     * @return IoU in percent, 100 when both are empty
     */
    double percent(int part, boolean[] target, boolean[] mask);
}
