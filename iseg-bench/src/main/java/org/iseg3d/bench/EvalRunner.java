package org.iseg3d.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.logging.log4j.LogManager;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.transfer.AreaMaskScorer;
import org.iseg3d.bridge.transfer.TransferParams;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.eval.FacetMethod;
import org.iseg3d.core.eval.LabeledShape;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.eval.ShapeEvaluator;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.mesh.SampledMesh;
import org.iseg3d.core.mesh.TriangleMesh;
import org.iseg3d.core.metrics.BenchmarkMetrics;
import org.iseg3d.core.metrics.PartResult;
import org.iseg3d.core.propose.PartProposer;
import org.iseg3d.core.propose.ProposalMethod;
import org.iseg3d.core.propose.ProposalParams;

/**
 * The driver of {@code iseg3d eval}: runs simulated users on every part of every model file, {@code threads} shapes
 * in parallel, and builds the {@link EvalReport} (iSeg3D Table 1 figures, timings, provenance). A file that cannot be
 * read becomes a {@link Failure}; the others are still evaluated. With proposals, every shape is evaluated a second
 * time with them and both reports are returned.
 */
public final class EvalRunner {

    /** The run's reports ({@code withProposals} null without proposals) and the files that failed. */
    public record Outcome(EvalReport report, EvalReport withProposals, List<Failure> failures) {}

    private final EvalSettings settings;

    public EvalRunner(EvalSettings settings) {
        this.settings = settings;
    }

