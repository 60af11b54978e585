package org.iseg3d.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.metrics.Iou;

/**
 * The paper's click simulation (Sec. 4.1): "the algorithm greedily selects the click leading to the greatest IoU
 * improvement". Candidates (at most {@link #DEFAULT_CANDIDATES}) are the centres of the largest error regions
 * (as {@link CenterClickSimulator} would choose them) followed by random points of the error regions, each
 * signed by its region; each is tried against the ground truth and the best kept (ties: the earlier
 * candidate). An oracle: it flatters every method, so it is always reported beside the center protocol.
 * Deterministic per (seed, step). With scribbles on, a stroke through the centre of each of those spill regions
 * ({@link Scribbles}) is one more candidate action, tried and chosen like a click. Thread-safe if the segmenter is
 * not shared.
 */
public final class GreedyClickSimulator implements ClickSimulator {

    public static final int DEFAULT_CANDIDATES = 64;
    private static final int CENTRE_CANDIDATES = 8;

    private final int candidates;
    private final long seed;
    private final boolean scribbles;

    public GreedyClickSimulator(int candidates, long seed) {
        this(candidates, seed, false);
    }

    /** @param scribbles also consider a scribble through the centre of each of the largest spill regions */
    public GreedyClickSimulator(int candidates, long seed, boolean scribbles) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1");
        }
        this.candidates = candidates;
        this.seed = seed;
        this.scribbles = scribbles;
    }

    public GreedyClickSimulator(long seed) {
        this(DEFAULT_CANDIDATES, seed);
    }

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public Click next(ClickSegmenter segmenter, boolean[] target, boolean[] mask, List<Click> clicks, int step) {
        List<Click> best = best(segmenter, target, mask, clicks, step, false);
        return best.isEmpty() ? null : best.get(0);
    }

    @Override
    public List<Click> nextAction(
            ClickSegmenter segmenter, boolean[] target, boolean[] mask, List<Click> clicks, int step) {
        return best(segmenter, target, mask, clicks, step, scribbles);
    }

    private List<Click> best(
            ClickSegmenter segmenter,
            boolean[] target,
            boolean[] mask,
            List<Click> clicks,
            int step,
            boolean withScribbles) {
        float[] xyz = segmenter.context().cloud().xyz();
        int n = target.length;
        boolean[] used = Clicks.clickedPoints(clicks, n);
        List<ErrorRegions.Region> regions =
                ErrorRegions.of(segmenter.context().graph(REGION_GRAPH_NEIGHBORS), target, mask);
        boolean[] clicked = used.clone();
        List<Click> cands = new ArrayList<>();
        List<List<Click>> strokes = new ArrayList<>();
        for (ErrorRegions.Region r : regions) {
            if (cands.size() >= Math.min(CENTRE_CANDIDATES, candidates)) {
                break;
            }
            int p = ErrorRegions.farthestFromBoundary(xyz, r, used);
            if (p >= 0) {
                cands.add(new Click(p, r.missed()));
                used[p] = true;
                if (withScribbles && !r.missed()) {
                    strokes.add(Scribbles.stroke(xyz, segmenter.context().table(), r, p, clicked));
                }
            }
        }
        // random error points fill the rest of the budget
        int errors = 0;
        for (int i = 0; i < n; i++) {
            if (target[i] != mask[i] && !used[i]) {
                errors++;
            }
        }
        int[] pool = new int[errors];
        int w = 0;
        for (int i = 0; i < n; i++) {
            if (target[i] != mask[i] && !used[i]) {
                pool[w++] = i;
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + step);
        for (int left = pool.length; cands.size() < candidates && left > 0; left--) {
            int j = rnd.nextInt(left);
            int p = pool[j];
            pool[j] = pool[left - 1];
            cands.add(new Click(p, target[p]));
        }
        if (cands.isEmpty()) {
            return List.of();
        }
        List<List<Click>> actions = new ArrayList<>();
        cands.forEach(c -> actions.add(List.of(c)));
        actions.addAll(strokes);
        List<Click> best = null;
        double bestIou = -1;
        for (List<Click> a : actions) {
            List<Click> trial = new ArrayList<>(clicks);
            trial.addAll(a);
            double iou = Iou.percent(target, segmenter.segment(trial).selected());
            if (iou > bestIou) {
                bestIou = iou;
                best = a;
            }
        }
        return best;
    }
}
