package org.iseg3d.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.iseg3d.bench.LatencyBench;
import org.iseg3d.scenes.BenchmarkGenerator;
import org.iseg3d.scenes.LargeSceneGenerator;
import org.iseg3d.scenes.SceneObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code iseg3d scenes}: generates the PartNet-style benchmark, or with {@code --large} one large scene. */
@Command(
        name = "scenes",
        mixinStandardHelpOptions = true,
        description = "Generate the benchmark objects (one folder per category, .glb files), or "
                + "with --large one large multi-part scene (.glb).")
final class ScenesCommand implements Callable<Integer> {

    /** Default benchmark folder. */
    static final String DEFAULT_OUT = "test-scenes/benchmark";

    @Option(
            names = "--out",
            description = "Output folder (default: " + DEFAULT_OUT + "); with --large the .glb file "
                    + "(default: test-scenes/large/large-<triangles>.glb).")
    Path out;

    @Mixin
    SeedOption seed = new SeedOption();

    @Option(names = "--count", description = "Objects per category (default: ${DEFAULT-VALUE}).", defaultValue = "6")
    int count;

    @Option(names = "--large", description = "Write one large scene of many finely tessellated parts instead.")
    boolean large;

    @Option(
            names = "--triangles",
            description = "Triangles of the --large scene (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000000")
    int triangles;

    @Override
    public Integer call() throws Exception {
        if (large) {
            return large();
        }
        if (count < 1) {
            throw new IllegalArgumentException("--count must be >= 1");
        }
        Path dir = out != null ? out : Path.of(DEFAULT_OUT);
        int total = count * BenchmarkGenerator.categories().size();
        List<Path> files;
        try (ProgressBar bar = Progress.bar("scenes", total)) {
            files = BenchmarkGenerator.generate(dir, seed.value(), count, n -> bar.stepTo(n));
        }
        System.out.println(
                "wrote " + files.size() + " objects to " + dir.toAbsolutePath().normalize());
        return 0;
    }

    private Integer large() throws Exception {
        if (triangles < 1000) {
            throw new IllegalArgumentException("--triangles must be >= 1000");
        }
        Path file = out != null ? out : defaultLargeFile(triangles);
        long t0 = System.nanoTime();
        SceneObject object = LargeSceneGenerator.write(triangles, seed.value(), file);
        System.out.printf(
                java.util.Locale.ROOT,
                "wrote %s: %d parts, %d triangles, %.1f MB in %.1f s%n",
                file.toAbsolutePath().normalize(),
                object.parts().size(),
                object.triangleCount(),
                Files.size(file) / 1e6,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    static Path defaultLargeFile(int triangles) {
        return LatencyBench.defaultLargeFile(triangles);
    }
}
