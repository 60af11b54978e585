package org.iseg3d.bridge.session;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.pick.JmeRayCaster;
import org.iseg3d.bridge.pick.PickResult;
import org.iseg3d.bridge.pick.Picker;
import org.iseg3d.bridge.writeback.PreparedWriteBack;
import org.iseg3d.bridge.writeback.SceneWriteBack;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.click.Mask;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.ClickSets;
import org.iseg3d.core.finetune.FineTuner;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.core.propose.PartProposer;
import org.iseg3d.core.propose.Proposals;

/**
 * An interactive segmentation of one scene: open it, click (positive/negative) or scribble until the selection
 * covers a part, accept it under a name, repeat; rename, delete and merge parts; undo and redo every step; finally
 * {@link #apply()} writes the parts into the scene graph (undoable too).
 *
 * <p><b>Threading.</b> Every command returns a {@link CompletableFuture} and runs in submission order, one at a
 * time: the heavy part (sampling, kNN, embedding, picking, segmentation, label transfer, write-back preparation) on
 * the worker executor, then the result is applied on the scene executor ({@code app::enqueue} in the editor,
 * direct when headless): the new {@link SessionState} is published and listeners are called there, and the scene
 * graph is only read (flattening when opening) or changed (apply, undo/redo of apply) there. A command reads the
 * state current when it starts, not when it was submitted. Never block on a future on the scene thread (the result
 * needs that thread). Failed commands (a bad name, nothing selected) complete exceptionally and change nothing;
 * clicks off the model complete normally with {@link ClickOutcome.Ignored}. {@link #cancel()} stops the running
 * command at its next check (between opening stages, inside label transfer and write-back preparation; a
 * {@link CancellableEmbedder} inside embedding); its future then fails with a {@code CancellationException}. This
 * class is thread-safe; {@link #state()} may be read from any thread.
 *
 * <p><b>Undo.</b> Each step keeps the immutable state before and after it (arrays shared when unchanged), so undo
 * and redo restore exact snapshots; apply steps also revert/re-apply the scene graph change.
 *
 * <p><b>Online fine-tuning</b> (Sec. 3.4, eq. 9-10), when the embedder is a {@link FineTunableEmbedder} and
 * {@link SessionConfig#finetune()} is on: every negative click or scribble asks for a round
 * ({@link FinetuneParams#steps()} steps on all current clicks, then a re-embedding) on the session's own fine-tuning
 * thread. The click itself is segmented at once over the current embedding and never waits; when the round is done
 * the new embedding replaces the old one, the current clicks are segmented again and listeners see a
 * {@code "fine-tune"} step (not undoable: undo restores earlier selections, the learned weights stay), then
 * {@link FinetuneListener}s get the {@link FinetuneEvent}. Requests made while a round runs coalesce into one more
 * round with the latest clicks. Fine-tuning is per asset: opening resets the embedder to its own weights, and
 * {@link #resetFinetuning()} does so on request. A divergence (NaN/Inf) is rolled back and reported once; a model
 * without the fine-tuning step is reported once and the session goes on without fine-tuning.
 */
