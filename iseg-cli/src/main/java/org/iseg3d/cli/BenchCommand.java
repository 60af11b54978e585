package org.iseg3d.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iseg3d.bench.JsonFiles;
import org.iseg3d.bench.LatencyBench;
import org.iseg3d.bench.LatencyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code iseg3d bench}: the latency figures of the interactive path ({@link LatencyBench}), optionally as JSON. */
@Command(
        name = "bench",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description =
                "Latency benchmarks (embed, fine-tune step and round, proposals, click -> mask at 4096/100k/1M points, "
                        + "label transfer at 1M triangles): p50/p95, optionally as JSON.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    MethodOptions methodOptions = new MethodOptions();

    @Option(
            names = "--sizes",
            defaultValue = "4096,100000,1000000",
            split = ",",
            description = "Point counts for click -> mask (default: ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(
            names = "--clicks",
            defaultValue = "1000",
            description = "Timed clicks at 4096 points; larger clouds get proportionally fewer, at least 50 "
                    + "(default: ${DEFAULT-VALUE}).")
    int clicks;

    @Option(
            names = "--runs",
            defaultValue = "40",
            description = "Timed embeds, fine-tune steps and proposal runs; fine-tune rounds are a quarter, at least "
                    + "5 (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--triangles",
            defaultValue = "1000000",
            description = "Triangles of the generated scene for label transfer (default: ${DEFAULT-VALUE}).")
    int triangles;

    @Option(names = "--large", description = "Scene for label transfer (default: the generated --triangles scene).")
    Path large;

    @Option(
            names = "--transfer-runs",
            defaultValue = "9",
            description = "Timed label-transfer prepares; clicks are 5 per prepare (default: ${DEFAULT-VALUE}).")
    int transferRuns;

    @Mixin
    SeedOption seed = new SeedOption();

    @Mixin
    JsonOption json = new JsonOption();

    @Override
    public Integer call() throws Exception {
        LatencyBench.Settings settings = new LatencyBench.Settings(
                methodOptions.nameOr("learned"),
                methodOptions.model,
                sizes,
                clicks,
                runs,
                triangles,
                large,
                transferRuns,
                seed.value());
        LatencyReport report =
                new LatencyBench(settings, what -> System.err.println("iseg3d bench: " + what + " ...")).run();
        System.out.print(report.table());
        if (json.json != null) {
            JsonFiles.write(report, json.json);
            System.out.println("JSON: " + json.json);
        }
        return 0;
    }
}
