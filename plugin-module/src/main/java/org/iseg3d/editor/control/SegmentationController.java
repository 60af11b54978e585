package org.iseg3d.editor.control;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.io.GltfSceneExporter;
import org.iseg3d.bridge.io.SceneSaver;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.pick.PickResult;
import org.iseg3d.bridge.pick.Picker;
import org.iseg3d.bridge.session.ClickOutcome;
import org.iseg3d.bridge.session.Part;
import org.iseg3d.bridge.session.ProgressListener;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionConfig;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.EmbedderProvider;
import org.iseg3d.core.embed.FpfhEmbedder;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.modelclient.ModelProcessEmbedder;

/**
 * The Part Segmentation window's logic, without Swing or OpenGL: opens a model into a {@link SegmentationSession},
 * turns picks into clicks, keeps the overlay colours and the {@link EditorState} of the side panel up to date, and
 * saves through the engine-bridge atomic save.
 *
 * <p><b>Threading.</b> Methods may be called from any thread (the window calls them from the EDT, and from the render
 * thread for picks). Loading runs on the controller's worker, the session's heavy work on the session's worker,
 * scene changes on {@link SceneHost#sceneExecutor()}; {@link EditorState}s and messages reach the listeners on the UI
 * executor given to the constructor. Nothing blocks the caller.
 *
 * <p><b>Failures</b> never throw at the caller: they complete the returned future exceptionally and are reported as a
 * one-line {@link Message} (error or warning) to the message listeners; nothing is lost (a failed command changes
 * nothing).
 */