public final class SegmentationSession implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(SegmentationSession.class);

    private final SessionConfig config;
    private final Executor worker;
    private final ExecutorService ownedWorker;
    private final Executor scene;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<FinetuneListener> finetuneListeners = new CopyOnWriteArrayList<>();
    private volatile OnlineFinetuning finetuning;
    private volatile boolean finetuneEnabled;
    /** Set by {@link #close}: a fine-tuning round finishing afterwards is dropped (the worker is gone). */
    private volatile boolean closed;

    private volatile SessionState state = SessionState.EMPTY;
    private volatile PreparedShape shape;
    private volatile CancellationToken running = new CancellationToken();
    private volatile boolean opening;
    private final CompletableFuture<Proposals> proposalsReady = new CompletableFuture<>();
    /** Touched only by commands, which run one at a time. */
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private volatile PreparedWriteBack applied;
    private volatile boolean canUndo;
    private volatile boolean canRedo;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    /** One undoable step; {@code effect} changes the scene graph (apply) or is null. */
    private record Step(String label, SessionState before, SessionState after, SceneEffect effect) {
    }

    /** A scene graph change that can be undone; both methods run on the scene executor. */
    private interface SceneEffect {
        void redo();

        void undo();
    }

    /** What a command computed on the worker, applied on the scene executor. */
    private record Outcome<T>(SessionState next, SceneEffect effect, Runnable onScene, T value) {
    }

    @FunctionalInterface
    private interface Command<T> {
        CompletableFuture<Outcome<T>> start(SessionState current, CancellationToken token) throws Exception;
    }

    public SegmentationSession(SessionConfig config) {
        this.config = config;
        this.finetuneEnabled = config.finetune().enabled();
        this.scene = config.sceneExecutor();
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

    // ------------------------------------------------------------------ state and listeners

    /** The current state (any thread). */
    public SessionState state() {
        return state;
    }

    public SessionConfig config() {
        return config;
    }

    /** What was opened, once {@link #open} completed. */
    public Optional<OpenedScene> scene() {
        PreparedShape s = shape;
        return s == null ? Optional.empty() : Optional.of(s.scene);
    }

    /** The headless picker (soup ray casting; any thread), once open. */
    public Optional<Picker> picker() {
        PreparedShape s = shape;
        return s == null ? Optional.empty() : Optional.of(s.picker);
    }

    /**
     * A picker that casts with jME's {@code collideWith} on the live Geometries: use it on the scene thread, then
     * pass the result to {@link #click(PickResult, boolean)}.
     */
    public Optional<Picker> jmePicker() {
        PreparedShape s = shape;
        return s == null ? Optional.empty() : Optional.of(new Picker(s.scene.soup(), s.index,
                new JmeRayCaster(s.scene.root(), s.scene.soup()), s.picker.maxSnapDistance()));
    }

    /** The write-back currently shown in the scene, if any. */
    public Optional<PreparedWriteBack> appliedWriteBack() {
        return Optional.ofNullable(applied);
    }

    public boolean canUndo() {
        return canUndo;
    }

    public boolean canRedo() {
        return canRedo;
    }

    public void addListener(SessionListener l) {
        listeners.add(l);
    }

    public void removeListener(SessionListener l) {
        listeners.remove(l);
    }

    /** Cancels the running command (if any) at its next check. */
    public void cancel() {
        running.cancel();
    }

    public void addFinetuneListener(FinetuneListener l) {
        finetuneListeners.add(l);
    }

    public void removeFinetuneListener(FinetuneListener l) {
        finetuneListeners.remove(l);
    }

    /** Whether online fine-tuning applies: the embedder can fine-tune (the model's support shows at the first round). */
    public boolean canFinetune() {
        return config.embedder() instanceof FineTunableEmbedder;
    }

    /** Whether negative clicks and scribbles start fine-tuning rounds (any thread). */
    public boolean finetuneEnabled() {
        return finetuneEnabled;
    }

    /**
     * Switches online fine-tuning on or off for the following clicks (a setting, not an undoable step). Switching
     * off keeps the embedding learned so far; {@link #resetFinetuning()} returns to the model's own weights.
     */
    public void setFinetuneEnabled(boolean on) {
        finetuneEnabled = on;
    }

    /** Whether a fine-tuning round is running or waiting (any thread). */
    public boolean finetuneBusy() {
        OnlineFinetuning f = finetuning;
        return f != null && f.busy();
    }

    /**
     * Forgets what fine-tuning learned on this asset: waiting rounds are dropped, the running one stops at its next
     * step, the model returns to its own weights and the current clicks are segmented again over the embedding of
     * the opened shape. Completes with the new state (the unchanged state when there is nothing to reset).
     */
    public CompletableFuture<SessionState> resetFinetuning() {
        OnlineFinetuning f = finetuning;
        if (f == null) {
            return submit("fine-tune reset", (s, token) -> done(null, s), false);
        }
        CompletableFuture<Void> weights = new CompletableFuture<>();
        f.reset(() -> weights.complete(null));
        return weights.thenCompose(x -> submit("fine-tune reset", (s, token) -> {
            PreparedShape p = requireShape();
            p.useEmbedding(p.initialEmbedding, config.embedder().dimension());
            SessionState next = segment(s, s.clicks(), p);
            return done(next, next);
        }, false));
    }

    /** Cancels running work and stops the session's own worker thread; pending commands may not complete. */
    @Override
    public void close() {
        closed = true;
        cancel();
        OnlineFinetuning f = finetuning;
        if (f != null) {
            f.close();
        }
        if (ownedWorker != null) {
            ownedWorker.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ opening

    /**
     * Opens a scene graph part (e.g. a model attached to the editor's root node). Flattening runs on the scene
     * executor; sampling, kNN, embedding and indexing on the worker.
     */
    public CompletableFuture<SessionState> open(Spatial root) {
        return open(null, root);
    }

    /** Loads a model file headless (any format {@code SceneLoader} reads) and opens it. */
    public CompletableFuture<SessionState> open(Path file) {
        return open(file, null);
    }

    private CompletableFuture<SessionState> open(Path file, Spatial root) {
        synchronized (this) {
            if (opening || shape != null) {
                throw new IllegalStateException("a session opens one scene; create a new session for another");
            }
            opening = true;
        }
        CompletableFuture<SessionState> opened = submit("open", (s, token) -> {
            List<String> warnings = List.of();
            Spatial r = root;
            if (file != null) {
                LoadedScene loaded = PreparedShape.load(file);
                r = loaded.root();
                warnings = loaded.warnings();
            }
            Spatial model = r;
            List<String> w = warnings;
            String label = file != null ? file.getFileName().toString()
                    : model.getName() != null ? model.getName() : "scene";
            token.throwIfCancelled();
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return PreparedShape.flatten(file, model, label, w);
                } catch (ModelLoadException e) {
                    throw new CompletionException(e);
                }
            }, scene).thenApplyAsync(f -> {
                PreparedShape p = PreparedShape.prepare(f, config, token);
                SessionState ready = SessionState.ready(p.scene.shape().size(), p.scene.soup().triangleCount());
                OnlineFinetuning tuning = config.embedder() instanceof FineTunableEmbedder e
                        ? new OnlineFinetuning(e, config.finetune().enabled() ? config.finetune()
                        : FinetuneParams.DEFAULTS, p.context.cloud(), this::finetuneResult) : null;
                return new Outcome<>(ready, null, () -> {
                    shape = p;
                    finetuning = tuning;
                }, ready);
            }, worker);
        }).whenComplete((x, e) -> {
            if (e != null) {
                opening = false;
            }
        });
        // queued right behind opening, so every click submitted after open() sees the proposals
        if (config.proposals() != null) {
            submit("proposals", (s, token) -> {
                PreparedShape p = requireShape();
                long t0 = System.nanoTime();
                Proposals props = new PartProposer(config.proposals()).propose(p.context(), p.initialEmbedding,
                        p.dimension, token::isCancelled);
                p.useProposals(props);
                LOG.debug("{} part proposals in {} ms", props.count(), (System.nanoTime() - t0) / 1_000_000);
                return CompletableFuture.completedFuture(new Outcome<Proposals>(null, null, () -> {
                    for (SessionListener l : listeners) {
                        try {
                            l.proposalsReady(props);
                        } catch (RuntimeException e) {
                            LOG.warn("session listener failed on proposals", e);
                        }
                    }
                }, props));
            }, false).whenComplete((props, e) -> {
                if (e != null) {
                    proposalsReady.completeExceptionally(e);
                } else {
                    proposalsReady.complete(props);
                }
            });
        } else {
            proposalsReady.complete(null);
        }
        return opened;
    }

    /**
     * The part proposals, computed on the worker right after opening when the config asks for them
     * ({@link SessionConfig#withProposals}); completes with null when it does not. Listeners also get
     * {@link SessionListener#proposalsReady}. A first positive click on a proposal selects the whole proposal; later
     * clicks refine it (see {@code ProposalSeededSelection}: later positives add their balls, negatives split the
     * proposal by nearest click in embedding space). With online fine-tuning the proposals stay those of the opened
     * embedding (they are not recomputed), while the refining clicks work over the current, fine-tuned embedding.
     */
    public CompletableFuture<Proposals> proposals() {
        return proposalsReady;
    }

    /** A positive click on a proposal's representative point (as if the user clicked it). */
    public CompletableFuture<ClickOutcome> clickProposal(int id) {
        return submit("click", (s, token) -> {
            PreparedShape p = requireShape();
            Proposals props = p.proposals;
            if (props == null || id < 0 || id >= props.count()) {
                throw new IllegalArgumentException("no proposal " + id + " (" + (props == null ? "no proposals"
                        : props.count() + " proposals") + ")");
            }
            int point = props.get(id).representative();
            return clickOutcome(s, new PickResult.Hit(point, -1, p.scene.shape().geometryOfPoint()[point],
                    pointPosition(p, point), 0f, 0f), true);
        });
    }

    private static Vector3f pointPosition(PreparedShape p, int i) {
        var c = p.scene.shape().cloud();
        return new Vector3f(c.x(i), c.y(i), c.z(i));
    }

    // ------------------------------------------------------------------ clicks

    /** Picks along a ray (e.g. {@code ScreenRays.fromScreen(cam, x, y)}) on the soup and adds a click there. */
    public CompletableFuture<ClickOutcome> click(Ray ray, boolean positive) {
        Ray copy = new Ray(ray.getOrigin().clone(), ray.getDirection().clone());
        copy.setLimit(ray.getLimit());
        return submit("click", (s, token) -> clickOutcome(s, requireShape().picker.pick(copy), positive));
    }

    /** Adds a click at the sampled point nearest a world position (off the model if too far from every sample). */
    public CompletableFuture<ClickOutcome> click(Vector3f world, boolean positive) {
        Vector3f at = world.clone();
        return submit("click", (s, token) -> clickOutcome(s, requireShape().picker.pickNear(at), positive));
    }

    /** Adds a click from a pick made elsewhere (e.g. {@link #jmePicker()} on the scene thread). */
    public CompletableFuture<ClickOutcome> click(PickResult pick, boolean positive) {
        return submit("click", (s, token) -> clickOutcome(s, pick, positive));
    }

    /**
     * A scribble: every world position (e.g. the hits of a mouse drag) becomes a negative click on its nearest
     * sampled point, duplicates and positions off the model dropped, all in one undoable step.
     */
    public CompletableFuture<ClickOutcome> scribble(List<Vector3f> worldPoints) {
        List<Vector3f> pts = worldPoints.stream().map(Vector3f::clone).toList();
        return submit("scribble", (s, token) -> {
            PreparedShape p = requireShape();
            Set<Integer> points = new LinkedHashSet<>();
            for (Vector3f v : pts) {
                if (p.picker.pickNear(v) instanceof PickResult.Hit h) {
                    points.add(h.point());
                }
            }
            for (Click c : s.clicks()) {
                if (!c.positive()) {
                    points.remove(c.point());
                }
            }
            if (points.isEmpty()) {
                return done(null, new ClickOutcome.Ignored("no scribble point is on the model"));
            }
            List<Click> clicks = new ArrayList<>(s.clicks());
            points.forEach(i -> clicks.add(Click.negative(i)));
            SessionState next = segment(s, clicks, p);
            requestFinetune(clicks);
            return done(next, new ClickOutcome.Accepted(next, List.copyOf(points)));
        });
    }

    /**
     * Changes α and the post-processing switches live: the current clicks are segmented again with them over the
     * same embedding (nothing is re-embedded). A setting, not an undoable step; later clicks use it too.
     */
    public CompletableFuture<SessionState> setClickParams(ClickParams params) {
        Objects.requireNonNull(params, "params");
        return submit("click parameters", (s, token) -> {
            PreparedShape p = requireShape();
            p.useClickParams(params);
            SessionState next = segment(s, s.clicks(), p);
            return done(next, next);
        }, false);
    }

    /** Removes all clicks of the current selection (one undoable step). */
    public CompletableFuture<SessionState> clearClicks() {
        return submit("clear clicks", (s, token) -> {
            PreparedShape p = requireShape();
            SessionState next = s.withSelection(List.of(), Mask.empty(p.scene.shape().size()),
                    new boolean[p.scene.soup().triangleCount()]);
            return done(next, next);
        });
    }

    private CompletableFuture<Outcome<ClickOutcome>> clickOutcome(SessionState s, PickResult pick, boolean positive) {
        PreparedShape p = requireShape();
        if (pick instanceof PickResult.OffModel off) {
            LOG.debug("click ignored: {}", off.message());
            return done(null, new ClickOutcome.Ignored(off.message()));
        }
        PickResult.Hit hit = (PickResult.Hit) pick;
        List<Click> clicks = new ArrayList<>(s.clicks());
        clicks.add(new Click(hit.point(), positive));
        SessionState next = segment(s, clicks, p);
        if (!positive) {
            requestFinetune(clicks);
        }
        return done(next, new ClickOutcome.Accepted(next, List.of(hit.point())));
    }

    /** A negative click or scribble: ask for a fine-tuning round on all clicks (returns at once). */
    private void requestFinetune(List<Click> clicks) {
        OnlineFinetuning f = finetuning;
        if (f != null && finetuneEnabled && ClickSets.of(clicks).learnable()) {
            f.request(clicks);
        }
    }

    /**
     * Fine-tuning thread: a round finished. A new embedding (tuned, or restored after a divergence) replaces the
     * current one and the current clicks are segmented again, as a session command after the ones already queued.
     */
    private void finetuneResult(OnlineFinetuning.Result r) {
        if (closed) {
            return; // closed while the round ran: nothing to apply it to
        }
        FineTuner.Round round = r.round();
        boolean tell = switch (round.status()) {
            case TUNED, ROLLED_BACK, UNSUPPORTED -> true;
            case STOPPED -> round.message() != null;
            default -> false;
        };
        if (!tell) {
            return;
        }
        float[] emb = round.embedding();
        FinetuneEvent event = new FinetuneEvent(round.status(), r.rounds(), round.energies(), round.nanos() / 1e6,
                round.message());
        submit("fine-tune", (s, token) -> {
            PreparedShape p = requireShape();
            SessionState next = null;
            if (emb != null) {
                p.useEmbedding(emb, config.embedder().dimension());
                next = segment(s, s.clicks(), p);
            }
            return done(next, event);
        }, false).thenAcceptAsync(e -> {
            for (FinetuneListener l : finetuneListeners) {
                try {
                    l.finetuned(e);
                } catch (RuntimeException ex) {
                    LOG.warn("fine-tune listener failed", ex);
                }
            }
        }, scene).exceptionally(ex -> {
            if (closed) { // closed between the check above and the command: the worker refused it
                LOG.debug("fine-tuned embedding dropped: the session was closed");
                return null;
            }
            LOG.warn("applying a fine-tuned embedding failed: {}", ex.toString());
            return null;
        });
    }

    /** Clicks → point mask (eq. 6–8, Alg. 1–2) → triangle mask (label transfer). Worker thread. */
    private static SessionState segment(SessionState s, List<Click> clicks, PreparedShape p) {
        Mask mask = p.segmenter.segment(clicks);
        boolean[] triangles = p.transfer.transferMask(mask.selected());
        return s.withSelection(clicks, mask, triangles);
    }

    // ------------------------------------------------------------------ parts

    /** Assigns the current selection's triangles (and points) to a new part and clears the clicks. */
    public CompletableFuture<SessionState> acceptPart(String name) {
        return submit("accept part", (s, token) -> {
            SessionState next = PartEdits.accept(s, name, requireShape().scene.soup().areas());
            return done(next, next);
        });
    }

    public CompletableFuture<SessionState> renamePart(int id, String name) {
        return submit("rename part", (s, token) -> {
            requireShape();
            SessionState next = PartEdits.rename(s, id, name);
            return done(next, next);
        });
    }

    /** Deletes a part: its triangles belong to no part again. */
    public CompletableFuture<SessionState> deletePart(int id) {
        return submit("delete part", (s, token) -> {
            requireShape();
            SessionState next = PartEdits.delete(s, id);
            return done(next, next);
        });
    }

    /** Merges parts {@code others} into {@code target} (which keeps its id, name and colour). */
    public CompletableFuture<SessionState> mergeParts(int target, int... others) {
        int[] copy = others.clone();
        return submit("merge parts", (s, token) -> {
            SessionState next = PartEdits.merge(s, target, copy, requireShape().scene.soup().areas());
            return done(next, next);
        });
    }

    // ------------------------------------------------------------------ write-back

    /**
     * Writes the accepted parts into the scene graph (see {@link SceneWriteBack} for the layout). Meshes are built
     * on the worker; the graph changes on the scene executor. Applying again replaces the earlier write-back. Undo
     * restores the scene exactly.
     */
    public CompletableFuture<SessionState> apply() {
        return submit("apply", (s, token) -> {
            PreparedShape p = requireShape();
            if (s.parts().isEmpty()) {
                throw new IllegalStateException("no parts to write back: accept a part first");
            }
            Map<Integer, String> names = new LinkedHashMap<>();
            s.parts().forEach(x -> names.put(x.id(), x.name()));
            config.progress().progress("write-back", 0.0);
            PreparedWriteBack plan = SceneWriteBack.prepare(p.scene.soup(), p.originalMeshes, s.partOfTriangle(),
                    names, token::isCancelled);
            config.progress().progress("write-back", 1.0);
            PreparedWriteBack previous = applied;
            SceneEffect effect = new SceneEffect() {
                @Override
                public void redo() {
                    if (previous != null && previous.isApplied()) {
                        previous.revert();
                    }
                    plan.apply();
                    applied = plan;
                }

                @Override
                public void undo() {
                    plan.revert();
                    if (previous != null) {
                        previous.apply();
                    }
                    applied = previous;
                }
            };
            SessionState next = s.withApplied(true);
            return CompletableFuture.completedFuture(new Outcome<>(next, effect, null, next));
        });
    }

    // ------------------------------------------------------------------ undo / redo

    /** Undoes the last step (no-op when there is none); completes with the restored state. */
    public CompletableFuture<SessionState> undo() {
        return submit("undo", (s, token) -> {
            Step step = undo.peekLast();
            if (step == null) {
                return done(null, s);
            }
            return CompletableFuture.completedFuture(new Outcome<>(step.before(), null, () -> {
                if (step.effect() != null) {
                    step.effect().undo();
                }
                redo.addLast(undo.removeLast());
            }, step.before()));
        }, false);
    }

    /** Redoes the last undone step (no-op when there is none); completes with the restored state. */
    public CompletableFuture<SessionState> redo() {
        return submit("redo", (s, token) -> {
            Step step = redo.peekLast();
            if (step == null) {
                return done(null, s);
            }
            return CompletableFuture.completedFuture(new Outcome<>(step.after(), null, () -> {
                if (step.effect() != null) {
                    step.effect().redo();
                }
                undo.addLast(redo.removeLast());
            }, step.after()));
        }, false);
    }

    /** Labels of the steps that {@link #undo()} would undo, oldest first (a snapshot, any thread). */
    public synchronized List<String> undoLabels() {
        return undo.stream().map(Step::label).toList();
    }

    // ------------------------------------------------------------------ command machinery

    private PreparedShape requireShape() {
        PreparedShape p = shape;
        if (p == null) {
            throw new IllegalStateException("no scene is open: call open first");
        }
        return p;
    }

    private static <T> CompletableFuture<Outcome<T>> done(SessionState next, T value) {
        return CompletableFuture.completedFuture(new Outcome<>(next, null, null, value));
    }

    private <T> CompletableFuture<T> submit(String label, Command<T> cmd) {
        return submit(label, cmd, true);
    }

    /** @param recorded false for undo/redo themselves (they move steps instead of recording one) */
    private <T> CompletableFuture<T> submit(String label, Command<T> cmd, boolean recorded) {
        CancellationToken token = new CancellationToken();
        synchronized (this) {
            CompletableFuture<T> f = tail.handle((r, e) -> null)
                    .thenComposeAsync(x -> {
                        running = token;
                        SessionState before = state;
                        try {
                            token.throwIfCancelled();
                            return cmd.start(before, token).thenApplyAsync(o -> publish(label, before, o,
                                    recorded), scene);
                        } catch (Exception e) {
                            return CompletableFuture.failedFuture(e);
                        }
                    }, worker);
            tail = f;
            return f;
        }
    }

    /** Scene executor: runs the scene change, records history, publishes the state, tells the listeners. */
    private <T> T publish(String label, SessionState before, Outcome<T> o, boolean recorded) {
        SessionState next = o.next();
        String step = label;
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
            if (recorded && !label.equals("open")) {
                undo.addLast(new Step(label, before, next, o.effect()));
                while (undo.size() > config.historyLimit()) {
                    undo.removeFirst();
                }
                redo.clear();
            } else if (label.equals("undo") || label.equals("redo")) {
                Step moved = label.equals("undo") ? redo.peekLast() : undo.peekLast();
                step = label + " " + (moved == null ? "" : moved.label());
            }
            canUndo = !undo.isEmpty();
            canRedo = !redo.isEmpty();
            state = next;
        }
        for (SessionListener l : listeners) {
            try {
                l.stateChanged(before, next, step);
            } catch (RuntimeException e) {
                LOG.warn("session listener failed on '{}'", step, e);
            }
        }
        return o.value();
    }
}
