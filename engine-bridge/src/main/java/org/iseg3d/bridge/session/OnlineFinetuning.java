package org.iseg3d.bridge.session;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.cloud.PointCloud;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.ClickSets;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;

/**
 * A session's online fine-tuning (Sec. 3.4): rounds run on an own daemon thread, never on the session's worker, so a
 * click is never blocked (it is segmented over the current embedding; the round's embedding arrives later). Requests
 * coalesce: while a round runs, newer requests replace each other and one more round runs with the latest clicks.
 * Each result (an embedding, or a problem) goes to {@code onResult} on the fine-tuning thread.
 */
final class OnlineFinetuning implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(OnlineFinetuning.class);

    /** A finished round: its outcome and the accepted rounds so far. */
    record Result(FineTuner.Round round, int rounds) {}

    private final FineTuner tuner;
    private final PointCloud cloud;
    private final Consumer<Result> onResult;
    private final ExecutorService thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    private ClickSets pending;
    private boolean running;
    private volatile boolean resetRequested;
    private int rounds;

    /**
     * @param cloud the cloud the session embedded (its point indices are the clicks')
     */
    OnlineFinetuning(FineTunableEmbedder embedder, FinetuneParams params, PointCloud cloud, Consumer<Result> onResult) {
        this.tuner = new FineTuner(embedder, params, msg -> LOG.warn("{}", msg));
        this.cloud = cloud;
        this.onResult = onResult;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "iseg3d-finetune");
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for a round on {@code clicks} (replacing a request not started yet). Any thread. */
    synchronized void request(List<Click> clicks) {
        if (closed.get()) {
            return;
        }
        pending = ClickSets.of(clicks);
        if (!running) {
            running = true;
            thread.execute(this::drain);
        }
    }

    /** Whether a round is running or waiting. */
    synchronized boolean busy() {
        return running;
    }

    /**
     * Drops waiting requests and restores the initial weights after the running round (on the fine-tuning thread,
     * then {@code done} runs there).
     */
    void reset(Runnable done) {
        synchronized (this) {
            pending = null;
        }
        resetRequested = true;
        thread.execute(() -> {
            resetRequested = false;
            tuner.reset();
            rounds = 0;
            done.run();
        });
    }

    private void drain() {
        while (true) {
            ClickSets next;
            synchronized (this) {
                next = pending;
                pending = null;
                if (next == null || closed.get()) {
                    running = false;
                    return;
                }
            }
            FineTuner.Round r;
            try {
                r = tuner.round(cloud, next, () -> closed.get() || resetRequested);
            } catch (RuntimeException e) { // a model error: report, stop fine-tuning this asset
                LOG.warn("online fine-tuning failed, switched off for this asset: {}", e.toString());
                LOG.debug("fine-tuning failure", e);
                closed.set(true);
                r = new FineTuner.Round(
                        FineTuner.Status.STOPPED,
                        null,
                        new float[0],
                        0L,
                        "online fine-tuning failed (" + e.getMessage() + "); switched off for this asset");
            }
            if (r.status() == FineTuner.Status.TUNED) {
                rounds++;
            }
            try {
                onResult.accept(new Result(r, rounds));
            } catch (RuntimeException e) {
                LOG.warn("fine-tuning result handler failed", e);
            }
        }
    }

    @Override
    public void close() {
        closed.set(true);
        thread.shutdown();
    }
}
