package org.iseg3d.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionConfig;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.propose.ProposalParams;
import org.iseg3d.scenes.Fixtures;

/**
 * The driver of {@code iseg3d soak}: thousands of random session actions (clicks by position and by ray, negative clicks,
 * scribbles, proposal clicks, undo, redo, accept, clear, rename, delete, merge, apply, α changes) spread over several
 * assets, one {@link SegmentationSession} per asset, all open in one process. Every action must complete without an
 * exception and leave a consistent state; the heap in use after full GCs is measured after the warm-up and at the end
 * and may not grow by more than {@code maxGrowth} percent ({@link Report#passed()} false otherwise). Runs on the
 * calling thread (the sessions have their own workers); one instance per run.
 *
 * <p>Online fine-tuning is off by default as in any session (on with {@code --finetune}): its rounds run on each session's
 * fine-tuning thread while the random user goes on, so the masks depend on when rounds finish (the invariants do
 * not). Fine-tuning weights are per asset, so with a fine-tunable model every session gets its own fork of it.
 */
public final class SoakRun {

    /**
     * What to run: the models (empty = the 8 test-scenes fixtures), the method ({@code model} its folder for learned,
     * null = shipped), online fine-tuning, points per asset, undo steps kept per session, the seed, the warm-up and
     * measured actions, and the largest allowed heap growth after GC in percent.
     */
    public record Settings(
            List<Path> models,
            String method,
            Path model,
            FinetuneParams finetune,
            int points,
            int history,
            long seed,
            int warmup,
            int actions,
            double maxGrowth) {

        public Settings {
            if (actions < 1 || warmup < 0 || points < 64 || history < 1) {
                throw new IllegalArgumentException(
                        "--actions must be >= 1, --warmup >= 0, --points >= 64, " + "--history >= 1");
            }
            models = List.copyOf(models);
        }
    }

    private final Settings settings;
    private final Consumer<String> warn;

    /** @param warn receives one-line warnings (a model that cannot fork) */
    public SoakRun(Settings settings, Consumer<String> warn) {
        this.settings = settings;
        this.warn = warn;
    }

    /** The JSON result; heap in MB after full GCs. */
    public record Report(
            String method,
            int assets,
            int points,
            int warmupActions,
            int actions,
            java.util.Map<String, Integer> counts,
            int failures,
            List<String> failureMessages,
            double heapAfterWarmupMb,
            double heapEndMb,
            double growthPercent,
            double maxGrowthPercent,
            List<Double> heapEvery1000Mb,
            double actionMsP50,
            double actionMsP95,
            double wallSeconds,
            String machine,
            boolean finetune,
            java.util.Map<String, Integer> finetuneRounds,
            boolean passed,
            Provenance provenance) {}

