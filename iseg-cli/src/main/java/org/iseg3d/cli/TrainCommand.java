package org.iseg3d.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.iseg3d.bench.report.LossCurvePlot;
import org.iseg3d.tf.model.LossValues;
import org.iseg3d.tf.model.TfModel;
import org.iseg3d.tf.net.NetConfig;
import org.iseg3d.tf.train.Checkpointer;
import org.iseg3d.tf.train.CosineSchedule;
import org.iseg3d.tf.train.ShapeSource;
import org.iseg3d.tf.train.ShapeSources;
import org.iseg3d.tf.train.TrainState;
import org.iseg3d.tf.train.Trainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iseg3d train}: trains the iSeg3D prior (eq. 1-5, Adam, cosine learning rate) from scratch or resumes a
 * checkpoint (tf-model's {@link Trainer}), with a progress bar on standard error, atomic checkpoints every few minutes, and a checkpoint on
 * Ctrl-C (a shutdown hook stops the loop and waits for the save). Exit codes: 0 done or stopped cleanly, 1 failure,
 * 2 usage error.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Train the learned iSeg3D embedding (PointNet++, losses eq. 1-5) with checkpoints and resume.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--steps", description = "Train until this many steps in total.")
    Long steps;

    @Option(
            names = "--minutes",
            description = "Train until this much training time in total (default 60 if neither"
                    + " --steps nor --minutes is given for a new run).")
    Double minutes;

    @Option(names = "--resume", description = "Continue from a checkpoint folder, or an output folder (its latest).")
    Path resume;

    @Option(names = "--out", defaultValue = "out/tf-train", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--batch", description = "Shapes per step (default 4; a resumed run keeps its own).")
    Integer batch;

    @Mixin
    SeedOption seed = new SeedOption();

    @Mixin
    PointsOption points = new PointsOption();

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            defaultValue = ShapeSources.RESHUFFLE,
            description = "Training data: reshuffle (default, the primitive-composition generator) or standin.")
    String data;

    @Option(names = "--lr", defaultValue = "1e-3", description = "Initial learning rate (default: ${DEFAULT-VALUE}).")
    float lr;

    @Option(
            names = "--checkpoint-minutes",
            defaultValue = "5",
            description = "Minutes between checkpoints (default: ${DEFAULT-VALUE}).")
    double checkpointMinutes;

    @Override
    public Integer call() throws Exception {
        if (steps != null && minutes != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --steps or --minutes, not both");
        }
        TfModel model;
        TrainState state;
        if (resume != null) {
            Path ckpt = Checkpointer.resolve(resume);
            state = TrainState.read(ckpt);
            if (steps != null || minutes != null) {
                state = state.withBudget(steps != null ? steps : -1, minutes != null ? minutes * 60 : -1);
            }
            model = TfModel.load(ckpt);
            System.err.printf(
                    Locale.ROOT,
                    "resuming %s at step %d (data position %d)%n",
                    ckpt,
                    state.step(),
                    state.dataPosition());
        } else {
            long s = seed.value();
            state = TrainState.start(
                    steps != null ? steps : -1,
                    steps != null ? -1 : (minutes != null ? minutes : 60) * 60,
                    s,
                    points.value(),
                    batch != null ? batch : 4);
            long t0 = System.nanoTime();
            model = TfModel.create(NetConfig.DEFAULT, s);
            System.err.printf(
                    Locale.ROOT,
                    "new model: %d parameters, graph built in %d ms%n",
                    model.parameters(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        try (model;
                ShapeSource source = ShapeSources.open(data, state.seed(), state.points(), state.dataPosition())) {
            return train(model, state, source);
        }
    }

    private int train(TfModel model, TrainState state, ShapeSource source) throws Exception {
        Checkpointer ckpt = new Checkpointer(out, TrainCommand::lossCurve);
        Trainer trainer = new Trainer(model, ckpt, new CosineSchedule(lr), checkpointMinutes * 60);
        CountDownLatch saved = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    trainer.requestStop();
                    try {
                        if (!saved.await(5, TimeUnit.MINUTES)) {
                            System.err.println("iseg3d train: gave up waiting for the final checkpoint");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "iseg3d-train-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean byTime = state.totalSteps() < 0;
        long max = byTime ? Math.round(state.budgetSeconds()) : state.totalSteps();
        Trainer.Outcome o;
        try {
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("train")
                    .setInitialMax(max)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(1000)
                    .setUnit(byTime ? " s" : " steps", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err, 160))
                    .build()) {
                Trainer.Listener listener = new Trainer.Listener() {
                    @Override
                    public void onStep(TrainState s, LossValues l, float rate, double shapesPerSecond) {
                        bar.stepTo(byTime ? Math.min(max, Math.round(s.elapsedSeconds())) : s.step());
                        bar.setExtraMessage(String.format(
                                Locale.ROOT,
                                " step %d loss %.4f (ctr %.4f cte %.4f reg %.3f) lr %.1e %.1f shapes/s",
                                s.step(),
                                l.total(),
                                l.ctr(),
                                l.cte(),
                                l.reg(),
                                rate,
                                shapesPerSecond));
                    }
                };
                bar.stepTo(byTime ? Math.round(state.elapsedSeconds()) : state.step());
                o = trainer.run(state, source, listener);
            } // the bar is closed (its last line printed) before the summary
            System.err.printf(
                    Locale.ROOT,
                    "%s at step %d, %d shapes seen, data wait %.0f%%%ncheckpoint: %s%n",
                    o.stopped() ? "stopped" : "done",
                    o.state().step(),
                    o.state().dataPosition(),
                    100 * o.dataWaitFraction(),
                    o.checkpoint());
            System.out.println(o.checkpoint());
            return 0;
        } finally {
            saved.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and was just released
            }
        }
    }

    /** The loss curve of the history so far into a checkpoint's folder (iseg-bench's plotter). */
    private static void lossCurve(Path folder, TrainState state) throws IOException {
        List<TrainState.LossPoint> h = state.history();
        long[] steps = new long[h.size()];
        double[] total = new double[h.size()], ctr = new double[h.size()], cte = new double[h.size()];
        for (int i = 0; i < h.size(); i++) {
            steps[i] = h.get(i).step();
            total[i] = h.get(i).total();
            ctr[i] = h.get(i).ctr();
            cte[i] = h.get(i).cte();
        }
        LossCurvePlot.write(steps, total, ctr, cte, folder.resolve(Checkpointer.LOSS_CURVE));
    }
}
