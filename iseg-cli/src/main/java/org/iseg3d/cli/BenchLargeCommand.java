package org.iseg3d.cli;

import com.jme3.scene.Mesh;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iseg3d.bench.Machine;
import org.iseg3d.bench.Timings;
import org.iseg3d.bridge.io.GltfSceneExporter;
import org.iseg3d.bridge.io.SceneSaver;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.SampleIndex;
import org.iseg3d.bridge.transfer.LabelTransfer;
import org.iseg3d.bridge.transfer.TransferParams;
import org.iseg3d.bridge.writeback.PreparedWriteBack;
import org.iseg3d.bridge.writeback.SceneWriteBack;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.Mask;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.embed.FpfhEmbedder;
import org.iseg3d.scenes.LargeSceneGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iseg3d bench-large}: times the interactive path on a large scene (default: the generated 1M-triangle scene)
 * - load, flatten, sample, kNN table, FPFH embedding, the first mask of one click - then label transfer (prepare once
 * per session, the first mask to triangles as each click does) and write-back of the ground-truth parts (prepare the
 * per-part meshes, apply them to the scene graph), plus j3o save and glb export of the loaded scene, and reports
 * the median of several runs and the peak heap.
 */
@Command(
        name = "bench-large",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "Time load -> first mask, label transfer, write-back, j3o save and glb export on a large scene; "
                + "report medians and peak heap.")
