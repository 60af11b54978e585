package org.iseg3d.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.PartLabels;
import org.iseg3d.bridge.load.SampledShape;
import org.iseg3d.bridge.load.SceneFlattener;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.load.ShapeReader;
import org.iseg3d.bridge.load.SurfaceSampler;
import org.iseg3d.bridge.load.TriangleSoup;
import org.iseg3d.bridge.pick.SampleIndex;
import org.iseg3d.bridge.transfer.LabelTransfer;
import org.iseg3d.bridge.transfer.TransferParams;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.ClickSegmenter;
import org.iseg3d.core.click.ShapeContext;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.eval.FacetMethod;
import org.iseg3d.core.eval.SegmentationMethod;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.mesh.SampledMesh;
import org.iseg3d.core.mesh.TriangleMesh;
import org.iseg3d.core.propose.PartProposer;
import org.iseg3d.core.propose.ProposalParams;
import org.iseg3d.scenes.Fixtures;
import org.iseg3d.scenes.LargeSceneGenerator;

/**
 * The driver of {@code iseg3d bench}: the latency figures of the interactive path, as p50/p95 with the machine they
 * were taken on: embedding at 4096 points, one fine-tuning step and one fine-tuning round (what a session runs after a
 * negative click: {@link FinetuneParams#DEFAULT_STEPS} steps and a re-embedding), part proposals, click → mask with
 * Outlier Removal and Segment Smoothing at 4096 / 100k / 1M points, and label transfer on a 1M-triangle scene
 * (prepare once, then one mask to triangles per click). Each item is measured after warm-up runs; targets are
 * checked and reported, not enforced. One instance per run; not thread-safe.
 */
public final class LatencyBench {

    /**
     * What to measure: {@code method} ({@code model} its folder for learned, null = shipped), the click-mask point
     * counts, timed clicks at 4096 points, timed runs, the generated scene's triangles or a {@code large} scene for
     * label transfer (null = generate), timed transfer prepares, the seed.
     */
    public record Settings(
            String method,
            Path model,
            int[] sizes,
            int clicks,
            int runs,
            int triangles,
            Path large,
            int transferRuns,
            long seed) {

        public Settings {
            if (clicks < 10 || runs < 5 || transferRuns < 1) {
                throw new IllegalArgumentException("--clicks must be >= 10, --runs >= 5, --transfer-runs >= 1");
            }
        }
    }

    /** The default file of the generated large scene with this many triangles. */
    public static Path defaultLargeFile(int triangles) {
        return Path.of("test-scenes", "large", "large-" + triangles + ".glb");
    }

    private final String method;
    private final Path model;
    private final int[] sizes;
    private final int clicks;
    private final int runs;
    private final int triangles;
    private final Path large;
    private final int transferRuns;
    private final long seed;
    private final Consumer<String> progress;
    private final LatencyItems items = new LatencyItems();

    /** @param progress told what is being measured next (one line each) */
    public LatencyBench(Settings settings, Consumer<String> progress) {
        this.method = settings.method();
        this.model = settings.model();
        this.sizes = settings.sizes().clone();
        this.clicks = settings.clicks();
        this.runs = settings.runs();
        this.triangles = settings.triangles();
        this.large = settings.large();
        this.transferRuns = settings.transferRuns();
        this.seed = settings.seed();
        this.progress = progress;
    }