public final class SegmentationController implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(SegmentationController.class);

    /** A message for the user. */
    public record Message(Severity severity, String text, Throwable cause) {
        /** NOTICE: a warning the user must see even without looking at the status line (a notification). */
        public enum Severity { INFO, WARNING, NOTICE, ERROR }
    }

    private final SceneHost host;
    private final Executor ui;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iseg3d-editor-load");
        t.setDaemon(true);
        return t;
    });
    /** Starts (and stops) the model process, in parallel with loading the scene. */
    private final ExecutorService modelStarter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iseg3d-editor-model");
        t.setDaemon(true);
        return t;
    });
    private ProcessEmbedder modelProcess;   // model-starter thread only; kept across opens
    private Path modelProcessFolder;        // model-starter thread only
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final List<Consumer<EditorState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Message>> messageListeners = new CopyOnWriteArrayList<>();
    private final List<ProgressListener> progressListeners = new CopyOnWriteArrayList<>();

    private volatile EditorSettings settings;
    private volatile SegmentationSession session;
    /**
     * Online fine-tuning (eq. 9-10) of the learned model after negative clicks; the panel's toggle, off by default
     * (it lowered center mIoU@10 of the shipped model on our benchmark: README, ablation).
     */
    private volatile boolean finetune = false;
    private volatile Spatial root;
    private volatile Path file;
    private volatile String method = "";
    private volatile EditorState.Phase phase = EditorState.Phase.NONE;
    private volatile String status = EditorState.NONE.status();
    private volatile SessionState saved;
    private volatile SessionState appliedAt;
    private volatile int selectedPart = -1;
    private volatile int hoverPart = -1;
    private volatile CompletableFuture<?> opening;
    private final AtomicLong pendingClickNanos = new AtomicLong();
    private volatile float[] colours;
    private volatile EditorState last = EditorState.NONE;

    public SegmentationController(SceneHost host, Executor ui, EditorSettings settings) {
        this.host = Objects.requireNonNull(host);
        this.ui = Objects.requireNonNull(ui);
        this.settings = Objects.requireNonNull(settings);
    }

    public void addStateListener(Consumer<EditorState> l) {
        stateListeners.add(l);
    }

    public void addMessageListener(Consumer<Message> l) {
        messageListeners.add(l);
    }

    /** Progress of opening (stages {@code loading}, {@code sampling}, {@code embedding}, …), on worker threads. */
    public void addProgressListener(ProgressListener l) {
        progressListeners.add(l);
    }

    public EditorState state() {
        return last;
    }

    public EditorSettings settings() {
        return settings;
    }

    /** New settings; method, points and model folder take effect at the next open, the rest too (see README). */
    public void setSettings(EditorSettings s) {
        settings = Objects.requireNonNull(s);
    }

    public Path file() {
        return file;
    }

    public Spatial root() {
        return root;
    }

    /** The session of the open model, if any (for picking on the render thread). */
    public SegmentationSession session() {
        return session;
    }

    // ------------------------------------------------------------------ open / close

    /**
     * Opens a model file: loads it on the worker and shows it, then samples and embeds it (the window stays usable;
     * clicks are refused with a message until it is ready). An open model is closed first (the caller asks about
     * unsaved changes before). Completes when clicks work; a bad file completes exceptionally with a
     * {@link ModelLoadException}, reported as an error message.
     */
    public CompletableFuture<EditorState> open(Path modelFile) {
        Objects.requireNonNull(modelFile);
        closeModel();
        Path f = modelFile.toAbsolutePath().normalize();
        file = f;
        phase = EditorState.Phase.LOADING;
        status = "Loading " + f.getFileName() + "…";
        publish();
        EditorSettings s = settings;
        CompletableFuture<EditorState> result = new CompletableFuture<>();
        opening = result;
        List<String> fallback = new ArrayList<>();
        // the model (process) starts while the scene loads
        CompletableFuture<Embedder> choosing = CompletableFuture.supplyAsync(() -> chooseEmbedder(s, fallback),
                modelStarter);
        CompletableFuture.supplyAsync(() -> {
            progress("loading", 0.0);
            if (!Files.isRegularFile(f)) {
                throw new CompletionException(new ModelLoadException(f + ": no such file"));
            }
            try {
                return new SceneLoader().load(f);
            } catch (ModelLoadException e) {
                throw new CompletionException(e);
            }
        }, loader).thenCombineAsync(choosing, (loaded, embedder) -> {
            checkStillOpening(result);
            for (String w : fallback) {
                message(Message.Severity.NOTICE, w, null);
            }
            for (String w : loaded.warnings()) {
                message(Message.Severity.WARNING, f.getFileName() + ": " + w, null);
            }
            return new Object[]{loaded, embedder};
        }, loader).thenComposeAsync(pair -> {
            checkStillOpening(result);
            LoadedScene loaded = (LoadedScene) pair[0];
            Embedder embedder = (Embedder) pair[1];
            root = loaded.root();
            host.showModel(loaded.root());
            method = embedder.name();
            phase = EditorState.Phase.EMBEDDING;
            status = "Preparing " + f.getFileName() + " (" + method + ")…";
            publish();
            SegmentationSession ss = new SegmentationSession(SessionConfig.embedding(embedder)
                    .withClickParams(s.clickParams()).withPoints(s.points())
                    .withSceneExecutor(host.sceneExecutor())
                    .withProgress(this::progress)
                    .withFinetune(finetune ? FinetuneParams.DEFAULTS : FinetuneParams.OFF));
            session = ss;
            ss.addListener((before, now, step) -> stateChanged(ss, now, step));
            ss.addFinetuneListener(ev -> {
                if (ev.message() != null) {
                    message(Message.Severity.WARNING, ev.message(), null);
                }
            });
            return ss.open(loaded.root()).thenApply(st -> {
                if (session != ss) {
                    throw new CancellationException("closed while preparing");
                }
                saved = st;
                appliedAt = null;
                host.showOverlay(ss.scene().orElseThrow().soup());
                colours = OverlayColors.triangleColors(st, -1, null);
                host.updateOverlay(colours, 0L);
                phase = EditorState.Phase.READY;
                status = "Ready: left click = part, right click = not part, Enter = accept.";
                progress("ready", 1.0);
                return publish();
            });
        }, host.sceneExecutor()).whenComplete((st, e) -> {
            if (e == null) {
                result.complete(st);
                return;
            }
            Throwable c = unwrap(e);
            if (c instanceof CancellationException || result.isCancelled() || opening != result) {
                LOG.info("opening {} cancelled", f);
                if (opening == result) {
                    closeModel();
                }
                result.completeExceptionally(c);
                return;
            }
            phase = EditorState.Phase.FAILED;
            status = "Could not open " + f.getFileName() + ": " + text(c);
            publish();
            message(Message.Severity.ERROR, status, c);
            result.completeExceptionally(c);
        });
        return result;
    }

    private void checkStillOpening(CompletableFuture<?> f) {
        if (opening != f || f.isDone()) {
            throw new CancellationException("cancelled");
        }
    }

    /** Cancels a running open (embedding) and closes the model: nothing else changes. */
    public void cancelOpen() {
        CompletableFuture<?> o = opening;
        if (o != null && !o.isDone()) {
            LOG.info("cancelling the preparation of {}", file);
            closeModel();
            o.cancel(false);
            status = "Cancelled.";
            publish();
        }
    }

    /** Closes the model (no questions asked: the window asks about unsaved changes first). */
    public void closeModel() {
        SegmentationSession s = session;
        session = null;
        opening = null;
        if (s != null) {
            s.close();
        }
        if (root != null || file != null) {
            host.sceneExecutor().execute(host::clear);
        }
        root = null;
        file = null;
        saved = null;
        appliedAt = null;
        selectedPart = -1;
        hoverPart = -1;
        colours = null;
        phase = EditorState.Phase.NONE;
        status = EditorState.NONE.status();
        publish();
    }

    /** Closes the model and stops the model process (in the background: nothing waits for it). */
    @Override
    public void close() {
        closeModel();
        loader.shutdownNow();
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        modelStarter.execute(this::stopModelProcess);   // after a start still running
        modelStarter.shutdown();
    }

    // ------------------------------------------------------------------ clicks

    /**
     * A click along a picking ray (from the view's camera). Refused with a message while the model is not ready;
     * a click off the model completes normally with {@link ClickOutcome.Ignored} and a status message.
     *
     * @param eventNanos {@code System.nanoTime()} of the mouse event, for the click-cost measurement (or 0)
     */
    public CompletableFuture<ClickOutcome> click(Ray ray, boolean positive, long eventNanos) {
        SegmentationSession s = readySession();
        if (s == null) {
            return CompletableFuture.completedFuture(new ClickOutcome.Ignored(status));
        }
        pendingClickNanos.set(eventNanos);
        return report(s.click(ray, positive).thenApply(this::outcome), "click");
    }

    /** A scribble (negative) along these rays; rays off the model are dropped. */
    public CompletableFuture<ClickOutcome> scribble(List<Ray> rays) {
        SegmentationSession s = readySession();
        if (s == null) {
            return CompletableFuture.completedFuture(new ClickOutcome.Ignored(status));
        }
        Picker picker = s.picker().orElseThrow();
        List<Vector3f> points = new ArrayList<>();
        for (Ray r : rays) {
            if (picker.pick(r) instanceof PickResult.Hit hit) {
                points.add(hit.hitPoint());
            }
        }
        if (points.isEmpty()) {
            return CompletableFuture.completedFuture(outcome(new ClickOutcome.Ignored(
                    "the scribble is not on the model")));
        }
        return report(s.scribble(points).thenApply(this::outcome), "scribble");
    }

    /** The part under the mouse, for the hover highlight (-1 for none); any thread. */
    public int partAt(Ray ray) {
        SegmentationSession s = session;
        if (s == null || phase != EditorState.Phase.READY) {
            return -1;
        }
        if (s.picker().orElseThrow().pick(ray) instanceof PickResult.Hit hit && hit.triangle() >= 0) {
            int[] partOf = s.state().partOfTriangle();
            return hit.triangle() < partOf.length ? partOf[hit.triangle()] : -1;
        }
        return -1;
    }

    /** Highlights a part (hover); redraws only when it changes. */
    public void hover(int partId) {
        if (partId != hoverPart) {
            hoverPart = partId;
            redraw(0L);
        }
    }

    /** Selects a part in the list: it is highlighted in the view. */
    public void selectPart(int partId) {
        selectedPart = partId;
        redraw(0L);
        publish();
    }

    private ClickOutcome outcome(ClickOutcome o) {
        if (o instanceof ClickOutcome.Ignored ig) {
            pendingClickNanos.set(0L);
            status = capitalise(ig.message()) + ".";
            publish();
        }
        return o;
    }

    private SegmentationSession readySession() {
        SegmentationSession s = session;
        if (s == null || phase != EditorState.Phase.READY) {
            String why = switch (phase) {
                case NONE, FAILED -> "Open a model first (Open Model…).";
                case LOADING, EMBEDDING -> "Please wait: the model is still being prepared; clicks work when the "
                        + "progress bar finishes.";
                case READY -> "";
            };
            status = why;
            publish();
            message(Message.Severity.INFO, why, null);
            return null;
        }
        return s;
    }

    // ------------------------------------------------------------------ parts

    /** Accepts the current selection as a new part ({@code name} null = "part N"). */
    public CompletableFuture<SessionState> accept(String name) {
        SegmentationSession s = readySession();
        if (s == null) {
            return notReady();
        }
        SessionState st = s.state();
        if (st.maskTriangles() == 0) {
            status = "Nothing selected: left-click on a part first.";
            publish();
            return CompletableFuture.failedFuture(new IllegalStateException(status));
        }
        String n = name != null && !name.isBlank() ? name.strip() : freeName(st);
        return report(s.acceptPart(n), "accept");
    }

    private static String freeName(SessionState st) {
        for (int i = st.nextPartId() + 1; ; i++) {
            String n = "part " + i;
            if (st.partNamed(n) == null) {
                return n;
            }
        }
    }

    /** "New part": accepts the current selection if there is one, so the next clicks start a new part. */
    public CompletableFuture<SessionState> newPart() {
        SegmentationSession s = session;
        if (s != null && s.state().maskTriangles() > 0) {
            return accept(null);
        }
        return clearClicks();
    }

    /**
     * New settings, with α and the post-processing switches applied at once to the open model: its current
     * clicks are segmented again over the same embedding (a setting, not an undo step). Method, points and model
     * folder still take effect at the next open.
     */
    public CompletableFuture<SessionState> applyClickSettings(EditorSettings s) {
        settings = Objects.requireNonNull(s);
        SegmentationSession ss = readySession();
        return ss == null ? notReady() : report(ss.setClickParams(s.clickParams()), "click settings");
    }

    /** Whether online fine-tuning is on (it only acts when the model can fine-tune: learned). */
    public boolean finetuneEnabled() {
        return finetune;
    }

    /**
     * The "Online fine-tuning" toggle: on, each negative click or scribble adapts the learned model to the clicks in
     * the background (the mask updates when a round is done); off, the embedding stays as it is. Live for the open
     * model and kept for the next one; no effect for FPFH.
     */
    public void setFinetuneEnabled(boolean on) {
        finetune = on;
        SegmentationSession ss = session;
        if (ss != null) {
            ss.setFinetuneEnabled(on);
        }
    }

    /** Forgets what fine-tuning learned on the open model (back to the model's own weights). */
    public CompletableFuture<SessionState> resetFinetuning() {
        SegmentationSession ss = readySession();
        return ss == null ? notReady() : report(ss.resetFinetuning(), "reset fine-tuning");
    }

    public CompletableFuture<SessionState> clearClicks() {
        SegmentationSession s = readySession();
        return s == null ? notReady() : report(s.clearClicks(), "clear");
    }

    public CompletableFuture<SessionState> rename(int partId, String name) {
        SegmentationSession s = readySession();
        return s == null ? notReady() : report(s.renamePart(partId, name), "rename");
    }

    public CompletableFuture<SessionState> delete(int partId) {
        SegmentationSession s = readySession();
        if (s != null && selectedPart == partId) {
            selectedPart = -1;
        }
        return s == null ? notReady() : report(s.deletePart(partId), "delete");
    }

    public CompletableFuture<SessionState> merge(int target, int... others) {
        SegmentationSession s = readySession();
        return s == null ? notReady() : report(s.mergeParts(target, others), "merge");
    }

    public CompletableFuture<SessionState> undo() {
        SegmentationSession s = readySession();
        return s == null ? notReady() : report(s.undo(), "undo");
    }

    public CompletableFuture<SessionState> redo() {
        SegmentationSession s = readySession();
        return s == null ? notReady() : report(s.redo(), "redo");
    }

    public boolean canUndo() {
        SegmentationSession s = session;
        return s != null && s.canUndo();
    }

    public boolean canRedo() {
        SegmentationSession s = session;
        return s != null && s.canRedo();
    }

    /** The label of the step undo would undo, or "". */
    public String undoLabel() {
        SegmentationSession s = session;
        List<String> l = s == null ? List.of() : s.undoLabels();
        return l.isEmpty() ? "" : l.get(l.size() - 1);
    }

    // ------------------------------------------------------------------ apply, save, export

    /** Writes the accepted parts into the scene graph (undoable). */
    public CompletableFuture<SessionState> apply() {
        SegmentationSession s = readySession();
        if (s == null) {
            return notReady();
        }
        if (s.state().applied() && s.state() == appliedAt) {
            return CompletableFuture.completedFuture(s.state());
        }
        return report(s.apply().thenApply(st -> {
            appliedAt = st;
            return st;
        }), "apply");
    }

    /**
     * Applies the parts and saves the scene as j3o to {@code target} through the atomic save (the complete old
     * file or the complete new one, never half a file). A failure (read-only target, disk full) leaves the target
     * and the session untouched and is reported as an error message.
     */
    public CompletableFuture<Path> save(Path target) {
        return write(target, "Saved", t -> {
            SceneSaver.saveJ3o(root, t);
            return t;
        });
    }

    /** Applies the parts and exports {@code .glb}/{@code .gltf} with the part labels in node extras. */
    public CompletableFuture<Path> exportGltf(Path target) {
        return write(target, "Exported", t -> {
            GltfSceneExporter.export(root, t);
            return t;
        });
    }

    @FunctionalInterface
    private interface Writer {
        Path write(Path target) throws Exception;
    }

    private CompletableFuture<Path> write(Path target, String verb, Writer w) {
        SegmentationSession s = readySession();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(status));
        }
        Path t = target.toAbsolutePath().normalize();
        CompletableFuture<SessionState> applied = s.state().parts().isEmpty()
                ? CompletableFuture.completedFuture(s.state()) : apply();
        return applied.thenApplyAsync(st -> {
            try {
                Path out = w.write(t);
                if (verb.equals("Saved")) {
                    saved = s.state();
                }
                status = verb + " " + out.getFileName() + " (" + st.parts().size() + " parts).";
                LOG.info("{} {} ({} parts)", verb.toLowerCase(), out, st.parts().size());
                publish();
                return out;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, host.sceneExecutor()).whenComplete((p, e) -> {
            if (e != null) {
                Throwable c = unwrap(e);
                status = (verb.equals("Saved") ? "Save" : "Export") + " failed: " + text(c);
                publish();
                message(Message.Severity.ERROR, status, c);
            }
        });
    }

    /** True when parts changed since the last save (or since opening). */
    public boolean dirty() {
        SegmentationSession s = session;
        if (s == null || saved == null) {
            return false;
        }
        SessionState now = s.state();
        return !now.parts().equals(saved.parts()) || now.partOfTriangle() != saved.partOfTriangle()
                && !java.util.Arrays.equals(now.partOfTriangle(), saved.partOfTriangle());
    }

    // ------------------------------------------------------------------ internals

    private void stateChanged(SegmentationSession s, SessionState now, String step) {
        if (session != s || now.phase() != SessionState.Phase.READY) {
            return;
        }
        if (selectedPart >= 0 && now.part(selectedPart) == null) {
            selectedPart = -1;
        }
        if (!step.equals("open")) {
            status = capitalise(step) + ": " + now.maskTriangles() + " triangles selected, " + now.parts().size()
                    + " parts.";
        }
        long clickNanos = step.equals("click") || step.equals("scribble") ? pendingClickNanos.getAndSet(0L) : 0L;
        redraw(now, clickNanos);
        publish();
    }

    private void redraw(long clickNanos) {
        SegmentationSession s = session;
        if (s != null && phase == EditorState.Phase.READY) {
            host.sceneExecutor().execute(() -> redraw(s.state(), clickNanos));
        }
    }

    /** Scene executor. */
    private void redraw(SessionState st, long clickNanos) {
        if (phase != EditorState.Phase.READY && colours == null) {
            return;
        }
        int highlight = hoverPart >= 0 ? hoverPart : selectedPart;
        colours = OverlayColors.triangleColors(st, highlight, colours);
        host.updateOverlay(colours, clickNanos);
    }

    private <T> CompletableFuture<T> report(CompletableFuture<T> f, String what) {
        return f.whenComplete((x, e) -> {
            if (e != null) {
                Throwable c = unwrap(e);
                if (c instanceof CancellationException) {
                    return;
                }
                LOG.info("{} refused: {}", what, text(c));
                status = capitalise(text(c)) + ".";
                publish();
                message(Message.Severity.WARNING, status, null);
            }
        });
    }

    private <T> CompletableFuture<T> notReady() {
        return CompletableFuture.failedFuture(new IllegalStateException(status));
    }

    private EditorState publish() {
        SegmentationSession s = session;
        SessionState st = s == null ? SessionState.EMPTY : s.state();
        int pos = 0;
        for (Click c : st.clicks()) {
            pos += c.positive() ? 1 : 0;
        }
        EditorState e = new EditorState(phase, file, method, status, st.parts(), pos, st.clicks().size() - pos,
                st.maskTriangles(), st.triangleMask().length, dirty(), s != null && s.canUndo(),
                s != null && s.canRedo(), st.applied(), selectedPart);
        last = e;
        for (Consumer<EditorState> l : stateListeners) {
            ui.execute(() -> l.accept(e));
        }
        return e;
    }

    private void message(Message.Severity sev, String text, Throwable cause) {
        if (sev == Message.Severity.ERROR) {
            LOG.error(text, cause);
        } else if (sev == Message.Severity.WARNING) {
            LOG.warn(text);
        }
        Message m = new Message(sev, text, cause);
        for (Consumer<Message> l : messageListeners) {
            ui.execute(() -> l.accept(m));
        }
    }

    private void progress(String stage, double fraction) {
        for (ProgressListener l : progressListeners) {
            l.progress(stage, fraction);
        }
    }

    /**
     * The embedder for the settings (model-starter thread): {@code learned} in its model process when the settings
     * say so (the default; the process is kept for the next open, its weights reset), else in this JVM; FPFH with a
     * warning when the learned model cannot be started or loaded.
     */
    private Embedder chooseEmbedder(EditorSettings s, List<String> warnings) {
        if (!EditorSettings.LEARNED.equals(s.method()) || !s.modelProcess()) {
            return embedder(s, warnings);
        }
        Path folder = s.modelFolder();
        if (folder != null && !Files.isDirectory(folder)) {
            warnings.add("The model folder " + folder + " does not exist (Tools > Options > iSeg3D); using FPFH.");
            return new FpfhEmbedder();
        }
        if (closed.get()) {
            throw new CancellationException("closed");
        }
        ProcessEmbedder p = modelProcess;
        if (p != null && Objects.equals(modelProcessFolder, folder)) {
            try {
                p.reset();   // the next shape starts from the loaded weights (no fine-tuning carried over)
                return p;
            } catch (UnsupportedOperationException e) {
                return p;    // a model without reset cannot be fine-tuned either
            } catch (RuntimeException e) {
                LOG.warn("the model process cannot be reused ({}); starting a new one", text(e));
            }
        }
        stopModelProcess();
        progress("starting the model process", 0.0);   // in parallel with "loading" (also 0)
        try {
            modelProcess = new ProcessEmbedder(ModelProcessEmbedder.start(ModelWorkerInstall.options(folder)));
            modelProcessFolder = folder;
            return modelProcess;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("the model process could not be started", e);
            warnings.add("The learned model could not be started in its own process (" + text(e)
                    + "); using FPFH.");
            return new FpfhEmbedder();
        }
    }

    /** Model-starter thread. */
    private void stopModelProcess() {
        if (modelProcess != null) {
            modelProcess.close();
            modelProcess = null;
            modelProcessFolder = null;
        }
    }

    /**
     * The in-process embedder for the settings: {@code learned} from the provider on the class path (tf-model) with
     * the model folder of the options, falling back to FPFH with a warning when it cannot load.
     */
    static Embedder embedder(EditorSettings s, List<String> warnings) {
        if (EditorSettings.LEARNED.equals(s.method())) {
            Path folder = s.modelFolder();
            if (folder != null && !Files.isDirectory(folder)) {
                warnings.add("The model folder " + folder + " does not exist (Tools > Options > iSeg3D); using FPFH.");
                return new FpfhEmbedder();
            }
            try {
                for (EmbedderProvider p : ServiceLoader.load(EmbedderProvider.class,
                        SegmentationController.class.getClassLoader())) {
                    if (p.name().equals(EditorSettings.LEARNED)) {
                        return p.create(folder);
                    }
                }
                warnings.add("The learned model (tf-model) is not installed; using FPFH.");
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("learned embedder unavailable", e);
                warnings.add("The learned model could not be loaded (" + text(e) + "); using FPFH.");
            }
        }
        return new FpfhEmbedder();
    }

    static Throwable unwrap(Throwable e) {
        Throwable c = e;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    static String text(Throwable e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String capitalise(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** The parts of the current state (for the list), in creation order. */
    public List<Part> parts() {
        SegmentationSession s = session;
        return s == null ? List.of() : s.state().parts();
    }
}
