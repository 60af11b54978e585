package org.iseg3d.tf.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a checkpoint needs beside the weights to resume exactly ({@value #FILE}): the step, the budget (steps or
 * seconds, the other -1), the data seed and position, the batch and point counts, the elapsed time and the loss
 * history. Immutable; {@link #advance} returns a new state.
 *
 * @param step           training steps done
 * @param totalSteps     step budget, or -1 when training for a time budget
 * @param budgetSeconds  time budget, or -1 when training for a step budget
 * @param seed           data seed
 * @param points         points per training shape
 * @param batch          shapes per step
 * @param dataPosition   index of the next training shape (all shapes before it were trained on)
 * @param elapsedSeconds training time so far, over all runs
 * @param history        loss history, one entry per logging window
 */
public record TrainState(
        long step,
        long totalSteps,
        double budgetSeconds,
        long seed,
        int points,
        int batch,
        long dataPosition,
        double elapsedSeconds,
        List<LossPoint> history) {

    public static final String FILE = "train-state.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One logging window: mean losses over its steps, ending at {@code step}. */
    public record LossPoint(long step, double elapsedSeconds, float total, float ctr, float cte, float reg) {}

    public TrainState {
        history = List.copyOf(history);
        if ((totalSteps < 0) == (budgetSeconds < 0)) {
            throw new IllegalArgumentException("exactly one of a step budget and a time budget must be set");
        }
    }

    /** A new run. */
    public static TrainState start(long totalSteps, double budgetSeconds, long seed, int points, int batch) {
        return new TrainState(0, totalSteps, budgetSeconds, seed, points, batch, 0, 0, List.of());
    }

    /** Progress in [0, 1] for the learning-rate schedule and the stop test. */
    public double progress() {
        return totalSteps >= 0 ? (double) step / Math.max(1, totalSteps) : elapsedSeconds / budgetSeconds;
    }

    public boolean finished() {
        return progress() >= 1.0;
    }

    /** The state after one step. */
    public TrainState advance(long dataPosition, double elapsedSeconds, LossPoint logged) {
        List<LossPoint> h = history;
        if (logged != null) {
            h = new ArrayList<>(history);
            h.add(logged);
        }
        return new TrainState(
                step + 1, totalSteps, budgetSeconds, seed, points, batch, dataPosition, elapsedSeconds, h);
    }

    /** The same run with a new budget (when resuming with --steps or --minutes). */
    public TrainState withBudget(long totalSteps, double budgetSeconds) {
        return new TrainState(
                step, totalSteps, budgetSeconds, seed, points, batch, dataPosition, elapsedSeconds, history);
    }

    public void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE).toFile(), this);
    }

    public static TrainState read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), TrainState.class);
    }
}
