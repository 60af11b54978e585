package org.iseg3d.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.iseg3d.bench.JsonFiles;
import org.iseg3d.bench.SoakRun;
import org.iseg3d.bridge.session.SessionConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iseg3d soak}: random session actions on several assets in one process ({@link SoakRun}); exit code 1 on any
 * failed action or a heap growth above {@code --max-growth}.
 */
@Command(
        name = "soak",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Random session actions on several assets in one process: no exception, bounded heap growth.")
final class SoakCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "MODEL", description = "Models (default: the 8 test-scenes fixtures).")
    List<Path> models = new ArrayList<>();

    @Option(names = "--actions", defaultValue = "10000", description = "Measured actions (default: ${DEFAULT-VALUE}).")
    int actions;

    @Option(
            names = "--warmup",
            defaultValue = "3000",
            description = "Actions before the first heap measurement; enough to fill every undo history "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    MethodOptions methodOptions = new MethodOptions();

    @Mixin
    FinetuneOptions finetuneOptions = new FinetuneOptions();

    @Mixin
    PointsOption points = new PointsOption();

    @Option(
            names = "--history",
            defaultValue = "" + SessionConfig.DEFAULT_HISTORY_LIMIT,
            description = "Undo steps kept per session (default: ${DEFAULT-VALUE}).")
    int history;

    @Mixin
    SeedOption seed = new SeedOption();

    @Option(
            names = "--max-growth",
            defaultValue = "10",
            description = "Largest allowed heap growth after GC, percent (default: ${DEFAULT-VALUE}).")
    double maxGrowth;

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        SoakRun.Settings settings = new SoakRun.Settings(
                models,
                methodOptions.nameOr("learned"),
                methodOptions.model,
                finetuneOptions.params(),
                points.value(),
                history,
                seed.value(),
                warmup,
                actions,
                maxGrowth);
        SoakRun.Report r;
        try (ProgressBar bar = Progress.bar("soak", (long) warmup + actions)) {
            r = new SoakRun(settings, w -> System.err.println("iseg3d: warning: " + w)).run(bar::step);
        }
        System.out.print(SoakRun.table(r));
        if (json.json != null) {
            JsonFiles.write(r, json.json);
            System.out.println("JSON: " + json.json);
        }
        return r.passed() ? 0 : 1;
    }
}
