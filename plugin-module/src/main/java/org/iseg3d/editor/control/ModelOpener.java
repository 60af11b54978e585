package org.iseg3d.editor.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.load.SceneLoader;
import org.iseg3d.bridge.session.PartOverlap;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionConfig;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.finetune.FinetuneParams;
import org.iseg3d.editor.control.SegmentationController.Message;
import org.openide.util.NbBundle.Messages;

/**
 * Opens a model into the {@link EditorDocument}: loads the file on its worker while the {@link EmbedderChooser}
 * acquires the embedder, shows the model, prepares the {@link SegmentationSession} (scene changes on the host's scene
 * executor) and publishes READY; cancels and closes. Failures become the FAILED phase and an error message.
 */
@Messages({
    "# {0} - file name",
    "MSG_Loading=Loading {0}…",
    "# {0} - file name",
    "# {1} - method",
    "MSG_Preparing=Preparing {0} ({1})…",
    "# {0} - method",
    "# {1} - seconds, e.g. 8.4",
    "MSG_Ready=Ready ({0} embedding: {1} s). Left click = part, right click = not part, Enter = accept, F1 = all "
            + "controls.",
    "# {0} - file name",
    "# {1} - reason",
    "MSG_CouldNotOpen=Could not open {0}: {1}",
    "MSG_Cancelled=Cancelled.",
    "# {0} - file",
    "MSG_NoSuchFile={0}: no such file",
    "# {0} - file name",
    "# {1} - warning of the loader",
    "MSG_LoadWarning={0}: {1}"
})
final class ModelOpener implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(SegmentationController.class);

    /** What the session tells the controller once it exists: every state change with its step label. */
    interface SessionWatcher {
        void changed(SegmentationSession s, SessionState before, SessionState now, String step);
    }

    private final EditorDocument doc;
    private final SessionWatcher watcher;
    private final EmbedderChooser embedders = new EmbedderChooser();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iseg3d-editor-load");
        t.setDaemon(true);
        return t;
    });

    ModelOpener(EditorDocument doc, SessionWatcher watcher) {
        this.doc = doc;
        this.watcher = watcher;
    }

    /** See {@link SegmentationController#open(Path)}. */
    CompletableFuture<EditorState> open(Path modelFile) {
        Objects.requireNonNull(modelFile);
        closeModel();
        Path f = modelFile.toAbsolutePath().normalize();
        doc.file = f;
        doc.phase = EditorState.Phase.LOADING;
        doc.status(Bundle.MSG_Loading(f.getFileName()));
        EditorSettings s = doc.settings;
        CompletableFuture<EditorState> result = new CompletableFuture<>();
        doc.opening = result;
        List<String> fallback = new ArrayList<>();
        // the model (process) starts while the scene loads
        CompletableFuture<Embedder> choosing = embedders.choose(s, fallback, doc.events);
        CompletableFuture.supplyAsync(() -> load(f), loader)
                .thenCombineAsync(
                        choosing,
                        (loaded, embedder) -> {
                            checkStillOpening(result);
                            for (String w : fallback) {
                                doc.events.message(Message.Severity.NOTICE, w, null);
                            }
                            for (String w : loaded.warnings()) {
                                doc.events.message(
                                        Message.Severity.WARNING, Bundle.MSG_LoadWarning(f.getFileName(), w), null);
                            }
                            return new Loaded(loaded, embedder);
                        },
                        loader)
                .thenComposeAsync(
                        pair -> {
                            checkStillOpening(result);
                            return prepare(f, s, pair.scene(), pair.embedder());
                        },
                        doc.host.sceneExecutor())
                .whenComplete((st, e) -> {
                    if (e == null) {
                        result.complete(st);
                        return;
                    }
                    Throwable c = Texts.unwrap(e);
                    if (c instanceof CancellationException || result.isCancelled() || doc.opening != result) {
                        LOG.info("opening {} cancelled", f);
                        if (doc.opening == result) {
                            closeModel();
                        }
                        result.completeExceptionally(c);
                        return;
                    }
                    doc.phase = EditorState.Phase.FAILED;
                    // the loader's messages start with the file: name it once
                    doc.status(Bundle.MSG_CouldNotOpen(f.getFileName(), Texts.withoutFile(Texts.text(c), f)));
                    doc.events.message(Message.Severity.ERROR, doc.status, c);
                    result.completeExceptionally(c);
                });
        return result;
    }

    private record Loaded(LoadedScene scene, Embedder embedder) {}

    /** Loader thread. */
    private LoadedScene load(Path f) {
        doc.events.progress("loading", 0.0);
        try {
            if (!Files.isRegularFile(f)) {
                throw new ModelLoadException(Bundle.MSG_NoSuchFile(f));
            }
            return new SceneLoader().load(f);
        } catch (ModelLoadException e) {
            throw new CompletionException(e);
        }
    }

    /** Scene executor: shows the model and prepares the session over it. */
    private CompletableFuture<EditorState> prepare(Path f, EditorSettings s, LoadedScene loaded, Embedder embedder) {
        doc.root = loaded.root();
        doc.host.showModel(loaded.root());
        doc.method = embedder.name();
        doc.phase = EditorState.Phase.EMBEDDING;
        doc.status(Bundle.MSG_Preparing(f.getFileName(), doc.method));
        PreparationTimer timer = new PreparationTimer(doc.events);
        SegmentationSession ss = new SegmentationSession(SessionConfig.embedding(embedder)
                .withClickParams(s.clickParams())
                .withPoints(s.points())
                .withSceneExecutor(doc.host.sceneExecutor())
                .withProgress(timer)
                .withFinetune(doc.finetune ? FinetuneParams.DEFAULTS : FinetuneParams.OFF)
                // an artist's accepted parts are never taken over silently: new selections exclude them
                .withPartOverlap(PartOverlap.EXCLUDE));
        doc.session = ss;
        ss.addListener((before, now, step) -> watcher.changed(ss, before, now, step));
        ss.addFinetuneListener(ev -> {
            if (ev.message() != null) {
                doc.events.message(Message.Severity.WARNING, ev.message(), null);
            }
        });
        return ss.open(loaded.root()).thenApply(st -> {
            if (doc.session != ss) {
                throw new CancellationException("closed while preparing");
            }
            doc.saved = st;
            doc.appliedAt = null;
            doc.host.showOverlay(ss.scene().orElseThrow().soup());
            doc.overlay.first(st);
            doc.phase = EditorState.Phase.READY;
            doc.status = Bundle.MSG_Ready(doc.method, timer.embeddingSeconds());
            doc.events.progress("ready", 1.0);
            return doc.publish();
        });
    }

    private void checkStillOpening(CompletableFuture<?> f) {
        if (doc.opening != f || f.isDone()) {
            throw new CancellationException("cancelled");
        }
    }

    /** Cancels a running open (embedding) and closes the model: nothing else changes. */
    void cancelOpen() {
        CompletableFuture<?> o = doc.opening;
        if (o != null && !o.isDone()) {
            LOG.info("cancelling the preparation of {}", doc.file);
            closeModel();
            o.cancel(false);
            doc.status(Bundle.MSG_Cancelled());
        }
    }

    /** Closes the model (no questions asked: the window asks about unsaved changes first). */
    void closeModel() {
        SegmentationSession s = doc.session;
        doc.session = null;
        doc.opening = null;
        if (s != null) {
            s.close();
        }
        if (doc.root != null || doc.file != null) {
            doc.host.sceneExecutor().execute(doc.host::clear);
        }
        doc.root = null;
        doc.file = null;
        doc.saved = null;
        doc.appliedAt = null;
        doc.overlay.reset();
        doc.phase = EditorState.Phase.NONE;
        doc.status(EditorState.NONE.status());
    }

    /** Closes the model, stops the loader and the model process (in the background: nothing waits for it). */
    @Override
    public void close() {
        closeModel();
        loader.shutdownNow();
        embedders.close();
    }
}