    /** Measures every item; returns the report (also what could not be measured, and why). */
    public LatencyReport run() throws Exception {
        double load0 = Timings.loadAverage();
        Embedder embedder = Methods.embedderByName(method, model);
        Provenance provenance = Provenance.of(embedder);
        int d = embedder.dimension();
        Path tmp = Files.createTempDirectory("iseg3d-bench");
        List<SampledShape> shapes = new ArrayList<>();
        List<ShapeContext> contexts = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        List<SampledMesh> meshes = new ArrayList<>();
        try {
            for (Path f : Fixtures.copyTo(tmp)) {
                SampledShape s = new ShapeReader().read(f, 4096, seed);
                shapes.add(s);
                meshes.add(new SampledMesh(
                        new TriangleMesh(SceneFlattener.flatten(new SceneLoader().load(f))
                                .positions()),
                        s.triangleOfPoint()));
                contexts.add(ShapeContext.of(s.cloud()));
            }
            progress("embed at 4096 points (" + embedder.name() + ")");
            long[] t = new long[runs], u = new long[runs];
            for (int r = -3; r < runs; r++) {
                ShapeContext c = contexts.get(Math.floorMod(r, contexts.size()));
                long t0 = System.nanoTime(), u0 = Timings.processCpuNanos();
                float[] e = embedder.embed(c.cloud());
                long dt = System.nanoTime() - t0, du = Timings.processCpuNanos() - u0;
                if (r >= 0) {
                    t[r] = dt;
                    u[r] = du;
                }
            }
            for (ShapeContext c : contexts) {
                embeddings.add(embedder.embed(c.cloud()));
            }
            add(
                    "embed",
                    4096,
                    t,
                    u,
                    60.0,
                    "p50",
                    embedder.name() + ", 8 fixtures in turn, incl. normalisation and " + "grouping");
            new FinetuneLatency(items, runs, seed, progress).measure(embedder, shapes, contexts);
            proposals(contexts, embeddings, d);
            clicks(4096, contexts, embeddings, shapes, d, clicks);
            List<SegmentationMethod.Prepared> facets = new ArrayList<>();
            for (int k = 0; k < contexts.size(); k++) {
                facets.add(FacetMethod.prepared(
                        contexts.get(k), embeddings.get(k), d, meshes.get(k), FacetMethod.Settings.DEFAULTS));
            }
            clicks(4096, contexts, embeddings, shapes, d, clicks, facets);
            for (int n : sizes) {
                if (n != 4096) {
                    denseClicks(n, embedder, tmp.resolve("chair.glb"));
                }
            }
            transfer();
        } finally {
            try (var s = Files.list(tmp)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
        LatencyReport report = new LatencyReport(
                Instant.now().toString(),
                Machine.describe(),
                embedder.name(),
                d,
                LatencyItems.round(load0),
                LatencyItems.round(Timings.loadAverage()),
                Runtime.getRuntime().maxMemory() >> 20,
                items.items(),
                items.missing(),
                provenance);
        return report;
    }

    private void proposals(List<ShapeContext> contexts, List<float[]> embeddings, int d) {
        progress("part proposals at 4096 points");
        PartProposer proposer = new PartProposer(ProposalParams.DEFAULTS);
        long[] t = new long[runs], u = new long[runs];
        for (int r = -contexts.size(); r < runs; r++) {
            int k = Math.floorMod(r, contexts.size());
            long t0 = System.nanoTime(), u0 = Timings.processCpuNanos();
            proposer.propose(contexts.get(k), embeddings.get(k), d);
            long dt = System.nanoTime() - t0, du = Timings.processCpuNanos() - u0;
            if (r >= 0) {
                t[r] = dt;
                u[r] = du;
            }
        }
        add("proposals", 4096, t, u, null, null, "PartProposer defaults on the " + method + " embedding, 8 fixtures");
    }

    /**
     * Click sequences of 5 (positive in a part, negative outside, positive, negative, positive) on fresh segmenters,
     * as a session does: each click computes one new distance row, eq. 6-8, OR and SS.
     */
    private void clicks(
            int n, List<ShapeContext> contexts, List<float[]> embeddings, List<SampledShape> shapes, int d, int count) {
        clicks(n, contexts, embeddings, shapes, d, count, null);
    }

    /** @param facets per fixture its facet-aware preparation (issue 12; null: the point rule) */
    private void clicks(
            int n,
            List<ShapeContext> contexts,
            List<float[]> embeddings,
            List<SampledShape> shapes,
            int d,
            int count,
            List<SegmentationMethod.Prepared> facets) {
        progress("click -> mask at " + n + " points");
        SplittableRandom rnd = new SplittableRandom(seed);
        int warm = Math.max(2, count / 20);
        long[] t = new long[count], u = new long[count];
        int w = 0;
        for (int trial = 0; w < count; trial++) {
            int k = trial % contexts.size();
            int[] part = shapes.get(k).partOfPoint();
            int target = part[rnd.nextInt(part.length)];
            ClickSegmenter seg = facets != null
                    ? facets.get(k).newSegmenter(ClickParams.DEFAULTS)
                    : ClickSegmenter.ofEmbedding(contexts.get(k), embeddings.get(k), d, ClickParams.DEFAULTS);
            List<Click> cs = new ArrayList<>();
            for (int c = 0; c < 5 && w < count; c++) {
                boolean positive = c % 2 == 0;
                int i;
                do {
                    i = rnd.nextInt(part.length);
                } while ((part[i] == target) != positive);
                cs.add(new Click(i, positive));
                long t0 = System.nanoTime(), u0 = Timings.processCpuNanos();
                seg.segment(cs);
                long dt = System.nanoTime() - t0, du = Timings.processCpuNanos() - u0;
                if (trial >= warm) {
                    u[w] = du;
                    t[w++] = dt;
                }
            }
        }
        Double target = n <= 4096 ? Double.valueOf(2.0) : n >= 1_000_000 ? Double.valueOf(30.0) : null;
        add(
                facets != null ? "click_mask_facets" : "click_mask",
                n,
                t,
                u,
                target,
                target == null ? null : "p95",
                (facets != null
                                ? "facets (" + FacetMethod.Settings.DEFAULTS.variant() + ", "
                                        + FacetMethod.Settings.DEFAULTS.facets().maxAngleDegrees() + "°), "
                                : "")
                        + "OR + SS on, α 0.35, d " + d
                        + ", clicks + - + - + on random points of a ground-truth part"
                        + (n > 4096 ? "" : ", 8 fixtures"));
    }

    /** Click timing on the chair sampled at n points; the embedding is the 4096-point one, interpolated. */
    private void denseClicks(int n, Embedder embedder, Path chair) throws Exception {
        progress("sampling and kNN at " + n + " points");
        SampledShape s = new ShapeReader().read(chair, n, seed);
        long t0 = System.nanoTime(), u0 = Timings.processCpuNanos();
        ShapeContext c = ShapeContext.of(s.cloud());
        long knn = System.nanoTime() - t0;
        items.item(new LatencyReport.Item(
                "knn_table",
                n,
                1,
                knn / 1e6,
                knn / 1e6,
                knn / 1e6,
                knn / 1e6,
                Double.NaN,
                null,
                null,
                null,
                "k-d tree + 32-NN table, once per shape (parallel)"));
        int m = Math.min(4096, n);
        PointCloud cloud = c.cloud();
        PointCloud sub = new PointCloud(Arrays.copyOf(cloud.xyz(), 3 * m), Arrays.copyOf(cloud.normals(), 3 * m));
        float[] dense = DenseEmbedding.interpolate(sub.xyz(), embedder.embed(sub), embedder.dimension(), cloud.xyz());
        clicks(n, List.of(c), List.of(dense), List.of(s), embedder.dimension(), Math.max(50, (int)
                ((long) clicks * 4096 / n)));
    }

    private void transfer() throws Exception {
        Path file = large;
        if (file == null) {
            file = defaultLargeFile(triangles);
            if (!Files.exists(file)) {
                progress("generating " + file);
                LargeSceneGenerator.write(triangles, 1, file);
            }
        }
        progress("label transfer on " + file.getFileName());
        LoadedScene scene = new SceneLoader().load(file);
        TriangleSoup soup = SceneFlattener.flatten(scene);
        SampledShape shape = SurfaceSampler.sample(soup, PartLabels.forModel(scene.file(), soup), 4096, seed);
        long[] prep = new long[transferRuns], prepCpu = new long[transferRuns];
        long[] click = new long[5 * transferRuns], clickCpu = new long[5 * transferRuns];
        int parts = Math.max(1, shape.partNames().size());
        for (int r = -1; r < transferRuns; r++) {
            long t0 = System.nanoTime(), u0 = Timings.processCpuNanos();
            SampleIndex index = SampleIndex.of(shape, soup.geometries().size());
            LabelTransfer transfer =
                    LabelTransfer.prepare(soup, index, shape.triangleOfPoint(), TransferParams.DEFAULTS, () -> false);
            long dt = System.nanoTime() - t0, du = Timings.processCpuNanos() - u0;
            for (int c = 0; c < 5; c++) {
                int part = Math.floorMod(r * 5 + c, parts);
                boolean[] mask = new boolean[shape.size()];
                for (int i = 0; i < mask.length; i++) {
                    mask[i] = shape.partOfPoint()[i] == part;
                }
                long c0 = System.nanoTime(), v0 = Timings.processCpuNanos();
                transfer.transferMask(mask);
                long cdt = System.nanoTime() - c0, cdu = Timings.processCpuNanos() - v0;
                if (r >= 0) {
                    click[r * 5 + c] = cdt;
                    clickCpu[r * 5 + c] = cdu;
                }
            }
            if (r >= 0) {
                prep[r] = dt;
                prepCpu[r] = du;
            }
        }
        String note = soup.triangleCount() + " triangles, 4096 samples";
        add("transfer_prepare", soup.triangleCount(), prep, prepCpu, null, null, note + "; once per session");
        add(
                "transfer_mask",
                soup.triangleCount(),
                click,
                clickCpu,
                null,
                null,
                note + "; one ground-truth part mask to " + "triangles, as every click does");
    }

    private void add(String name, int points, long[] nanos, long[] cpu, Double target, String stat, String note) {
        items.add(name, points, nanos, cpu, target, stat, note);
    }

    private void progress(String what) {
        progress.accept(what);
    }
}
