package org.iseg3d.bridge.session;

import org.iseg3d.core.finetune.FineTuner;

/**
 * What an online fine-tuning round of a session did (eq. 9-10), told to {@link FinetuneListener}s on the scene
 * executor after the mask over the new embedding was published.
 *
 * @param status   {@code TUNED}; {@code ROLLED_BACK} (diverged: weights restored, fine-tuning off until reset);
 *                 {@code UNSUPPORTED} (the model has no fine-tuning step: off); {@code STOPPED} with a message (the
 *                 model failed: off for this asset). {@code OFF}, {@code NOTHING_TO_LEARN} and a {@code STOPPED}
 *                 round without message (reset or close) are not reported
 * @param rounds   accepted rounds since the session opened or was last reset
 * @param energies E (eq. 9) before each step of this round
 * @param millis   wall time of the round (steps and re-embedding)
 * @param message  a problem to show once (rollback, unsupported, failure), else null
 */
public record FinetuneEvent(FineTuner.Status status, int rounds, float[] energies, double millis, String message) {}
