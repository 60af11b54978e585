package org.iseg3d.bridge.cli;

import org.iseg3d.core.finetune.FinetuneParams;
import picocli.CommandLine.Option;

/** Online fine-tuning options (eq. 9-10): on by default for a method whose model can fine-tune (learned). */
final class FinetuneOptions {

    @Option(names = "--no-finetune", description = "Switch off online fine-tuning (eq. 9-10) of the learned model.")
    boolean noFinetune;

    @Option(names = "--finetune-steps", defaultValue = "" + FinetuneParams.DEFAULT_STEPS,
            description = "Fine-tuning steps after each negative click or scribble (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--finetune-lr", defaultValue = "" + FinetuneParams.DEFAULT_LEARNING_RATE,
            description = "Learning rate of each fine-tuning step (default: ${DEFAULT-VALUE}).")
    float learningRate;

    /** The parameters, {@link FinetuneParams#OFF} with --no-finetune; bad values give a message naming the option. */
    FinetuneParams params() {
        if (noFinetune) {
            return FinetuneParams.OFF;
        }
        if (steps < 1 || steps > FinetuneParams.MAX_STEPS) {
            throw new IllegalArgumentException("--finetune-steps must be in 1.." + FinetuneParams.MAX_STEPS
                    + ", got " + steps + " (use --no-finetune to switch fine-tuning off)");
        }
        if (!(learningRate > 0) || !Float.isFinite(learningRate)) {
            throw new IllegalArgumentException("--finetune-lr must be a positive number, got " + learningRate);
        }
        return new FinetuneParams(steps, learningRate);
    }
}