final class BenchLargeCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..1",
            paramLabel = "MODEL",
            description = "Model to measure (default: generate the --large scene if missing).")
    Path model;

    @Option(
            names = "--triangles",
            defaultValue = "1000000",
            description = "Triangles of the generated scene " + "(default: ${DEFAULT-VALUE}).")
    int triangles;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    PointsOption pointsOption = new PointsOption();

    @Option(names = "--no-write", description = "Skip the j3o save and glb export steps.")
    boolean noWrite;

    private static final String[] STEPS = {
        "load",
        "flatten",
        "sample",
        "knn",
        "fpfh",
        "first mask",
        "load->first mask",
        "transfer prepare",
        "transfer (click)",
        "write-back prep",
        "write-back apply",
        "j3o save",
        "glb export"
    };

    @Override
    public Integer call() throws Exception {
        int points = pointsOption.value();
        if (runs < 1 || points < 64) {
            throw new IllegalArgumentException("--runs must be >= 1 and --points >= 64");
        }
        Path file = model;
        if (file == null) {
            file = ScenesCommand.defaultLargeFile(triangles);
            if (!Files.exists(file)) {
                System.err.println("iseg3d: generating " + file + " ...");
                LargeSceneGenerator.write(triangles, 1, file);
            }
        }
        Path tmp = Files.createTempDirectory("iseg3d-bench");
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        for (String s : STEPS) {
            ms.put(s, new ArrayList<>());
        }
        long peak = 0;
        int tris = 0;
        int maskSize = 0;
        try {
            for (int run = 0; run <= runs; run++) { // run 0 warms up the JIT and is not counted
                System.gc();
                Timings.resetPeaks();
                long[] t = new long[8];
                t[0] = System.nanoTime();
                LoadedScene scene = new SceneLoader().load(file);
                t[1] = System.nanoTime();
                TriangleSoup soup = SceneFlattener.flatten(scene);
                t[2] = System.nanoTime();
                SampledShape shape = SurfaceSampler.sample(soup, PartLabels.forModel(scene.file(), soup), points, 1L);
                t[3] = System.nanoTime();
                ShapeContext context = ShapeContext.of(shape.cloud());
                t[4] = System.nanoTime();
                FpfhEmbedder fpfh = new FpfhEmbedder();
                float[] emb = fpfh.embed(context.cloud());
                t[5] = System.nanoTime();
                Mask mask = ClickSegmenter.ofEmbedding(context, emb, fpfh.dimension(), ClickParams.DEFAULTS)
                        .segment(List.of(Click.positive(0)));
                t[6] = System.nanoTime();
                // label transfer: prepare once per session (sample index + candidates + shared vertices), then the
                // first mask to triangles as every click does
                long l0 = System.nanoTime();
                SampleIndex index = SampleIndex.of(shape, soup.geometries().size());
                LabelTransfer transfer = LabelTransfer.prepare(
                        soup, index, shape.triangleOfPoint(), TransferParams.DEFAULTS, () -> false);
                long l1 = System.nanoTime();
                boolean[] maskTriangles = transfer.transferMask(mask.selected());
                long l2 = System.nanoTime();
                // write-back of every ground-truth part (points -> triangles -> per-part meshes), then applied
                int[] partOfTriangle = transfer.transfer(shape.partOfPoint());
                Map<Integer, String> names = new LinkedHashMap<>();
                for (int p = 0; p < shape.partNames().size(); p++) {
                    names.put(p, shape.partNames().get(p));
                }
                List<Mesh> meshes = new ArrayList<>();
                soup.geometries().forEach(g -> meshes.add(g.geometry().getMesh()));
                double saveMs = Double.NaN;
                double exportMs = Double.NaN;
                if (!noWrite) {
                    long s0 = System.nanoTime();
                    SceneSaver.saveJ3o(scene.root(), tmp.resolve("large.j3o"));
                    long s1 = System.nanoTime();
                    GltfSceneExporter.export(scene.root(), tmp.resolve("large.glb"));
                    long s2 = System.nanoTime();
                    saveMs = (s1 - s0) / 1e6;
                    exportMs = (s2 - s1) / 1e6;
                }
                long w0 = System.nanoTime();
                PreparedWriteBack plan = SceneWriteBack.prepare(soup, meshes, partOfTriangle, names, () -> false);
                long w1 = System.nanoTime();
                plan.apply();
                long w2 = System.nanoTime();
                long runPeak = Timings.heapPeak();
                if (run == 0) {
                    tris = soup.triangleCount();
                    maskSize = mask.count();
                    int selected = 0;
                    for (boolean b : maskTriangles) {
                        selected += b ? 1 : 0;
                    }
                    System.err.printf(
                            Locale.ROOT,
                            "iseg3d: first mask on %d triangles; write-back: %d geometries "
                                    + "split into %d part pieces%n",
                            selected,
                            plan.affectedGeometries(),
                            plan.pieces().size());
                    System.err.printf(
                            Locale.ROOT,
                            "iseg3d: warm-up done (%d triangles, %d geometries, first mask " + "%d of %d points)%n",
                            tris,
                            soup.geometries().size(),
                            maskSize,
                            points);
                    peak = runPeak;
                    continue;
                }
                peak = Math.max(peak, runPeak);
                for (int k = 0; k < 6; k++) {
                    ms.get(STEPS[k]).add((t[k + 1] - t[k]) / 1e6);
                }
                ms.get("load->first mask").add((t[6] - t[0]) / 1e6);
                ms.get("transfer prepare").add((l1 - l0) / 1e6);
                ms.get("transfer (click)").add((l2 - l1) / 1e6);
                ms.get("write-back prep").add((w1 - w0) / 1e6);
                ms.get("write-back apply").add((w2 - w1) / 1e6);
                ms.get("j3o save").add(saveMs);
                ms.get("glb export").add(exportMs);
                System.err.printf(Locale.ROOT, "iseg3d: run %d: load->first mask %.0f ms%n", run, (t[6] - t[0]) / 1e6);
            }
        } finally {
            try (var s = Files.list(tmp)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d triangles, %.1f MB, %d points, %d runs (median, ms)%n",
                file.getFileName(),
                tris,
                Files.size(file) / 1e6,
                points,
                runs);
        for (String s : STEPS) {
            double[] v = ms.get(s).stream().mapToDouble(Double::doubleValue).toArray();
            if (v.length > 0 && !Double.isNaN(v[0])) {
                System.out.printf(
                        Locale.ROOT,
                        "  %-17s %8.0f   (min %.0f, max %.0f)%n",
                        s,
                        median(v),
                        Arrays.stream(v).min().orElse(0),
                        Arrays.stream(v).max().orElse(0));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  peak heap %.0f MB (sum of heap pool peaks, max over runs; -Xmx %.0f MB)%n",
                peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println("  machine: " + Machine.describe());
        return 0;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
