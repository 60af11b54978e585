package org.iseg3d.bridge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionConfig;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.propose.ProposalParams;
import org.iseg3d.scenes.Fixtures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code iseg3d soak}: thousands of random session actions (clicks by position and by ray, negative clicks,
 * scribbles, proposal clicks, undo, redo, accept, clear, rename, delete, merge, apply, α changes) spread over several
 * assets, one {@link SegmentationSession} per asset, all open in one process. Every action must complete without an
 * exception and leave a consistent state; the heap in use after full GCs is measured after the warm-up and at the end
 * and may not grow by more than {@code --max-growth} percent. Exit code 1 otherwise.
 *
 * <p>Online fine-tuning is off by default as in any session (on with {@code --finetune}): its rounds run on each session's
 * fine-tuning thread while the random user goes on, so the masks depend on when rounds finish (the invariants do
 * not). Fine-tuning weights are per asset, so with a fine-tunable model every session gets its own fork of it.
 */
@Command(name = "soak", sortOptions = false,
        description = "Random session actions on several assets in one process: no exception, bounded heap growth.")
final class SoakCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "MODEL", description = "Models (default: the 8 test-scenes fixtures).")
    List<Path> models = new ArrayList<>();

    @Option(names = "--actions", defaultValue = "10000", description = "Measured actions (default: ${DEFAULT-VALUE}).")
    int actions;

    @Option(names = "--warmup", defaultValue = "3000",
            description = "Actions before the first heap measurement; enough to fill every undo history "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--method", defaultValue = "learned", description = "learned, fpfh or xyz (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--model", description = "Model folder for --method learned (default: the shipped model).")
    Path model;

    @Mixin
    FinetuneOptions finetuneOptions = new FinetuneOptions();

    @Option(names = "--points", defaultValue = "4096", description = "Sampled points per asset (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--history", defaultValue = "" + SessionConfig.DEFAULT_HISTORY_LIMIT,
            description = "Undo steps kept per session (default: ${DEFAULT-VALUE}).")
    int history;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-growth", defaultValue = "10",
            description = "Largest allowed heap growth after GC, percent (default: ${DEFAULT-VALUE}).")
    double maxGrowth;

    @Option(names = "--json", description = "Write the result as JSON to this file.")
    Path json;

    /** The JSON result; heap in MB after full GCs. */
    record Report(String method, int assets, int points, int warmupActions, int actions, java.util.Map<String, Integer> counts,
                  int failures, List<String> failureMessages, double heapAfterWarmupMb, double heapEndMb,
                  double growthPercent, double maxGrowthPercent, List<Double> heapEvery1000Mb, double actionMsP50,
                  double actionMsP95, double wallSeconds, String machine, boolean finetune,
                  java.util.Map<String, Integer> finetuneRounds, boolean passed) {
    }

    @Override
    public Integer call() throws Exception {
        if (actions < 1 || warmup < 0 || points < 64 || history < 1) {
            throw new IllegalArgumentException("--actions must be >= 1, --warmup >= 0, --points >= 64, --history >= 1");
        }
        Path tmp = null;
        List<Path> files = models;
        if (files.isEmpty()) {
            tmp = Files.createTempDirectory("iseg3d-soak");
            files = Fixtures.copyTo(tmp);
        }
        FinetuneParams ft = finetuneOptions.params();
        Embedder embedder = Methods.embedderByName(method, model);
        boolean tuning = ft.enabled() && embedder instanceof FineTunableEmbedder;
        SessionConfig config = SessionConfig.embedding(embedder).withPoints(points).withSeed(seed)
                .withHistoryLimit(history).withProposals(ProposalParams.DEFAULTS)
                .withClickParams(ClickParams.DEFAULTS).withFinetune(ft);
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
                        c = SessionConfig.embedding(fork).withPoints(points).withSeed(seed).withHistoryLimit(history)
                                .withProposals(ProposalParams.DEFAULTS).withClickParams(ClickParams.DEFAULTS)
                                .withFinetune(ft);
                    }
                }
                SegmentationSession s = new SegmentationSession(c);
                s.addFinetuneListener(e -> rounds.merge(e.status().name().toLowerCase(Locale.ROOT), 1,
                        Integer::sum));
                sessions.add(s);
                s.open(f).get();
                s.proposals().get();
            }
            SoakDriver driver = new SoakDriver(sessions, seed);
            long wall0 = System.nanoTime();
            Report r;
            try (ProgressBar bar = Progress.bar("soak", (long) warmup + actions)) {
                driver.run(warmup, bar::step);
                long h0 = Timings.heapAfterGc();
                List<Double> curve = new ArrayList<>();
                curve.add(mb(h0));
                for (int done = 0; done < actions; done += 1000) {
                    driver.run(Math.min(1000, actions - done), bar::step);
                    curve.add(mb(Timings.heapAfterGc()));
                }
                long h1 = Timings.heapAfterGc();
                double growth = 100.0 * (h1 - h0) / h0;
                long[] nanos = driver.measuredNanos(warmup);
                boolean passed = driver.failures().isEmpty() && growth <= maxGrowth;
                r = new Report(embedder.name(), sessions.size(), points, warmup, actions, driver.counts(),
                        driver.failures().size(), driver.failures().stream().limit(20).toList(), mb(h0), mb(h1),
                        Math.round(growth * 100) / 100.0, maxGrowth, curve, Timings.percentileMs(nanos, 0.5),
                        Timings.percentileMs(nanos, 0.95), (System.nanoTime() - wall0) / 1e9, Machine.describe(),
                        tuning, new java.util.TreeMap<>(rounds), passed);
            } // the bar is closed (its last line printed) before the report
            print(r);
            if (json != null) {
                EvalCommand.writeJson(r, json);
                System.out.println("JSON: " + json);
            }
            return r.passed() ? 0 : 1;
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
    private static Embedder fork(FineTunableEmbedder e) {
        try {
            return e.fork();
        } catch (UnsupportedOperationException ex) {
            System.err.println("iseg3d: warning: cannot fork the model (" + ex.getMessage() + "); the sessions share "
                    + "it, so their fine-tuning rounds mix");
            return e;
        }
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1e4) / 100.0;
    }

    private static void print(Report r) {
        System.out.printf(Locale.ROOT, "soak: %d actions after %d warm-up on %d assets (%s, %d points) in %.1f s%n",
                r.actions(), r.warmupActions(), r.assets(), r.method(), r.points(), r.wallSeconds());
        System.out.println("  actions: " + r.counts());
        System.out.printf(Locale.ROOT, "  action p50 %.3f ms, p95 %.3f ms%n", r.actionMsP50(), r.actionMsP95());
        System.out.println("  online fine-tuning: " + (r.finetune() ? "on, rounds reported " + r.finetuneRounds()
                : "off"));
        System.out.printf(Locale.ROOT, "  heap after GC: %.1f MB after warm-up, %.1f MB at the end (%+.2f %%, limit "
                + "%.0f %%); every 1000 actions: %s%n", r.heapAfterWarmupMb(), r.heapEndMb(), r.growthPercent(),
                r.maxGrowthPercent(), r.heapEvery1000Mb());
        System.out.printf(Locale.ROOT, "  %d failures%n", r.failures());
        r.failureMessages().forEach(m -> System.out.println("    " + m));
        System.out.println(r.passed() ? "  PASSED" : "  FAILED");
        System.out.println("  machine: " + r.machine());
    }
}
