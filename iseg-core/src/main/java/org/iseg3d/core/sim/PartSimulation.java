package org.iseg3d.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.Mask;
import org.iseg3d.core.metrics.Iou;

/**
 * Runs a simulated user on one target part: up to {@code maxClicks} actions (clicks, or scribbles for a simulator
 * that makes them), recording the IoU after each. When the mask equals the target the user stops and the IoU stays at
 * 100 for the remaining clicks. A {@link ClickAdaptation} (online fine-tuning) runs after each action, before its
 * mask, so the IoU after action k includes the adaptation to it.
 */
public final class PartSimulation {

    /**
     * @param iou         IoU in percent after click 1..maxClicks
     * @param clickNanos  time of each mask computation (clicks → mask with post-processing), in ns
     * @param clicks      the clicks placed (a scribble contributes all its points)
     */
    public record Trace(double[] iou, long[] clickNanos, List<Click> clicks) {}

    private PartSimulation() {}

    /** {@link #run(ClickSegmenter, boolean[], ClickSimulator, int, ToDoubleBiFunction)} with the point IoU. */
    public static Trace run(ClickSegmenter segmenter, boolean[] target, ClickSimulator simulator, int maxClicks) {
        return run(segmenter, target, simulator, maxClicks, Iou::percent);
    }

    /**
     * @param iou IoU in percent of (target, mask), recorded after each click; the simulator still works on points
     */
    public static Trace run(
            ClickSegmenter segmenter,
            boolean[] target,
            ClickSimulator simulator,
            int maxClicks,
            ToDoubleBiFunction<boolean[], boolean[]> iou) {
        return run(segmenter, target, simulator, maxClicks, iou, ClickAdaptation.NONE);
    }

    /**
     * @param iou        IoU in percent of (target, mask), recorded after each action
     * @param adaptation runs after each action and may replace the segmenter (online fine-tuning)
     */
    public static Trace run(
            ClickSegmenter segmenter,
            boolean[] target,
            ClickSimulator simulator,
            int maxClicks,
            ToDoubleBiFunction<boolean[], boolean[]> iou,
            ClickAdaptation adaptation) {
        if (target.length != segmenter.context().size()) {
            throw new IllegalArgumentException("target has " + target.length + " points, shape has "
                    + segmenter.context().size());
        }
        double[] score = new double[maxClicks];
        long[] nanos = new long[maxClicks];
        List<Click> clicks = new ArrayList<>();
        boolean[] mask = new boolean[target.length];
        int placed = 0;
        for (int k = 0; k < maxClicks; k++) {
            List<Click> action = simulator.nextAction(segmenter, target, mask, clicks, k);
            if (action.isEmpty()) { // perfect: nothing left to fix
                score[k] = k == 0 ? iou.applyAsDouble(target, mask) : score[k - 1];
                continue;
            }
            clicks.addAll(action);
            segmenter = adaptation.afterAction(segmenter, clicks, action);
            long t0 = System.nanoTime();
            Mask m = segmenter.segment(clicks);
            nanos[placed++] = System.nanoTime() - t0;
            mask = m.selected();
            score[k] = iou.applyAsDouble(target, mask);
        }
        return new Trace(score, java.util.Arrays.copyOf(nanos, placed), List.copyOf(clicks));
    }
}
