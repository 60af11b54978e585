package org.iseg3d.modelclient;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * When a new model process may be started: always after a child that was stopped on purpose (close, cancel grace,
 * start failure), and after a crash until {@code maxRestarts} crashes, after which the client gives up with a
 * {@link ModelException}. Counts the restarts. Guarded by the caller (the embedder's lock); {@link #restarts()} may
 * be read from any thread.
 */
final class RestartPolicy {

    private static final Logger LOG = LogManager.getLogger(ModelProcessEmbedder.class);

    private final int maxRestarts;
    private int crashes;
    private volatile int restarts;

    RestartPolicy(int maxRestarts) {
        this.maxRestarts = maxRestarts;
    }

    /**
     * A new child is about to replace {@code previous} (null: there was none).
     *
     * @throws ModelException when {@code previous} crashed and the crash budget is spent
     */
    void beforeRestart(WorkerConnection previous) {
        if (previous != null && !previous.stopped()) {
            if (crashes >= maxRestarts) {
                throw new ModelException("the model process " + previous.death() + "; it stopped " + (crashes + 1)
                        + " times, so it is not started again: reopen the model, or use the fpfh method");
            }
            crashes++;
            LOG.warn(
                    "the model process {}: starting it again (fine-tuning of the current shape is lost)",
                    previous.death());
        }
        restarts++;
    }

    /** How many times a child was started again after one died or was stopped. */
    int restarts() {
        return restarts;
    }
}
