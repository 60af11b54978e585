package org.iseg3d.core.sim;

import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.metrics.Iou;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The paper's click simulation (Sec. 4.1): "the algorithm greedily selects the click leading to the greatest IoU
 * improvement". Candidates (at most {@link #DEFAULT_CANDIDATES}) are the centres of the largest error regions
 * (as {@link CenterClickSimulator} would choose them) followed by random points of the error regions, each
 * signed by its region; each is tried against the ground truth and the best kept (ties: the earlier
 * candidate). An oracle: it flatters every method, so it is always reported beside the center protocol.
 * Deterministic per (seed, step). Thread-safe if the segmenter is not shared.
 */
public final class GreedyClickSimulator implements ClickSimulator {

    public static final int DEFAULT_CANDIDATES = 64;
    private static final int CENTRE_CANDIDATES = 8;

    private final int candidates;
    private final long seed;

    public GreedyClickSimulator(int candidates, long seed) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1");
        }
        this.candidates = candidates;
        this.seed = seed;
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
        float[] xyz = segmenter.context().cloud().xyz();
        int n = target.length;
        boolean[] used = Clicks.clickedPoints(clicks, n);
        List<ErrorRegions.Region> regions = ErrorRegions.of(segmenter.context().graph(REGION_GRAPH_NEIGHBORS),
                target, mask);
        List<Click> cands = new ArrayList<>();
        for (ErrorRegions.Region r : regions) {
            if (cands.size() >= Math.min(CENTRE_CANDIDATES, candidates)) {
                break;
            }
            int p = ErrorRegions.farthestFromBoundary(xyz, r, used);
            if (p >= 0) {
                cands.add(new Click(p, r.missed()));
                used[p] = true;
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
            return null;
        }
        Click best = null;
        double bestIou = -1;
        List<Click> trial = new ArrayList<>(clicks);
        trial.add(null);
        for (Click c : cands) {
            trial.set(trial.size() - 1, c);
            double iou = Iou.percent(target, segmenter.segment(trial).selected());
            if (iou > bestIou) {
                bestIou = iou;
                best = c;
            }
        }
        return best;
    }
}
