package org.iseg3d.editor.control;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.iseg3d.bridge.load.ModelLoadException;
import org.iseg3d.bridge.pick.PickResult;
import org.iseg3d.bridge.pick.Picker;
import org.iseg3d.bridge.session.ClickOutcome;
import org.iseg3d.bridge.session.Part;
import org.iseg3d.bridge.session.ProgressListener;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionState;
import org.openide.util.NbBundle.Messages;

/**
 * The Part Segmentation window's logic, without Swing or OpenGL: opens a model into a {@link SegmentationSession}
 * ({@link ModelOpener}, with the embedder from {@link EmbedderChooser}), turns picks into clicks, keeps the overlay
 * colours ({@link OverlayPainter}) and the {@link EditorState} of the side panel up to date, and saves through the
 * engine-bridge atomic save ({@link SceneWriter}). The open model's state is one {@link EditorDocument}.
 *
 * <p><b>Threading.</b> Methods may be called from any thread (the window calls them from the EDT, and from the render
 * thread for picks). Loading runs on the opener's worker, the session's heavy work on the session's worker,
 * scene changes on {@link SceneHost#sceneExecutor()}; {@link EditorState}s and messages reach the listeners on the UI
 * executor given to the constructor. Nothing blocks the caller.
 *
 * <p><b>Failures</b> never throw at the caller: they complete the returned future exceptionally and are reported as a
 * one-line {@link Message} (error or warning) to the message listeners; nothing is lost (a failed command changes
 * nothing).
 */
@Messages({
    "MSG_ScribbleOff=the scribble is not on the model",
    "MSG_NothingSelected=Nothing selected: left-click on a part first.",
    "# {0} - number",
    "LBL_PartName=part {0}",
    "# {0} - step, e.g. Click",
    "# {1} - selected triangles",
    "# {2} - number of parts",
    "MSG_Step={0}: {1} triangles selected, {2} parts.",
    "MSG_NegativeClick=Negative click",
    "MSG_Scribble=Scribble",
    "# {0} - Negative click or Scribble",
    "# {1} - selected triangles",
    "# {2} - number of parts",
    "MSG_NegativeNoChange={0} outside the selection: nothing changed ({1} triangles selected, {2} parts)."
})
public final class SegmentationController implements AutoCloseable {

    /** A message for the user. */
    public record Message(Severity severity, String text, Throwable cause) {
        /** NOTICE: a warning the user must see even without looking at the status line (a notification). */
        public enum Severity {
            INFO,
            WARNING,
            NOTICE,
            ERROR
        }
    }

    private final ControllerEvents events;
    private final EditorDocument doc;
    private final ModelOpener opener;
    private final SceneWriter writer;

    public SegmentationController(SceneHost host, Executor ui, EditorSettings settings) {
        this.events = new ControllerEvents(Objects.requireNonNull(ui));
        this.doc = new EditorDocument(Objects.requireNonNull(host), events, Objects.requireNonNull(settings));
        this.opener = new ModelOpener(doc, this::stateChanged);
        this.writer = new SceneWriter(doc);
    }

    public void addStateListener(Consumer<EditorState> l) {
        events.addStateListener(l);
    }

    public void addMessageListener(Consumer<Message> l) {
        events.addMessageListener(l);
    }

    /** Progress of opening (stages {@code loading}, {@code sampling}, {@code embedding}, …), on worker threads. */
    public void addProgressListener(ProgressListener l) {
        events.addProgressListener(l);
    }

    public EditorState state() {
        return doc.last();
    }

    public EditorSettings settings() {
        return doc.settings;
    }

    /** New settings; method, points and model folder take effect at the next open, the rest too (see README). */
    public void setSettings(EditorSettings s) {
        doc.settings = Objects.requireNonNull(s);
    }

    public Path file() {
        return doc.file;
    }

    public Spatial root() {
        return doc.root;
    }

    /** The session of the open model, if any (for picking on the render thread). */
    public SegmentationSession session() {
        return doc.session;
    }

    /** The parts of the current state (for the list), in creation order. */
    public List<Part> parts() {
        SegmentationSession s = doc.session;
        return s == null ? List.of() : s.state().parts();
    }

    // ------------------------------------------------------------------ open / close

    /**
     * Opens a model file: loads it on the worker and shows it, then samples and embeds it (the window stays usable;
     * clicks are refused with a message until it is ready). An open model is closed first (the caller asks about
     * unsaved changes before). Completes when clicks work; a bad file completes exceptionally with a
     * {@link ModelLoadException}, reported as an error message.
     */
    public CompletableFuture<EditorState> open(Path modelFile) {
        return opener.open(modelFile);
    }

