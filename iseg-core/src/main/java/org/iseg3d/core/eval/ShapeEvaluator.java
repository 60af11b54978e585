package org.iseg3d.core.eval;

import java.util.ArrayList;
import java.util.List;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.finetune.FinetuneStats;
import org.iseg3d.core.metrics.PartResult;
import org.iseg3d.core.sim.CenterClickSimulator;
import org.iseg3d.core.sim.ClickSimulator;
import org.iseg3d.core.sim.GreedyClickSimulator;
import org.iseg3d.core.sim.PartSimulation;

/**
 * Evaluates one shape: every part with enough points is segmented from scratch by a simulated user, up to
 * {@code maxClicks} clicks (or scribbles, when on). Stateless and thread-safe (each call builds its own segmenters),
 * so shapes may be evaluated in parallel, unless the method is not ({@link SegmentationMethod#finetuned} keeps
 * weights: one evaluator per thread then).
 */
public final class ShapeEvaluator {

    /** Parts with fewer sampled points than this are skipped and counted (the rule). */
    public static final int DEFAULT_MIN_PART_POINTS = 20;

    /** Simulation protocols. */
    public enum Protocol {
        CENTER,
        GREEDY
    }

    /**
     * The outcome of one shape.
     *
     * @param parts        one result per evaluated part
     * @param skippedParts parts skipped for having fewer than the minimum points
     * @param embedNanos   time of {@link SegmentationMethod#prepare} (embedding), ns
     * @param clickNanos   time of every mask computation, ns
     * @param finetune     what online fine-tuning did (nothing for methods without it)
     */
    public record Outcome(
            List<PartResult> parts, int skippedParts, long embedNanos, long[] clickNanos, FinetuneStats finetune) {}

    private final SegmentationMethod method;
    private final Protocol protocol;
    private final ClickParams params;
    private final int maxClicks;
    private final int minPartPoints;
    private final long seed;
    private final boolean scribbles;

    public ShapeEvaluator(
            SegmentationMethod method,
            Protocol protocol,
            ClickParams params,
            int maxClicks,
            int minPartPoints,
            long seed) {
        this(method, protocol, params, maxClicks, minPartPoints, seed, false);
    }

    /** @param scribbles the simulated user may scribble (a stroke of negatives) where it would click negatively */
    public ShapeEvaluator(
            SegmentationMethod method,
            Protocol protocol,
            ClickParams params,
            int maxClicks,
            int minPartPoints,
            long seed,
            boolean scribbles) {
        if (maxClicks < 1) {
            throw new IllegalArgumentException("maxClicks must be >= 1");
        }
        this.method = method;
        this.protocol = protocol;
        this.params = params;
        this.maxClicks = maxClicks;
        this.minPartPoints = minPartPoints;
        this.seed = seed;
        this.scribbles = scribbles;
    }

    /** The same evaluation with another method (e.g. one per thread over its own fine-tuned model). */
    public ShapeEvaluator withMethod(SegmentationMethod m) {
        return new ShapeEvaluator(m, protocol, params, maxClicks, minPartPoints, seed, scribbles);
    }

    /** Evaluates with the point IoU ({@link MaskScorer#POINTS}). */
    public Outcome evaluate(LabeledShape shape) {
        return evaluate(shape, MaskScorer.POINTS);
    }

    /**
     * Evaluates with {@code scorer} measuring the IoU after each click; the simulated user still clicks on the point
     * errors (it sees the point mask), only the recorded IoU changes.
     */
    public Outcome evaluate(LabeledShape shape, MaskScorer scorer) {
        ShapeContext context =
                ShapeContext.of(shape.cloud(), Math.max(ShapeContext.DEFAULT_K, params.neighborsNeeded()));
        long t0 = System.nanoTime();
        SegmentationMethod.Prepared prepared = method.prepare(context);
        long embedNanos = System.nanoTime() - t0;
        int[] counts = shape.pointsPerPart();
        List<PartResult> results = new ArrayList<>();
        List<long[]> times = new ArrayList<>();
        int skipped = 0;
        for (int part = 0; part < counts.length; part++) {
            if (counts[part] < minPartPoints) {
                skipped++;
                continue;
            }
            ClickSimulator sim = protocol == Protocol.CENTER
                    ? new CenterClickSimulator(scribbles)
                    : new GreedyClickSimulator(GreedyClickSimulator.DEFAULT_CANDIDATES, seed * 31 + part, scribbles);
            int p = part;
            var adaptation = prepared.newAdaptation();
            PartSimulation.Trace trace = PartSimulation.run(
                    prepared.newSegmenter(params),
                    shape.target(part),
                    sim,
                    maxClicks,
                    (target, mask) -> scorer.percent(p, target, mask),
                    adaptation);
            results.add(new PartResult(
                    shape.file(), shape.category(), shape.partNames().get(part), counts[part], trace.iou()));
            times.add(trace.clickNanos());
        }
        long[] all = times.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Outcome(results, skipped, embedNanos, all, prepared.finetuneStats());
    }
}
