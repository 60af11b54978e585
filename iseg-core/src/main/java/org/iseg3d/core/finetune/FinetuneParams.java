package org.iseg3d.core.finetune;

/**
 * How much online fine-tuning (Sec. 3.4) runs per fine-tuning round, i.e. per negative click or scribble: {@code steps}
 * calls of the model's {@code finetune_step} (one optimizer step each on E of eq. 9) at {@code learningRate}.
 * {@code steps == 0} switches fine-tuning off ({@link #OFF}).
 *
 * <p>The defaults ({@value #DEFAULT_STEPS} steps at {@value #DEFAULT_LEARNING_RATE}) were chosen by a small sweep on
 * shapes outside the benchmark (engine-bridge README, "Online fine-tuning"); the paper gives no values.
 *
 * @param steps        optimizer steps per round, 0..{@value #MAX_STEPS}; 0 = off
 * @param learningRate learning rate of each step, finite and &gt; 0
 */
public record FinetuneParams(int steps, float learningRate) {

    public static final int DEFAULT_STEPS = 3;
    public static final float DEFAULT_LEARNING_RATE = 3e-4f;
    public static final int MAX_STEPS = 100;

    /** Fine-tuning on with the default steps and learning rate. */
    public static final FinetuneParams DEFAULTS = new FinetuneParams(DEFAULT_STEPS, DEFAULT_LEARNING_RATE);

    /** Fine-tuning off. */
    public static final FinetuneParams OFF = new FinetuneParams(0, DEFAULT_LEARNING_RATE);

    public FinetuneParams {
        if (steps < 0 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("fine-tuning steps must be in 0.." + MAX_STEPS + ", got " + steps);
        }
        if (!(learningRate > 0) || !Float.isFinite(learningRate)) {
            throw new IllegalArgumentException(
                    "fine-tuning learning rate must be a positive number, got " + learningRate);
        }
    }

    /** Whether a round runs at all. */
    public boolean enabled() {
        return steps > 0;
    }
}
