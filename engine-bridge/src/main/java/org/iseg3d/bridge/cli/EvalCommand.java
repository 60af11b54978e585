package org.iseg3d.bridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import me.tongfei.progressbar.ProgressBar;
import org.iseg3d.bridge.load.ModelFormat;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.ShapeReader;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.transfer.AreaMaskScorer;
import org.iseg3d.bridge.transfer.TransferParams;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.propose.PartProposer;
import org.iseg3d.core.propose.ProposalMethod;
import org.iseg3d.core.propose.ProposalParams;
import org.iseg3d.core.eval.LabeledShape;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.eval.ShapeEvaluator;
import org.iseg3d.core.metrics.BenchmarkMetrics;
import org.iseg3d.core.metrics.PartResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code iseg3d eval}: runs simulated users on every part of every model found and reports mIoU@k and NoC,
 * per category and overall (iSeg3D Table 1), as a table and optionally as JSON.
 */
@Command(name = "eval", sortOptions = false,
        description = "Benchmark a method with simulated clicks on models with ground-truth parts.")
final class EvalCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--method", defaultValue = "fpfh", description = "learned, fpfh, heatmap or xyz (default: ${DEFAULT-VALUE}).")
    String method;

    @Mixin
    ClickOptions clickOptions = new ClickOptions();

    @Mixin
    FinetuneOptions finetuneOptions = new FinetuneOptions();

    @Option(names = "--scribbles", description = "The simulated user scribbles (a short stroke of negatives inside "
            + "the spill) where it would click negatively; one scribble counts as one click.")
    boolean scribbles;

    @Option(names = "--model", description = "Model folder for --method learned (default: the shipped model).")
    Path model;

    @Option(names = "--protocol", defaultValue = "center",
            description = "center (standard) or greedy (the paper's oracle) (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--clicks", defaultValue = "15", description = "Clicks per part (default: ${DEFAULT-VALUE}).")
    int clicks;

    @Option(names = "--points", defaultValue = "4096", description = "Sampled points per shape (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--seed", defaultValue = "1", description = "Sampling and simulator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--iou", defaultValue = "points", description = "points (the mask's sampled points) or area "
            + "(the mask transferred to the mesh's triangles, weighted by area) (default: ${DEFAULT-VALUE}).")
    String iou;

    @Option(names = "--threads", description = "Shapes evaluated in parallel (default: all cores).")
    Integer threads;

    @Option(names = "--proposals", description = "Also evaluate with part proposals: the first positive click on a "
            + "proposal starts from it; prints both runs and the clicks saved (the JSON is the run with proposals, "
            + "protocol '<protocol>+proposals'). Combines with fine-tuning: the proposals come from the model's own "
            + "embedding, the refining clicks use the fine-tuned one.")
    boolean proposals;

    @Option(names = "--json", description = "Write the full report as JSON to this file.")
    Path json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or folders (searched recursively; a shape's category is its folder's name).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        ShapeEvaluator.Protocol proto = switch (protocol) {
            case "center" -> ShapeEvaluator.Protocol.CENTER;
            case "greedy" -> ShapeEvaluator.Protocol.GREEDY;
            default -> throw new IllegalArgumentException("unknown --protocol '" + protocol + "'; choose center or greedy");
        };
        if (!"points".equals(iou) && !"area".equals(iou)) {
            throw new IllegalArgumentException("unknown --iou '" + iou + "'; choose points or area");
        }
        if (clicks < 1 || points < 64) {
            throw new IllegalArgumentException("--clicks must be >= 1 and --points >= 64");
        }
        ClickParams params = clickOptions.params();
        FinetuneParams requested = finetuneOptions.params();
        Methods.Resolved resolved = Methods.resolve(method, model);
        SegmentationMethod m = resolved.method();
        // fine-tuning applies to a model that can adapt (learned); other methods run without it
        FinetuneParams ft = resolved.embedder() instanceof FineTunableEmbedder ? requested : FinetuneParams.OFF;
        if (proposals && resolved.embedder() == null) {
            throw new IllegalArgumentException("--method " + method + " has no embedding; --proposals needs "
                    + "learned, fpfh or xyz");
        }
        PartProposer proposer = proposals ? new PartProposer(ProposalParams.forAlpha(params.alpha())) : null;
        SegmentationMethod withProposals = proposals ? new ProposalMethod(resolved.embedder(), proposer) : null;
        List<Failure> failures = new ArrayList<>();
        List<Path> files = ModelFiles.find(paths, failures);
        if (files.isEmpty()) {
            failures.forEach(f -> System.err.println("iseg3d: " + f.error()));
            throw new IllegalArgumentException("no model files (" + ModelFormat.supportedList() + ") found in "
                    + paths);
        }
        int nThreads = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ShapeEvaluator evaluator = new ShapeEvaluator(m, proto, params, clicks,
                ShapeEvaluator.DEFAULT_MIN_PART_POINTS, seed, scribbles);
        ShapeEvaluator proposalEvaluator = withProposals == null ? null : new ShapeEvaluator(withProposals, proto,
                params, clicks, ShapeEvaluator.DEFAULT_MIN_PART_POINTS, seed, scribbles);
        FinetunedEvaluators tuned = ft.enabled()
                ? new FinetunedEvaluators(evaluator, proposalEvaluator, proposer,
                (FineTunableEmbedder) resolved.embedder(), ft, Math.min(nThreads, files.size())) : null;

        long wall0 = System.nanoTime();
        List<ShapeRun> runs = new ArrayList<>();
        List<ShapeRun> proposalRuns = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "iseg3d-eval");
            t.setDaemon(true);
            return t;
        });
        try (ProgressBar bar = Progress.bar("eval " + method + "/" + protocol, files.size())) {
            List<Future<ShapeRun[]>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    FinetunedEvaluators.Pair ev = tuned != null ? tuned.take()
                            : new FinetunedEvaluators.Pair(evaluator, proposalEvaluator);
                    try {
                        return ev.proposals() == null ? new ShapeRun[] {evaluate(f, ev.plain())}
                                : new ShapeRun[] {evaluate(f, ev.plain()), evaluate(f, ev.proposals())};
                    } finally {
                        if (tuned != null) {
                            tuned.give(ev);
                        }
                        bar.step();
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
                    String msg = c instanceof ModelLoadException ? c.getMessage()
                            : files.get(i) + ": " + (c.getMessage() != null ? c.getMessage() : c.toString());
                    failures.add(new Failure(files.get(i).toString(), msg));
                    org.apache.logging.log4j.LogManager.getLogger(EvalCommand.class).debug("failed", c);
                }
            }
        } finally {
            pool.shutdownNow();
            if (tuned != null) {
                tuned.close();
            }
        }
        double wallSeconds = (System.nanoTime() - wall0) / 1e9;

        EvalReport report = report(m.name(), protocol, params, ft, runs, nThreads, wallSeconds, failures);
        System.out.print(ReportTables.categoryTable(report));
        if (proposalEvaluator != null) {
            EvalReport baseline = report;
            report = report(m.name(), protocol + "+proposals", params, ft, proposalRuns, nThreads, wallSeconds,
                    failures);
            System.out.println();
            System.out.print(ReportTables.categoryTable(report));
            System.out.print(ProposalComparison.table(baseline, report));
        }
        if (json != null) {
            writeJson(report, json);
            System.out.println("JSON report: " + json);
        }
        if (!failures.isEmpty()) {
            System.err.println("iseg3d: " + failures.size() + " file(s) failed:");
            failures.forEach(f -> System.err.println("  " + f.error()));
            return 1;
        }
        return 0;
    }

    private EvalReport report(String name, String proto, ClickParams params, FinetuneParams ft, List<ShapeRun> runs,
                              int nThreads, double wallSeconds, List<Failure> failures) {
        List<PartResult> parts = new ArrayList<>();
        int skipped = 0;
        for (ShapeRun r : runs) {
            parts.addAll(r.outcome.parts());
            skipped += r.outcome.skippedParts();
        }
        if (parts.isEmpty()) {
            failures.forEach(f -> System.err.println("iseg3d: " + f.error()));
            throw new IllegalArgumentException("no part could be evaluated");
        }
        BenchmarkMetrics metrics = BenchmarkMetrics.of(parts, runs.size(), skipped);
        return EvalReport.of(name, proto, iou, points, params, ft, scribbles, clicks, seed, runs, metrics, nThreads,
                wallSeconds, failures);
    }

    private ShapeRun evaluate(Path file, ShapeEvaluator evaluator) throws ModelLoadException {
        String category = file.toAbsolutePath().getParent() != null
                ? file.toAbsolutePath().getParent().getFileName().toString() : "";
        if ("area".equals(iou)) { // the same steps as ShapeReader.read, keeping the soup for the transfer
            LoadedScene scene = new SceneLoader().load(file);
            TriangleSoup soup = SceneFlattener.flatten(scene);
            PartLabels labels = PartLabels.forModel(scene.file(), soup);
            SampledShape s = SurfaceSampler.sample(soup, labels, points, seed);
            LabeledShape shape = new LabeledShape(file.toString(), category, s.cloud(), s.partOfPoint(),
                    s.partNames());
            return new ShapeRun(shape, evaluator.evaluate(shape, AreaMaskScorer.of(soup, labels, s,
                    TransferParams.DEFAULTS)));
        }
        SampledShape s = new ShapeReader().read(file, points, seed);
        LabeledShape shape = new LabeledShape(file.toString(), category, s.cloud(), s.partOfPoint(), s.partNames());
        return new ShapeRun(shape, evaluator.evaluate(shape));
    }

    static void writeJson(Object report, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            mapper.writeValue(tmp.toFile(), report);
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One evaluated shape. */
    record ShapeRun(LabeledShape shape, ShapeEvaluator.Outcome outcome) {
    }

    /** A file that could not be evaluated. */
    record Failure(String file, String error) {
    }

    /** Finds model files below the given paths, sorted; unknown or missing paths become failures. */
    static final class ModelFiles {
        private ModelFiles() {
        }

        static List<Path> find(List<Path> paths, List<Failure> failures) {
            List<Path> out = new ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        s.filter(Files::isRegularFile).filter(f -> ModelFormat.of(f).isPresent()).sorted()
                                .forEach(out::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(p + ": cannot list folder", e);
                    }
                } else if (!Files.exists(p)) {
                    failures.add(new Failure(p.toString(), p + ": no such file or folder"));
                } else if (ModelFormat.of(p).isEmpty()) {
                    failures.add(new Failure(p.toString(), p + ": unknown model format (supported: "
                            + ModelFormat.supportedList() + ")"));
                } else {
                    out.add(p);
                }
            }
            return out;
        }
    }

    static double percentile(long[] nanos, double q) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        int idx = (int) Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
        return s[idx] / 1e6;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
