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

    /** Parts with fewer sampled points than this are skipped and counted (the old rule, before issue 12). */
    public static final int DEFAULT_MIN_PART_POINTS = 20;

    /** The part floor of issue 12: parts below 0.05 % of the object's surface are skipped. */
    public static final double DEFAULT_MIN_PART_AREA = 0.0005;

    /**
     * Which parts are evaluated: a part is skipped if its share of the surface is below {@code minArea} (when the
     * shape knows its part areas), else if it has fewer than {@code minPoints} sampled points (a part without a
     * sample point cannot be clicked through points, so {@code minPoints} is at least 1).
     */
    public record PartFloor(int minPoints, double minArea) {
        public PartFloor {
            minPoints = Math.max(1, minPoints);
            if (!(minArea >= 0 && minArea < 1)) {
                throw new IllegalArgumentException("--min-part-area must be in [0, 1): " + minArea);
            }
        }

        /** The old floor: parts with fewer than {@code points} points. */
        public static PartFloor points(int points) {
            return new PartFloor(points, 0);
        }
    }

    /** Simulation protocols. */
    public enum Protocol {
        CENTER,
        GREEDY
    }

    /**
     * The outcome of one shape.
     *
     * @param parts        one result per evaluated part
     * @param skippedParts parts skipped (below the area floor or the minimum points)
     * @param embedNanos   time of {@link SegmentationMethod#prepare} (embedding), ns
     * @param clickNanos   time of every mask computation, ns
     * @param finetune     what online fine-tuning did (nothing for methods without it)
     * @param skippedArea  of the skipped parts, those below the area floor
     * @param skippedNoPoints of the skipped parts, those above the area floor without any sample point
     */
    public record Outcome(
            List<PartResult> parts,
            int skippedParts,
            long embedNanos,
            long[] clickNanos,
            FinetuneStats finetune,
            int skippedArea,
            int skippedNoPoints) {

        public Outcome(
                List<PartResult> parts, int skippedParts, long embedNanos, long[] clickNanos, FinetuneStats finetune) {
            this(parts, skippedParts, embedNanos, clickNanos, finetune, 0, 0);
        }
    }

    private final SegmentationMethod method;
    private final Protocol protocol;
    private final ClickParams params;
    private final int maxClicks;
    private final PartFloor floor;
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
        this(method, protocol, params, maxClicks, PartFloor.points(minPartPoints), seed, scribbles);
    }

    /** @param floor which parts are evaluated */
    public ShapeEvaluator(
            SegmentationMethod method,
            Protocol protocol,
            ClickParams params,
            int maxClicks,
            PartFloor floor,
            long seed,
            boolean scribbles) {
        if (maxClicks < 1) {
            throw new IllegalArgumentException("maxClicks must be >= 1");
        }
        this.method = method;
        this.protocol = protocol;
        this.params = params;
        this.maxClicks = maxClicks;
        this.floor = floor;
        this.seed = seed;
        this.scribbles = scribbles;
    }

    /** The same evaluation with another method (e.g. one per thread over its own fine-tuned model). */
    public ShapeEvaluator withMethod(SegmentationMethod m) {
        return new ShapeEvaluator(m, protocol, params, maxClicks, floor, seed, scribbles);
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
        SegmentationMethod.Prepared prepared = method.prepare(context, shape.mesh());
        long embedNanos = System.nanoTime() - t0;
        int[] counts = shape.pointsPerPart();
        List<PartResult> results = new ArrayList<>();
        List<long[]> times = new ArrayList<>();
        int skipped = 0, byArea = 0, noPoints = 0;
        double[] area = shape.partArea();
        for (int part = 0; part < counts.length; part++) {
            if (area != null && area[part] < floor.minArea()) {
                skipped++;
                byArea++;
                continue;
            }
            if (counts[part] < floor.minPoints()) {
                skipped++;
                noPoints += counts[part] == 0 ? 1 : 0;
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
        return new Outcome(results, skipped, embedNanos, all, prepared.finetuneStats(), byArea, noPoints);
    }
}