    /** Cancels a running open (embedding) and closes the model: nothing else changes. */
    public void cancelOpen() {
        opener.cancelOpen();
    }

    /** Closes the model (no questions asked: the window asks about unsaved changes first). */
    public void closeModel() {
        opener.closeModel();
    }

    /** Closes the model and stops the model process (in the background: nothing waits for it). */
    @Override
    public void close() {
        opener.close();
    }

    // ------------------------------------------------------------------ clicks

    /**
     * A click along a picking ray (from the view's camera). Refused with a message while the model is not ready;
     * a click off the model completes normally with {@link ClickOutcome.Ignored} and a status message.
     *
     * @param eventNanos {@code System.nanoTime()} of the mouse event, for the click-cost measurement (or 0)
     */
    public CompletableFuture<ClickOutcome> click(Ray ray, boolean positive, long eventNanos) {
        SegmentationSession s = doc.readySession();
        if (s == null) {
            return CompletableFuture.completedFuture(new ClickOutcome.Ignored(doc.status));
        }
        doc.pendingClickNanos.set(eventNanos);
        return doc.report(s.click(ray, positive).thenApply(this::outcome), "click");
    }

    /** A scribble (negative) along these rays; rays off the model are dropped. */
    public CompletableFuture<ClickOutcome> scribble(List<Ray> rays) {
        SegmentationSession s = doc.readySession();
        if (s == null) {
            return CompletableFuture.completedFuture(new ClickOutcome.Ignored(doc.status));
        }
        Picker picker = s.picker().orElseThrow();
        List<Vector3f> points = new ArrayList<>();
        for (Ray r : rays) {
            if (picker.pick(r) instanceof PickResult.Hit hit) {
                points.add(hit.hitPoint());
            }
        }
        if (points.isEmpty()) {
            return CompletableFuture.completedFuture(outcome(new ClickOutcome.Ignored(Bundle.MSG_ScribbleOff())));
        }
        return doc.report(s.scribble(points).thenApply(this::outcome), "scribble");
    }