    /** Opens the sessions, runs warm-up and measured actions ({@code step} after each), measures the heap. */
    public Report run(Runnable step) throws Exception {
        List<Path> models = settings.models();
        int points = settings.points();
        long seed = settings.seed();
        int history = settings.history();
        int warmup = settings.warmup();
        int actions = settings.actions();
        double maxGrowth = settings.maxGrowth();
        Path tmp = null;
        List<Path> files = models;
        if (files.isEmpty()) {
            tmp = Files.createTempDirectory("iseg3d-soak");
            files = Fixtures.copyTo(tmp);
        }
        FinetuneParams ft = settings.finetune();
        Embedder embedder = Methods.embedderByName(settings.method(), settings.model());
        Provenance provenance = Provenance.of(embedder);
        boolean tuning = ft.enabled() && embedder instanceof FineTunableEmbedder;
        SessionConfig config = SessionConfig.embedding(embedder)
                .withPoints(points)
                .withSeed(seed)
                .withHistoryLimit(history)
                .withProposals(ProposalParams.DEFAULTS)
                .withClickParams(ClickParams.DEFAULTS)
                .withFinetune(ft);
        List<SegmentationSession> sessions = new ArrayList<>();
        List<Embedder> forks = new ArrayList<>();
        java.util.Map<String, Integer> rounds = new java.util.concurrent.ConcurrentSkipListMap<>();
        try {
            for (Path f : files) {
                SessionConfig c = config;
                if (tuning && !sessions.isEmpty()) { // one model per asset: fine-tuning changes its weights
                    Embedder fork = fork((FineTunableEmbedder) embedder);
                    if (fork != embedder) {
                        forks.add(fork);
                        c = SessionConfig.embedding(fork)
                                .withPoints(points)
                                .withSeed(seed)
                                .withHistoryLimit(history)
                                .withProposals(ProposalParams.DEFAULTS)
                                .withClickParams(ClickParams.DEFAULTS)
                                .withFinetune(ft);
                    }
                }
                SegmentationSession s = new SegmentationSession(c);
                s.addFinetuneListener(e -> rounds.merge(e.status().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
                sessions.add(s);
                s.open(f).get();
                s.proposals().get();
            }
            SoakDriver driver = new SoakDriver(sessions, seed);
            long wall0 = System.nanoTime();
            driver.run(warmup, step);
            long h0 = Timings.heapAfterGc();
            List<Double> curve = new ArrayList<>();
            curve.add(mb(h0));
            for (int done = 0; done < actions; done += 1000) {
                driver.run(Math.min(1000, actions - done), step);
                curve.add(mb(Timings.heapAfterGc()));
            }
            long h1 = Timings.heapAfterGc();
            double growth = 100.0 * (h1 - h0) / h0;
            long[] nanos = driver.measuredNanos(warmup);
            boolean passed = driver.failures().isEmpty() && growth <= maxGrowth;
            return new Report(
                    embedder.name(),
                    sessions.size(),
                    points,
                    warmup,
                    actions,
                    driver.counts(),
                    driver.failures().size(),
                    driver.failures().stream().limit(20).toList(),
                    mb(h0),
                    mb(h1),
                    Math.round(growth * 100) / 100.0,
                    maxGrowth,
                    curve,
                    Timings.percentileMs(nanos, 0.5),
                    Timings.percentileMs(nanos, 0.95),
                    (System.nanoTime() - wall0) / 1e9,
                    Machine.describe(),
                    tuning,
                    new java.util.TreeMap<>(rounds),
                    passed,
                    provenance);
        } finally {
            sessions.forEach(SegmentationSession::close);
            for (Embedder e : forks) {
                if (e instanceof AutoCloseable c) {
                    c.close();
                }
            }
            if (embedder instanceof AutoCloseable c) {
                c.close();
            }
            if (tmp != null) {
                try (var s = Files.list(tmp)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** A fork of the model for another session, or the model itself (shared, with a warning) if it cannot fork. */
    private Embedder fork(FineTunableEmbedder e) {
        try {
            return e.fork();
        } catch (UnsupportedOperationException ex) {
            warn.accept("cannot fork the model (" + ex.getMessage() + "); the sessions share it, so their "
                    + "fine-tuning rounds mix");
            return e;
        }
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1e4) / 100.0;
    }

    /** The report as the terminal lines of {@code iseg3d soak}. */
    public static String table(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "soak: %d actions after %d warm-up on %d assets (%s, %d points) in " + "%.1f s%n",
                r.actions(),
                r.warmupActions(),
                r.assets(),
                r.method(),
                r.points(),
                r.wallSeconds()));
        sb.append("  actions: ").append(r.counts()).append('\n');
        sb.append(String.format(Locale.ROOT, "  action p50 %.3f ms, p95 %.3f ms%n", r.actionMsP50(), r.actionMsP95()));
        sb.append("  online fine-tuning: ")
                .append(r.finetune() ? "on, rounds reported " + r.finetuneRounds() : "off")
                .append('\n');
        sb.append(String.format(
                Locale.ROOT,
                "  heap after GC: %.1f MB after warm-up, %.1f MB at the end (%+.2f %%, limit "
                        + "%.0f %%); every 1000 actions: %s%n",
                r.heapAfterWarmupMb(),
                r.heapEndMb(),
                r.growthPercent(),
                r.maxGrowthPercent(),
                r.heapEvery1000Mb()));
        sb.append(String.format(Locale.ROOT, "  %d failures%n", r.failures()));
        r.failureMessages().forEach(m -> sb.append("    ").append(m).append('\n'));
        sb.append(r.passed() ? "  PASSED" : "  FAILED").append('\n');
        sb.append("  machine: ").append(r.machine()).append('\n');
        return sb.toString();
    }
}
