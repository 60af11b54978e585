package org.iseg3d.bridge.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.ClickSets;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;

/**
 * Coordinates a session's online fine-tuning (Sec. 3.4) with its commands: a negative click or scribble asks
 * {@link OnlineFinetuning} for a round (returns at once); a finished round's embedding is installed by a
 * {@link SessionStep#FINETUNE} command queued behind the ones already submitted, which segments the current clicks
 * again, and then the {@link FinetuneListener}s are told on the scene executor. Also the on/off switch, the reset to
 * the model's own weights and closing. Thread-safe.
 */
final class FinetuneCoordinator implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(FinetuneCoordinator.class);

    private final SessionConfig config;
    private final CommandQueue queue;
    private final List<FinetuneListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean enabled;
    /** Set by {@link #close}: a round finishing afterwards is dropped (the worker is gone). */
    private volatile boolean closed;

    private volatile OnlineFinetuning finetuning;
    private volatile PreparedShape shape;

    FinetuneCoordinator(SessionConfig config, CommandQueue queue) {
        this.config = config;
        this.queue = queue;
        this.enabled = config.finetune().enabled();
    }

    void addListener(FinetuneListener l) {
        listeners.add(l);
    }

    void removeListener(FinetuneListener l) {
        listeners.remove(l);
    }

    boolean enabled() {
        return enabled;
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    /** Whether a round is running or waiting. */
    boolean busy() {
        OnlineFinetuning f = finetuning;
        return f != null && f.busy();
    }

    /** Worker, while opening: the fine-tuning of the opened shape, or null when the embedder cannot fine-tune. */
    OnlineFinetuning create(PreparedShape p) {
        return config.embedder() instanceof FineTunableEmbedder e
                ? new OnlineFinetuning(
                        e,
                        config.finetune().enabled() ? config.finetune() : FinetuneParams.DEFAULTS,
                        p.context.cloud(),
                        this::roundFinished)
                : null;
    }

    /** Scene executor, when the opened state is published. */
    void install(PreparedShape p, OnlineFinetuning tuning) {
        shape = p;
        finetuning = tuning;
    }

    /** A negative click or scribble: asks for a round on all clicks when fine-tuning is on (returns at once). */
    void request(List<Click> clicks) {
        OnlineFinetuning f = finetuning;
        if (f != null && enabled && ClickSets.of(clicks).learnable()) {
            f.request(clicks);
        }
    }

    /** See {@link SegmentationSession#resetFinetuning()}. */
    CompletableFuture<SessionState> reset() {
        OnlineFinetuning f = finetuning;
        if (f == null) {
            return queue.submit(SessionStep.FINETUNE_RESET, (s, token) -> Outcome.done(null, s));
        }
        CompletableFuture<Void> weights = new CompletableFuture<>();
        f.reset(() -> weights.complete(null));
        return weights.thenCompose(x -> queue.submit(SessionStep.FINETUNE_RESET, (s, token) -> {
            PreparedShape p = shape;
            p.useEmbedding(p.initialEmbedding, config.embedder().dimension());
            SessionState next = p.segment(s, s.clicks());
            return Outcome.done(next, next);
        }));
    }

    /**
     * Fine-tuning thread: a round finished. A new embedding (tuned, or restored after a divergence) replaces the
     * current one and the current clicks are segmented again, as a session command after the ones already queued.
     */
    private void roundFinished(OnlineFinetuning.Result r) {
        if (closed) {
            return; // closed while the round ran: nothing to apply it to
        }
        FineTuner.Round round = r.round();
        boolean tell =
                switch (round.status()) {
                    case TUNED, ROLLED_BACK, UNSUPPORTED -> true;
                    case STOPPED -> round.message() != null;
                    default -> false;
                };
        if (!tell) {
            return;
        }
        float[] emb = round.embedding();
        FinetuneEvent event =
                new FinetuneEvent(round.status(), r.rounds(), round.energies(), round.nanos() / 1e6, round.message());
        queue.submit(SessionStep.FINETUNE, (s, token) -> {
                    PreparedShape p = shape;
                    SessionState next = null;
                    if (emb != null) {
                        p.useEmbedding(emb, config.embedder().dimension());
                        next = p.segment(s, s.clicks());
                    }
                    return Outcome.done(next, event);
                })
                .thenAcceptAsync(
                        e -> {
                            for (FinetuneListener l : listeners) {
                                try {
                                    l.finetuned(e);
                                } catch (RuntimeException ex) {
                                    LOG.warn("fine-tune listener failed", ex);
                                }
                            }
                        },
                        queue.scene())
                .exceptionally(ex -> {
                    if (closed) { // closed between the check above and the command: the worker refused it
                        LOG.debug("fine-tuned embedding dropped: the session was closed");
                        return null;
                    }
                    LOG.warn("applying a fine-tuned embedding failed: {}", ex.toString());
                    return null;
                });
    }

    /** Drops later rounds' results and stops the fine-tuning thread. */
    @Override
    public void close() {
        closed = true;
        OnlineFinetuning f = finetuning;
        if (f != null) {
            f.close();
        }
    }
}