    /** The part under the mouse, for the hover highlight (-1 for none); any thread. */
    public int partAt(Ray ray) {
        SegmentationSession s = doc.session;
        if (s == null || doc.phase != EditorState.Phase.READY) {
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
        doc.overlay.hover(partId);
    }

    /** Selects a part in the list: it is highlighted in the view. */
    public void selectPart(int partId) {
        doc.overlay.select(partId);
        doc.publish();
    }

    private ClickOutcome outcome(ClickOutcome o) {
        if (o instanceof ClickOutcome.Ignored ig) {
            doc.pendingClickNanos.set(0L);
            doc.status(Texts.capitalise(ig.message()) + ".");
        }
        return o;
    }

    // ------------------------------------------------------------------ parts

    /** Accepts the current selection as a new part ({@code name} null = "part N"). */
    public CompletableFuture<SessionState> accept(String name) {
        SegmentationSession s = doc.readySession();
        if (s == null) {
            return doc.notReady();
        }
        SessionState st = s.state();
        if (st.maskTriangles() == 0) {
            doc.status(Bundle.MSG_NothingSelected());
            return CompletableFuture.failedFuture(new IllegalStateException(doc.status));
        }
        String n = name != null && !name.isBlank() ? name.strip() : freeName(st);
        return doc.report(s.acceptPart(n), "accept");
    }

    private static String freeName(SessionState st) {
        for (int i = st.nextPartId() + 1; ; i++) {
            String n = Bundle.LBL_PartName(Integer.toString(i));
            if (st.partNamed(n) == null) {
                return n;
            }
        }
    }

    /** "New part": accepts the current selection if there is one, so the next clicks start a new part. */
    public CompletableFuture<SessionState> newPart() {
        SegmentationSession s = doc.session;
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
        doc.settings = Objects.requireNonNull(s);
        SegmentationSession ss = doc.readySession();
        return ss == null ? doc.notReady() : doc.report(ss.setClickParams(s.clickParams()), "click settings");
    }

    /** Whether online fine-tuning is on (it only acts when the model can fine-tune: learned). */
    public boolean finetuneEnabled() {
        return doc.finetune;
    }

    /**
     * The "Online fine-tuning" toggle: on, each negative click or scribble adapts the learned model to the clicks in
     * the background (the mask updates when a round is done); off, the embedding stays as it is. Live for the open
     * model and kept for the next one; no effect for FPFH.
     */
    public void setFinetuneEnabled(boolean on) {
        doc.finetune = on;
        SegmentationSession ss = doc.session;
        if (ss != null) {
            ss.setFinetuneEnabled(on);
        }
    }

    /** Forgets what fine-tuning learned on the open model (back to the model's own weights). */
    public CompletableFuture<SessionState> resetFinetuning() {
        SegmentationSession ss = doc.readySession();
        return ss == null ? doc.notReady() : doc.report(ss.resetFinetuning(), "reset fine-tuning");
    }

    public CompletableFuture<SessionState> clearClicks() {
        SegmentationSession s = doc.readySession();
        return s == null ? doc.notReady() : doc.report(s.clearClicks(), "clear");
    }

    public CompletableFuture<SessionState> rename(int partId, String name) {
        SegmentationSession s = doc.readySession();
        return s == null ? doc.notReady() : doc.report(s.renamePart(partId, name), "rename");
    }

    public CompletableFuture<SessionState> delete(int partId) {
        SegmentationSession s = doc.readySession();
        if (s != null) {
            doc.overlay.forget(partId);
        }
        return s == null ? doc.notReady() : doc.report(s.deletePart(partId), "delete");
    }

    public CompletableFuture<SessionState> merge(int target, int... others) {
        SegmentationSession s = doc.readySession();
        return s == null ? doc.notReady() : doc.report(s.mergeParts(target, others), "merge");
    }

    public CompletableFuture<SessionState> undo() {
        SegmentationSession s = doc.readySession();
        return s == null ? doc.notReady() : doc.report(s.undo(), "undo");
    }

    public CompletableFuture<SessionState> redo() {
        SegmentationSession s = doc.readySession();
        return s == null ? doc.notReady() : doc.report(s.redo(), "redo");
    }

    public boolean canUndo() {
        SegmentationSession s = doc.session;
        return s != null && s.canUndo();
    }

    public boolean canRedo() {
        SegmentationSession s = doc.session;
        return s != null && s.canRedo();
    }

    /** The label of the step undo would undo, or "". */
    public String undoLabel() {
        SegmentationSession s = doc.session;
        List<String> l = s == null ? List.of() : s.undoLabels();
        return l.isEmpty() ? "" : l.get(l.size() - 1);
    }

    // ------------------------------------------------------------------ apply, save, export

    /** Writes the accepted parts into the scene graph (undoable). */
    public CompletableFuture<SessionState> apply() {
        return writer.apply();
    }

    /**
     * Applies the parts and saves the scene as j3o to {@code target} through the atomic save (the complete old
     * file or the complete new one, never half a file). A failure (read-only target, disk full) leaves the target
     * and the session untouched and is reported as an error message.
     */
    public CompletableFuture<Path> save(Path target) {
        return writer.save(target);
    }

    /** Applies the parts and exports {@code .glb}/{@code .gltf} with the part labels in node extras. */
    public CompletableFuture<Path> exportGltf(Path target) {
        return writer.exportGltf(target);
    }

    /** True when parts changed since the last save (or since opening). */
    public boolean dirty() {
        return doc.dirty();
    }

    // ------------------------------------------------------------------ internals

    /** A negative click or scribble that left the selection as it was (it landed outside it). */
    static boolean negativeChangedNothing(SessionState before, SessionState now, String step) {
        if (!step.equals("click") && !step.equals("scribble")
                || now.clicks().isEmpty()
                || now.clicks().get(now.clicks().size() - 1).positive()
                || before == null) {
            return false;
        }
        return java.util.Arrays.equals(before.triangleMask(), now.triangleMask());
    }

    /** Every change of the session: status line, overlay, published state. */
    private void stateChanged(SegmentationSession s, SessionState before, SessionState now, String step) {
        if (doc.session != s || now.phase() != SessionState.Phase.READY) {
            return;
        }
        doc.overlay.forgetMissing(now);
        if (!step.equals("open")) {
            String selected = Integer.toString(now.maskTriangles());
            String parts = Integer.toString(now.parts().size());
            doc.status = negativeChangedNothing(before, now, step)
                    ? Bundle.MSG_NegativeNoChange(
                            step.equals("scribble") ? Bundle.MSG_Scribble() : Bundle.MSG_NegativeClick(),
                            selected,
                            parts)
                    : Bundle.MSG_Step(Texts.capitalise(step), selected, parts);
        }
        long clickNanos = step.equals("click") || step.equals("scribble") ? doc.pendingClickNanos.getAndSet(0L) : 0L;
        doc.overlay.redraw(now, clickNanos);
        doc.publish();
    }
}
