package org.iseg3d.bridge.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs a session's commands in submission order, one at a time: each starts on the worker with the state current
 * when it starts (not when it was submitted), then its {@link Outcome} is applied on the scene executor, where the
 * scene change runs, the {@link History} records the step, the new state is published and the listeners are told.
 * A failed command changes nothing and does not stop the ones behind it. Thread-safe.
 */
final class CommandQueue {

    private static final Logger LOG = LogManager.getLogger(CommandQueue.class);

    private final Executor worker;
    private final ExecutorService ownedWorker;
    private final Executor scene;
    private final History history;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SessionState state = SessionState.EMPTY;
    private volatile CancellationToken running = new CancellationToken();
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    CommandQueue(SessionConfig config) {
        this.scene = config.sceneExecutor();
        this.history = new History(config.historyLimit());
        if (config.worker() != null) {
            this.worker = config.worker();
            this.ownedWorker = null;
        } else {
            this.ownedWorker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "iseg3d-session");
                t.setDaemon(true);
                return t;
            });
            this.worker = ownedWorker;
        }
    }

    /** The current state (any thread). */
    SessionState state() {
        return state;
    }

    History history() {
        return history;
    }

    Executor worker() {
        return worker;
    }

    Executor scene() {
        return scene;
    }

    List<SessionListener> listeners() {
        return listeners;
    }

    /** Cancels the running command (if any) at its next check. */
    void cancelRunning() {
        running.cancel();
    }

    /** Stops the worker thread if the queue owns it; pending commands may not complete. */
    void shutdown() {
        if (ownedWorker != null) {
            ownedWorker.shutdownNow();
        }
    }

    /** Queues {@code cmd} behind every command submitted before; completes with its outcome's value. */
    <T> CompletableFuture<T> submit(SessionStep step, Command<T> cmd) {
        CancellationToken token = new CancellationToken();
        synchronized (this) {
            CompletableFuture<T> f = tail.handle((r, e) -> null)
                    .thenComposeAsync(
                            x -> {
                                running = token;
                                SessionState before = state;
                                try {
                                    token.throwIfCancelled();
                                    return cmd.start(before, token)
                                            .thenApplyAsync(o -> publish(step, before, o), scene);
                                } catch (Exception e) {
                                    return CompletableFuture.failedFuture(e);
                                }
                            },
                            worker);
            tail = f;
            return f;
        }
    }

    /** Scene executor: runs the scene change, records history, publishes the state, tells the listeners. */
    private <T> T publish(SessionStep step, SessionState before, Outcome<T> o) {
        SessionState next = o.next();
        String label;
        synchronized (this) {
            if (o.effect() != null) {
                o.effect().redo();
            }
            if (o.onScene() != null) {
                o.onScene().run();
            }
            if (next == null) {
                return o.value();
            }
            label = history.published(step, before, next, o.effect());
            state = next;
        }
        for (SessionListener l : listeners) {
            try {
                l.stateChanged(before, next, label);
            } catch (RuntimeException e) {
                LOG.warn("session listener failed on '{}'", label, e);
            }
        }
        return o.value();
    }
}
