package org.iseg3d.core.embed;

import org.iseg3d.core.cloud.PointCloud;

/**
 * An {@link Embedder} whose weights can adapt to the clicks a user makes on one shape: online fine-tuning,
 * paper Sec. 3.4, eq. 9-10. The weights are state: one shape at a time per instance (a session, or one evaluation
 * thread); {@link #reset} returns to the weights the embedder was created with (on opening another asset).
 *
 * <p>Implementations: the in-process TensorFlow model (tf-model) and a client of a separate model process (used by
 * the editor). Thread-safety is stated by each implementation; callers must not overlap a step with an embed of the
 * same instance unless the implementation says so.
 */
public interface FineTunableEmbedder extends Embedder {

    /**
     * One fine-tuning step on {@code cloud} (eq. 10): E = mean over negatives of max(ε_cte − D_i, 0), D_i the
     * embedding distance of negative i to its nearest positive (eq. 9). Indices are points of {@code cloud}.
     *
     * @return the energy E before the update (NaN or infinite if the model diverged)
     * @throws UnsupportedOperationException if the model has no fine-tuning step (the caller continues without)
     */
    float finetuneStep(PointCloud cloud, int[] positive, int[] negative, float learningRate);

    /** Restores the weights the embedder was created with and clears the fine-tuning optimizer state. */
    void reset();

    /**
     * A new, independent instance with the weights this one was created with (e.g. one per evaluation thread);
     * the caller closes it if it is {@link AutoCloseable}.
     */
    FineTunableEmbedder fork();
}