    /**
     * Evaluates the files ({@link ModelFiles#find}); {@code failures} holds the failures found so far and receives
     * the new ones; {@code step} runs after each file.
     *
     * @throws IllegalArgumentException for an unknown method, proposals with heatmap, or when no part could be
     *                                  evaluated
     */
    public Outcome run(List<Path> files, List<Failure> failures, Runnable step) throws InterruptedException {
        EvalSettings s = settings;
        Methods.Resolved resolved = Methods.resolve(s.method(), s.model(), s.mesh());
        SegmentationMethod m = resolved.method();
        // fine-tuning applies to a model that can adapt (learned); other methods run without it
        FinetuneParams ft = resolved.embedder() instanceof FineTunableEmbedder ? s.finetune() : FinetuneParams.OFF;
        if (s.proposals() && resolved.embedder() == null) {
            throw new IllegalArgumentException(
                    "--method " + s.method() + " has no embedding; --proposals needs " + "learned, fpfh or xyz");
        }
        Provenance provenance = Provenance.of(resolved.embedder());
        PartProposer proposer = s.proposals()
                ? new PartProposer(ProposalParams.forAlpha(s.params().alpha()))
                : null;
        ShapeEvaluator.Protocol proto = EvalSettings.protocolOf(s.protocol());
        ShapeEvaluator.PartFloor floor = s.mesh().floor();
        ShapeEvaluator evaluator = new ShapeEvaluator(m, proto, s.params(), s.clicks(), floor, s.seed(), s.scribbles());
        ShapeEvaluator proposalEvaluator = proposer == null
                ? null
                : new ShapeEvaluator(
                        new ProposalMethod(resolved.embedder(), proposer),
                        proto,
                        s.params(),
                        s.clicks(),
                        floor,
                        s.seed(),
                        s.scribbles());
        int nThreads = s.threads();
        FinetunedEvaluators tuned = ft.enabled()
                ? new FinetunedEvaluators(
                        evaluator,
                        proposalEvaluator,
                        proposer,
                        (FineTunableEmbedder) resolved.embedder(),
                        ft,
                        Math.max(1, Math.min(nThreads, files.size())))
                : null;

        long wall0 = System.nanoTime();
        List<ShapeRun> runs = new ArrayList<>();
        List<ShapeRun> proposalRuns = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "iseg3d-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ShapeRun[]>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    FinetunedEvaluators.Pair ev =
                            tuned != null ? tuned.take() : new FinetunedEvaluators.Pair(evaluator, proposalEvaluator);
                    try {
                        return ev.proposals() == null
                                ? new ShapeRun[] {evaluate(f, ev.plain())}
                                : new ShapeRun[] {evaluate(f, ev.plain()), evaluate(f, ev.proposals())};
                    } finally {
                        if (tuned != null) {
                            tuned.give(ev);
                        }
                        step.run();
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    ShapeRun[] r = futures.get(i).get();
                    runs.add(r[0]);
                    if (r.length > 1) {
                        proposalRuns.add(r[1]);
                    }
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    String msg = c instanceof ModelLoadException
                            ? c.getMessage()
                            : files.get(i) + ": " + (c.getMessage() != null ? c.getMessage() : c.toString());
                    failures.add(new Failure(files.get(i).toString(), msg));
                    LogManager.getLogger(EvalRunner.class).debug("failed", c);
                }
            }
        } finally {
            pool.shutdownNow();
            if (tuned != null) {
                tuned.close();
            }
        }
        double wallSeconds = (System.nanoTime() - wall0) / 1e9;
        boolean facets = m instanceof FacetMethod;
        EvalReport report = report(m.name(), s.protocol(), ft, runs, wallSeconds, failures, provenance, facets);
        EvalReport withProposals = proposalEvaluator == null
                ? null
                : report(
                        m.name(),
                        s.protocol() + "+proposals",
                        ft,
                        proposalRuns,
                        wallSeconds,
                        failures,
                        provenance,
                        facets);
        return new Outcome(report, withProposals, failures);
    }

    private EvalReport report(
            String name,
            String proto,
            FinetuneParams ft,
            List<ShapeRun> runs,
            double wallSeconds,
            List<Failure> failures,
            Provenance provenance,
            boolean facets) {
        List<PartResult> parts = new ArrayList<>();
        int skipped = 0, byArea = 0, noPoints = 0, below20 = 0;
        for (ShapeRun r : runs) {
            parts.addAll(r.outcome().parts());
            skipped += r.outcome().skippedParts();
            byArea += r.outcome().skippedArea();
            noPoints += r.outcome().skippedNoPoints();
            for (PartResult p : r.outcome().parts()) {
                below20 += p.points() < ShapeEvaluator.DEFAULT_MIN_PART_POINTS ? 1 : 0;
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no part could be evaluated");
        }
        BenchmarkMetrics metrics = BenchmarkMetrics.of(parts, runs.size(), skipped);
        EvalSettings s = settings;
        FacetMethod.Settings fs = s.mesh().facetSettings();
        EvalReport.Mesh mesh = new EvalReport.Mesh(
                facets,
                facets ? fs.variant().name().toLowerCase(java.util.Locale.ROOT) : null,
                fs.facets().maxAngleDegrees(),
                s.mesh().floor().minArea(),
                s.mesh().floor().minPoints(),
                byArea,
                skipped - byArea,
                noPoints,
                below20);
        return EvalReport.of(
                name,
                proto,
                s.iou(),
                s.points(),
                s.params(),
                ft,
                s.scribbles(),
                s.clicks(),
                s.seed(),
                runs,
                metrics,
                s.threads(),
                wallSeconds,
                failures,
                provenance,
                mesh);
    }

    private ShapeRun evaluate(Path file, ShapeEvaluator evaluator) throws ModelLoadException {
        String category = file.toAbsolutePath().getParent() != null
                ? file.toAbsolutePath().getParent().getFileName().toString()
                : "";
        int points = settings.points();
        long seed = settings.seed();
        // the same steps as ShapeReader.read, keeping the soup: the method sees it as one mesh (no Geometries,
        // no parts), the area floor and --iou area read the parts from it
        LoadedScene scene = new SceneLoader().load(file);
        TriangleSoup soup = SceneFlattener.flatten(scene);
        PartLabels labels = PartLabels.forModel(scene.file(), soup);
        SampledShape s = SurfaceSampler.sample(soup, labels, points, seed);
        LabeledShape shape = new LabeledShape(
                file.toString(),
                category,
                s.cloud(),
                s.partOfPoint(),
                s.partNames(),
                new SampledMesh(new TriangleMesh(soup.positions()), s.triangleOfPoint()),
                partArea(soup, labels));
        if ("area".equals(settings.iou())) {
            return new ShapeRun(
                    shape, evaluator.evaluate(shape, AreaMaskScorer.of(soup, labels, s, TransferParams.DEFAULTS)));
        }
        return new ShapeRun(shape, evaluator.evaluate(shape));
    }

    /** Per part its share of the surface area (per-triangle ground truth, for the part floor only; the method never sees it). */
    static double[] partArea(TriangleSoup soup, PartLabels labels) {
        double[] area = new double[labels.partNames().size()];
        for (int t = 0; t < soup.triangleCount(); t++) {
            int part = labels.partOfTriangle()[t];
            if (part >= 0) {
                area[part] += soup.areas()[t];
            }
        }
        for (int p = 0; p < area.length; p++) {
            area[p] /= soup.totalArea();
        }
        return area;
    }
}
