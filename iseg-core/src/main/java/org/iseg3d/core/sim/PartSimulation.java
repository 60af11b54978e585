package org.iseg3d.core.sim;

import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.Mask;
import org.iseg3d.core.metrics.Iou;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * Runs a simulated user on one target part: up to {@code maxClicks} clicks, recording the IoU after each.
 * When the mask equals the target the user stops and the IoU stays at 100 for the remaining clicks.
 */
public final class PartSimulation {

    /**
     * @param iou         IoU in percent after click 1..maxClicks
     * @param clickNanos  time of each mask computation (clicks → mask with post-processing), in ns
     * @param clicks      the clicks placed
     */
    public record Trace(double[] iou, long[] clickNanos, List<Click> clicks) {
    }

    private PartSimulation() {
    }

    /** {@link #run(ClickSegmenter, boolean[], ClickSimulator, int, ToDoubleBiFunction)} with the point IoU. */
    public static Trace run(ClickSegmenter segmenter, boolean[] target, ClickSimulator simulator, int maxClicks) {
        return run(segmenter, target, simulator, maxClicks, Iou::percent);
    }

    /**
     * @param iou IoU in percent of (target, mask), recorded after each click; the simulator still works on points
     */
    public static Trace run(ClickSegmenter segmenter, boolean[] target, ClickSimulator simulator, int maxClicks,
                            ToDoubleBiFunction<boolean[], boolean[]> iou) {
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
            Click c = simulator.next(segmenter, target, mask, clicks, k);
            if (c == null) { // perfect: nothing left to fix
                score[k] = k == 0 ? iou.applyAsDouble(target, mask) : score[k - 1];
                continue;
            }
            clicks.add(c);
            long t0 = System.nanoTime();
            Mask m = segmenter.segment(clicks);
            nanos[placed++] = System.nanoTime() - t0;
            mask = m.selected();
            score[k] = iou.applyAsDouble(target, mask);
        }
        return new Trace(score, java.util.Arrays.copyOf(nanos, placed), List.copyOf(clicks));
    }
}
