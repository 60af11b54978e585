package org.iseg3d.bridge.cli;

import me.tongfei.progressbar.ProgressBar;
import org.iseg3d.scenes.BenchmarkGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code iseg3d scenes}: generates the PartNet-style benchmark deterministically. */
@Command(name = "scenes", description = "Generate the benchmark objects (one folder per category, .glb files).")
final class ScenesCommand implements Callable<Integer> {

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "test-scenes/benchmark")
    Path out;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--count", description = "Objects per category (default: ${DEFAULT-VALUE}).",
            defaultValue = "6")
    int count;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new IllegalArgumentException("--count must be >= 1");
        }
        int total = count * BenchmarkGenerator.categories().size();
        List<Path> files;
        try (ProgressBar bar = Progress.bar("scenes", total)) {
            files = BenchmarkGenerator.generate(out, seed, count, n -> bar.stepTo(n));
        }
        System.out.println("wrote " + files.size() + " objects to " + out.toAbsolutePath().normalize());
        return 0;
    }
}
