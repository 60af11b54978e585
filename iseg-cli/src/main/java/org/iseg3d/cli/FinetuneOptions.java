package org.iseg3d.cli;

import org.iseg3d.core.finetune.FinetuneParams;
import picocli.CommandLine.Option;

/**
 * Online fine-tuning options (eq. 9-10) for a method whose model can fine-tune (learned). Off by default: on our
 * benchmark it lowers center mIoU@10 of the shipped model (80.1 without, 78.6 with; README, ablation) at 20x the
 * evaluation time; {@code --finetune} switches it on.
 */
final class FinetuneOptions {

    @Option(
            names = "--finetune",
            negatable = true,
            defaultValue = "false",
            fallbackValue = "true",
            description = "Online fine-tuning (eq. 9-10) of the learned model after each negative click or scribble"
                    + " (default: off; it lowers mIoU@10 on our benchmark, see README).")
    boolean finetune;

    @Option(
            names = "--finetune-steps",
            defaultValue = "" + FinetuneParams.DEFAULT_STEPS,
            description = "Fine-tuning steps after each negative click or scribble (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
            names = "--finetune-lr",
            defaultValue = "" + FinetuneParams.DEFAULT_LEARNING_RATE,
            description = "Learning rate of each fine-tuning step (default: ${DEFAULT-VALUE}).")
    float learningRate;

    /** The parameters, {@link FinetuneParams#OFF} without --finetune; bad values give a message naming the option. */
    FinetuneParams params() {
        if (steps < 1 || steps > FinetuneParams.MAX_STEPS) {
            throw new IllegalArgumentException("--finetune-steps must be in 1.." + FinetuneParams.MAX_STEPS + ", got "
                    + steps + " (fine-tuning is off unless --finetune is given)");
        }
        if (!(learningRate > 0) || !Float.isFinite(learningRate)) {
            throw new IllegalArgumentException("--finetune-lr must be a positive number, got " + learningRate);
        }
        return finetune ? new FinetuneParams(steps, learningRate) : FinetuneParams.OFF;
    }
}
