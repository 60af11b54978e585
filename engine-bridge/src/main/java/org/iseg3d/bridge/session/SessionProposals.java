package org.iseg3d.bridge.session;

import java.util.concurrent.CompletableFuture;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.pick.PickResult;
import org.iseg3d.core.propose.PartProposer;
import org.iseg3d.core.propose.Proposals;

/**
 * A session's part proposals (iseg-core {@link PartProposer}): computed on the worker by a
 * {@link SessionStep#PROPOSALS} command queued right behind opening, so every click submitted after {@code open}
 * sees them; installed into the {@link PreparedShape} (a first positive click on a proposal then selects it) and
 * announced to the listeners on the scene executor. They come from the opened embedding and are not recomputed
 * after fine-tuning.
 */
final class SessionProposals {

    private static final Logger LOG = LogManager.getLogger(SessionProposals.class);

    private final SessionConfig config;
    private final CommandQueue queue;
    private final SceneOpener opener;
    private final CompletableFuture<Proposals> ready = new CompletableFuture<>();

    SessionProposals(SessionConfig config, CommandQueue queue, SceneOpener opener) {
        this.config = config;
        this.queue = queue;
        this.opener = opener;
    }

    /** Completes with the proposals, or with null when the config asks for none. */
    CompletableFuture<Proposals> ready() {
        return ready;
    }

    /** Queues the proposals command (call right after queueing the opening); completes at once without proposals. */
    void queueAfterOpening() {
        if (config.proposals() == null) {
            ready.complete(null);
            return;
        }
        queue.submit(SessionStep.PROPOSALS, (s, token) -> {
                    PreparedShape p = opener.requireShape();
                    long t0 = System.nanoTime();
                    Proposals props = new PartProposer(config.proposals())
                            .propose(p.context(), p.initialEmbedding, p.dimension, token::isCancelled);
                    p.useProposals(props);
                    LOG.debug("{} part proposals in {} ms", props.count(), (System.nanoTime() - t0) / 1_000_000);
                    return CompletableFuture.completedFuture(new Outcome<Proposals>(
                            null,
                            null,
                            () -> {
                                for (SessionListener l : queue.listeners()) {
                                    try {
                                        l.proposalsReady(props);
                                    } catch (RuntimeException e) {
                                        LOG.warn("session listener failed on proposals", e);
                                    }
                                }
                            },
                            props));
                })
                .whenComplete((props, e) -> {
                    if (e != null) {
                        ready.completeExceptionally(e);
                    } else {
                        ready.complete(props);
                    }
                });
    }

    /** The pick of proposal {@code id}'s representative point, as if the user clicked it (worker). */
    static PickResult.Hit representative(PreparedShape p, int id) {
        Proposals props = p.proposals;
        if (props == null || id < 0 || id >= props.count()) {
            throw new IllegalArgumentException(
                    "no proposal " + id + " (" + (props == null ? "no proposals" : props.count() + " proposals") + ")");
        }
        int point = props.get(id).representative();
        return new PickResult.Hit(point, -1, p.scene.shape().geometryOfPoint()[point], p.position(point), 0f, 0f);
    }
}
