package org.iseg3d.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.finetune.FinetuneStats;
import org.iseg3d.core.metrics.BenchmarkMetrics;
import org.iseg3d.core.metrics.PartResult;

/**
 * The JSON report of {@code iseg3d eval} (field names are a fixed contract; IoU in percent; {@code iou} says how it
 * was measured: {@code "points"} or {@code "area"}; {@code provenance} says where it came from).
 */
public record EvalReport(
        String method,
        String protocol,
        String iou,
        int points,
        float alpha,
        boolean outlierRemoval,
        boolean smoothing,
        boolean scribbles,
        Finetune finetune,
        int clicks,
        long seed,
        List<Shape> shapes,
        Map<String, Category> categories,
        Summary summary,
        Timing timing,
        List<Failure> failed,
        Provenance provenance,
        Mesh mesh) {

    /**
     * The mesh side of a run (issue 12): whether masks followed facets and how, the part floor, and why parts were
     * skipped.
     *
     * @param facets          masks followed facets of the welded mesh
     * @param variant         snap or pool (null without facets)
     * @param facetAngle      the facet angle threshold, degrees
     * @param minPartArea     parts below this share of the surface were skipped
     * @param minPartPoints   parts above the area floor with fewer sample points were skipped
     * @param skippedArea     parts skipped below the area floor
     * @param skippedPoints   parts skipped above the area floor for too few sample points
     * @param skippedNoPoints of those, parts without any sample point (not clickable through points)
     * @param evaluatedBelow20 evaluated parts with fewer than 20 sample points (the old floor)
     */
    public record Mesh(
            boolean facets,
            String variant,
            double facetAngle,
            double minPartArea,
            int minPartPoints,
            int skippedArea,
            int skippedPoints,
            int skippedNoPoints,
            int evaluatedBelow20) {}

    public record Part(String name, int points, double[] iou) {}

    /**
     * Online fine-tuning (eq. 9-10): whether it ran, its steps and learning rate per round, and over the run the
     * accepted rounds, their wall time (steps + re-embedding; not part of the click times), rollbacks after a
     * divergence, and whether the model lacked the fine-tuning signature.
     */
    public record Finetune(
            boolean on,
            int steps,
            float learningRate,
            int rounds,
            double roundMsP50,
            double roundMsP95,
            int rollbacks,
            boolean unsupported) {}

    public record Shape(String file, String category, List<Part> parts, int skippedParts) {}

    public record Category(
            double[] miouAt, Integer nocCategory80, Integer nocCategory85, Integer nocCategory90, int parts) {}

    public record Summary(
            double[] miouAt,
            Double nocCategory80,
            Double nocCategory85,
            Double nocCategory90,
            double noc80,
            double noc85,
            double noc90,
            int shapes,
            int parts,
            int skippedParts) {}

    /**
     * @param embedMsP50 median per-shape preparation (embedding) time
     * @param clickMsP50 median time of one click → mask (with post-processing)
     * @param clickMsP95 95th percentile of the same
     */
    public record Timing(
            double embedMsP50, double clickMsP50, double clickMsP95, double wallSeconds, int threads, String machine) {}

    public static EvalReport of(
            String method,
            String protocol,
            String iou,
            int points,
            ClickParams params,
            FinetuneParams ft,
            boolean scribbles,
            int clicks,
            long seed,
            List<ShapeRun> runs,
            BenchmarkMetrics m,
            int threads,
            double wallSeconds,
            List<Failure> failures,
            Provenance provenance,
            Mesh mesh) {
        List<Shape> shapes = new ArrayList<>();
        List<long[]> clickTimes = new ArrayList<>();
        long[] embed = new long[runs.size()];
        List<long[]> rounds = new ArrayList<>();
        int rollbacks = 0;
        boolean unsupported = false;
        for (int i = 0; i < runs.size(); i++) {
            ShapeRun r = runs.get(i);
            List<Part> parts = new ArrayList<>();
            for (PartResult p : r.outcome().parts()) {
                parts.add(new Part(p.part(), p.points(), round(p.iou())));
            }
            shapes.add(new Shape(
                    r.shape().file(), r.shape().category(), parts, r.outcome().skippedParts()));
            clickTimes.add(r.outcome().clickNanos());
            embed[i] = r.outcome().embedNanos();
            FinetuneStats f = r.outcome().finetune();
            rounds.add(f.roundNanos());
            rollbacks += f.rollbacks();
            unsupported |= f.unsupported();
        }
        long[] allRounds =
                rounds.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        Finetune finetune = new Finetune(
                ft.enabled() && !unsupported,
                ft.steps(),
                ft.learningRate(),
                allRounds.length,
                round3(Timings.percentileMs(allRounds, 0.5)),
                round3(Timings.percentileMs(allRounds, 0.95)),
                rollbacks,
                unsupported);
        long[] allClicks =
                clickTimes.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        Map<String, Category> cats = new LinkedHashMap<>();
        m.categories()
                .forEach((k, c) -> cats.put(
                        k,
                        new Category(
                                round(c.miouAt()),
                                c.nocCategory80(),
                                c.nocCategory85(),
                                c.nocCategory90(),
                                c.parts())));
        BenchmarkMetrics.Summary s = m.summary();
        Summary summary = new Summary(
                round(s.miouAt()),
                round(s.nocCategory80()),
                round(s.nocCategory85()),
                round(s.nocCategory90()),
                round(s.noc80()),
                round(s.noc85()),
                round(s.noc90()),
                s.shapes(),
                s.parts(),
                s.skippedParts());
        Timing timing = new Timing(
                round(Timings.percentileMs(embed, 0.5)),
                round3(Timings.percentileMs(allClicks, 0.5)),
                round3(Timings.percentileMs(allClicks, 0.95)),
                round(wallSeconds),
                threads,
                Machine.describe());
        return new EvalReport(
                method,
                protocol,
                iou,
                points,
                params.alpha(),
                params.outlierRemoval(),
                params.smoothing(),
                scribbles,
                finetune,
                clicks,
                seed,
                shapes,
                cats,
                summary,
                timing,
                failures,
                provenance,
                mesh);
    }

    private static double[] round(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = round(v[i]);
        }
        return out;
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
    }

    private static double round3(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1000) / 1000.0;
    }
}
