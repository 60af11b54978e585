package org.iseg3d.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.iseg3d.bench.EvalRunner;
import org.iseg3d.bench.EvalSettings;
import org.iseg3d.bench.Failure;
import org.iseg3d.bench.JsonFiles;
import org.iseg3d.bench.ModelFiles;
import org.iseg3d.bench.ProposalComparison;
import org.iseg3d.bench.report.ReportTables;
import org.iseg3d.bridge.load.ModelFormat;
import org.iseg3d.core.finetune.FinetuneParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iseg3d eval}: runs simulated users on every part of every model found ({@link EvalRunner}) and reports
 * mIoU@k and NoC, per category and overall (iSeg3D Table 1), as a table and optionally as JSON.
 */
@Command(
        name = "eval",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Benchmark a method with simulated clicks on models with ground-truth parts.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    MethodOptions method = new MethodOptions();

    @Mixin
    ClickOptions clickOptions = new ClickOptions();

    @Mixin
    FinetuneOptions finetuneOptions = new FinetuneOptions();

    @Mixin
    MeshOptions meshOptions = new MeshOptions();

    @Option(
            names = "--scribbles",
            description = "The simulated user scribbles (a short stroke of negatives inside "
                    + "the spill) where it would click negatively; one scribble counts as one click.")
    boolean scribbles;

    @Option(
            names = "--protocol",
            defaultValue = "center",
            description = "center (standard) or greedy (the paper's oracle) (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--clicks", defaultValue = "15", description = "Clicks per part (default: ${DEFAULT-VALUE}).")
    int clicks;

    @Mixin
    PointsOption points = new PointsOption();

    @Mixin
    SeedOption seed = new SeedOption();

    @Option(
            names = "--iou",
            defaultValue = "points",
            description = "points (the mask's sampled points) or area "
                    + "(the mask transferred to the mesh's triangles, weighted by area) (default: ${DEFAULT-VALUE}).")
    String iou;

    @Option(names = "--threads", description = "Shapes evaluated in parallel (default: all cores).")
    Integer threads;

    @Option(
            names = "--proposals",
            description = "Also evaluate with part proposals: the first positive click on a "
                    + "proposal starts from it; prints both runs and the clicks saved (the JSON is the run with proposals, "
                    + "protocol '<protocol>+proposals'). Combines with fine-tuning: the proposals come from the model's own "
                    + "embedding, the refining clicks use the fine-tuned one.")
    boolean proposals;

    @Mixin
    JsonOption json = new JsonOption();

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Model files or folders (searched recursively; a shape's category is its folder's name).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        FinetuneParams requested = finetuneOptions.params();
        int nThreads =
                threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        String name = method.nameOr("fpfh");
        EvalSettings settings = new EvalSettings(
                name,
                method.model,
                protocol,
                iou,
                clicks,
                points.value(),
                seed.value(),
                clickOptions.params(),
                requested,
                scribbles,
                proposals,
                nThreads,
                meshOptions.settings());
        List<Failure> failures = new ArrayList<>();
        List<Path> files = ModelFiles.find(paths, failures);
        if (files.isEmpty()) {
            failures.forEach(f -> System.err.println("iseg3d: " + f.error()));
            throw new IllegalArgumentException(
                    "no model files (" + ModelFormat.supportedList() + ") found in " + paths);
        }
        EvalRunner.Outcome outcome;
        try (ProgressBar bar = Progress.bar("eval " + name + "/" + protocol, files.size())) {
            outcome = new EvalRunner(settings).run(files, failures, bar::step);
        } catch (IllegalArgumentException e) {
            failures.forEach(f -> System.err.println("iseg3d: " + f.error()));
            throw e;
        }
        var report = outcome.report();
        System.out.print(ReportTables.categoryTable(report));
        if (outcome.withProposals() != null) {
            System.out.println();
            System.out.print(ReportTables.categoryTable(outcome.withProposals()));
            System.out.print(ProposalComparison.table(report, outcome.withProposals()));
            report = outcome.withProposals();
        }
        if (json.json != null) {
            JsonFiles.write(report, json.json);
            System.out.println("JSON report: " + json.json);
        }
        if (!failures.isEmpty()) {
            System.err.println("iseg3d: " + failures.size() + " file(s) failed:");
            failures.forEach(f -> System.err.println("  " + f.error()));
            return 1;
        }
        return 0;
    }
}
