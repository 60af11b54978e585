package org.iseg3d.tf.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.tf.model.LossValues;
import org.iseg3d.tf.model.TfModel;

/**
 * The training loop of the iSeg3D prior (Sec. 3.1, 4.1): batches from a {@link Prefetcher}, one {@code train_step}
 * per batch with the cosine learning rate, checkpoints every few minutes and at the end (also when stopped), the
 * loss history averaged over windows ending at multiples of {@link #LOG_EVERY} steps.
 *
 * <p>Runs on the calling thread; {@link #requestStop()} may be called from any thread (the CLI's shutdown hook) and
 * ends the loop after the current step, after which the final checkpoint is written before {@link #run} returns.
 */
public final class Trainer {

    /** Steps per loss-history entry. */
    public static final int LOG_EVERY = 10;

    private static final Logger LOG = LogManager.getLogger(Trainer.class);

    /** Called after each step (on the training thread). */
    public interface Listener {
        void onStep(TrainState state, LossValues losses, float learningRate, double shapesPerSecond);

        default void onCheckpoint(Path dir) {}
    }

    /** How a run ended: the final state, the last checkpoint, and the share of time spent waiting for data. */
    public record Outcome(TrainState state, Path checkpoint, boolean stopped, double dataWaitFraction) {}

    private final TfModel model;
    private final Checkpointer checkpointer;
    private final CosineSchedule schedule;
    private final double checkpointSeconds;
    private final AtomicBoolean stop = new AtomicBoolean();

    public Trainer(TfModel model, Checkpointer checkpointer, CosineSchedule schedule, double checkpointSeconds) {
        this.model = model;
        this.checkpointer = checkpointer;
        this.schedule = schedule;
        this.checkpointSeconds = checkpointSeconds;
    }

    public void requestStop() {
        stop.set(true);
    }

    /**
     * Trains from {@code start} until its budget is used or a stop is requested.
     *
     * @param source the training data, positioned at {@code start.dataPosition()}
     */
    public Outcome run(TrainState start, ShapeSource source, Listener listener)
            throws IOException, InterruptedException {
        if (source.position() != start.dataPosition()) {
            throw new IllegalArgumentException(
                    "data source at " + source.position() + ", state expects " + start.dataPosition());
        }
        TrainState state = start;
        BatchAssembler assembler = new BatchAssembler(model.config());
        long t0 = System.nanoTime();
        double lastCheckpoint = 0, waited = 0, sumTotal = 0, sumCtr = 0, sumCte = 0, sumReg = 0;
        int window = 0;
        Path ckpt = null;
        try (Prefetcher prefetch = new Prefetcher(source, assembler, start.batch(), 3)) {
            while (!state.finished() && !stop.get()) {
                long w0 = System.nanoTime();
                TrainingBatch b = prefetch.take();
                long w1 = System.nanoTime();
                waited += (w1 - w0) / 1e9;
                float lr = schedule.at(state.progress());
                LossValues loss = model.trainStep(b.rows6(), b.grouping(), b.targets(), lr);
                if (!Float.isFinite(loss.total())) {
                    throw new IllegalStateException("loss became " + loss.total() + " at step " + state.step()
                            + "; resume from the last checkpoint with a smaller --lr");
                }
                double stepSeconds = (System.nanoTime() - w0) / 1e9;
                double elapsed = start.elapsedSeconds() + (System.nanoTime() - t0) / 1e9;
                sumTotal += loss.total();
                sumCtr += loss.ctr();
                sumCte += loss.cte();
                sumReg += loss.reg();
                window++;
                TrainState.LossPoint logged = null;
                if ((state.step() + 1) % LOG_EVERY == 0) { // windows end at multiples of LOG_EVERY, also across resumes
                    logged = new TrainState.LossPoint(
                            state.step() + 1,
                            elapsed,
                            (float) (sumTotal / window),
                            (float) (sumCtr / window),
                            (float) (sumCte / window),
                            (float) (sumReg / window));
                    sumTotal = sumCtr = sumCte = sumReg = 0;
                    window = 0;
                }
                state = state.advance(b.nextPosition(), elapsed, logged);
                listener.onStep(state, loss, lr, b.shapes() / stepSeconds);
                if (elapsed - start.elapsedSeconds() - lastCheckpoint >= checkpointSeconds) {
                    ckpt = checkpointer.save(model, state);
                    listener.onCheckpoint(ckpt);
                    lastCheckpoint = elapsed - start.elapsedSeconds();
                }
            }
        }
        if (ckpt == null || !ckpt.getFileName().toString().endsWith(String.format("%07d", state.step()))) {
            ckpt = checkpointer.save(model, state);
            listener.onCheckpoint(ckpt);
        }
        double run = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        LOG.info(
                "trained to step {} ({} stopped), data wait {}%",
                state.step(), stop.get(), Math.round(100 * waited / run));
        return new Outcome(state, ckpt, stop.get(), waited / run);
    }
}
