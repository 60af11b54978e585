package org.iseg3d.bridge.session;

import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.iseg3d.bridge.pick.JmeRayCaster;
import org.iseg3d.bridge.pick.PickResult;
import org.iseg3d.bridge.pick.Picker;
import org.iseg3d.bridge.writeback.PreparedWriteBack;
import org.iseg3d.bridge.writeback.SceneWriteBack;
import org.iseg3d.core.click.ClickParams;
import org.iseg3d.core.embed.FineTunableEmbedder;
import org.iseg3d.core.finetune.FinetuneParams;
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
 * <p><b>Saved parts and overlap.</b> Opening a scene saved after a write-back reads its part labels back: the
 * first state lists those parts (names, ids, triangles) and the next part gets the largest id + 1, so editing goes
 * on across save and reopen (see {@link SavedParts}; the next {@link #apply()} rewrites only what changed). With
 * {@link PartOverlap#EXCLUDE} (the editor's rule) a new selection leaves accepted parts' triangles out and stealing
 * them is explicit and reported ({@link #acceptPart(String, PartOverlap)}); {@link SessionConfig}'s default,
 * {@link PartOverlap#STEAL}, keeps the earlier behaviour (a later part takes over what it selects), reported too.
 *
 * <p><b>Undo.</b> Each step keeps the immutable state before and after it (arrays shared when unchanged), so undo
 * and redo restore exact snapshots; apply steps also revert/re-apply the scene graph change.
 *
 * <p><b>Parts.</b> This class is the public face; the jobs are done by package-private classes: {@link CommandQueue}
 * (order, threads, publishing), {@link History} (undo/redo of {@link SessionStep}s), {@link SceneOpener} (the open
 * pipeline, then the {@link PreparedShape}), {@link SessionProposals}, {@link FinetuneCoordinator} (with
 * {@link OnlineFinetuning}'s thread), {@link ClickCommands}, {@link WriteBackStep} (apply) and {@link PartEdits}
 * (accept, rename, delete, merge).
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

    private final SessionConfig config;
    private final CommandQueue queue;
    private final FinetuneCoordinator finetune;
    private final SceneOpener opener;
    private final SessionProposals proposals;
    private final WriteBackStep writeBack;
    private final ClickCommands clicks;

    public SegmentationSession(SessionConfig config) {
        this.config = config;
        this.queue = new CommandQueue(config);
        this.finetune = new FinetuneCoordinator(config, queue);
        this.opener = new SceneOpener(config, queue, finetune);
        this.proposals = new SessionProposals(config, queue, opener);
        this.writeBack = new WriteBackStep(config);
        this.clicks = new ClickCommands(opener, finetune);
    }

    // ------------------------------------------------------------------ state and listeners

    /** The current state (any thread). */
    public SessionState state() {
        return queue.state();
    }

    public SessionConfig config() {
        return config;
    }

    /** What was opened, once {@link #open} completed. */
    public Optional<OpenedScene> scene() {
        PreparedShape s = opener.shape();
        return s == null ? Optional.empty() : Optional.of(s.scene);
    }

    /** The headless picker (soup ray casting; any thread), once open. */
    public Optional<Picker> picker() {
        PreparedShape s = opener.shape();
        return s == null ? Optional.empty() : Optional.of(s.picker);
    }

    /**
     * A picker that casts with jME's {@code collideWith} on the live Geometries: use it on the scene thread, then
     * pass the result to {@link #click(PickResult, boolean)}.
     */
    public Optional<Picker> jmePicker() {
        PreparedShape s = opener.shape();
        return s == null
                ? Optional.empty()
                : Optional.of(new Picker(
                        s.scene.soup(),
                        s.index,
                        new JmeRayCaster(s.scene.root(), s.scene.soup()),
                        s.picker.maxSnapDistance()));
    }

    /** The write-back currently shown in the scene, if any. */
    public Optional<PreparedWriteBack> appliedWriteBack() {
        return writeBack.applied();
    }

    public boolean canUndo() {
        return queue.history().canUndo();
    }

    public boolean canRedo() {
        return queue.history().canRedo();
    }

    public void addListener(SessionListener l) {
        queue.listeners().add(l);
    }

    public void removeListener(SessionListener l) {
        queue.listeners().remove(l);
    }

    /** Cancels the running command (if any) at its next check. */
    public void cancel() {
        queue.cancelRunning();
    }

    public void addFinetuneListener(FinetuneListener l) {
        finetune.addListener(l);
    }

    public void removeFinetuneListener(FinetuneListener l) {
        finetune.removeListener(l);
    }

    /** Whether online fine-tuning applies: the embedder can fine-tune (the model's support shows at the first round). */
    public boolean canFinetune() {
        return config.embedder() instanceof FineTunableEmbedder;
    }

    /** Whether negative clicks and scribbles start fine-tuning rounds (any thread). */
    public boolean finetuneEnabled() {
        return finetune.enabled();
    }

    /**
     * Switches online fine-tuning on or off for the following clicks (a setting, not an undoable step). Switching
     * off keeps the embedding learned so far; {@link #resetFinetuning()} returns to the model's own weights.
     */
    public void setFinetuneEnabled(boolean on) {
        finetune.setEnabled(on);
    }

    /** Whether a fine-tuning round is running or waiting (any thread). */
    public boolean finetuneBusy() {
        return finetune.busy();
    }

    /**
     * Forgets what fine-tuning learned on this asset: waiting rounds are dropped, the running one stops at its next
     * step, the model returns to its own weights and the current clicks are segmented again over the embedding of
     * the opened shape. Completes with the new state (the unchanged state when there is nothing to reset).
     */
    public CompletableFuture<SessionState> resetFinetuning() {
        return finetune.reset();
    }

    /** Cancels running work and stops the session's own worker thread; pending commands may not complete. */
    @Override
    public void close() {
        finetune.close();
        queue.cancelRunning();
        queue.shutdown();
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
        CompletableFuture<SessionState> opened = opener.open(file, root);
        proposals.queueAfterOpening();
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
        return proposals.ready();
    }

    /** A positive click on a proposal's representative point (as if the user clicked it). */
    public CompletableFuture<ClickOutcome> clickProposal(int id) {
        return queue.submit(SessionStep.CLICK, clicks.click(p -> SessionProposals.representative(p, id), true));
    }

    // ------------------------------------------------------------------ clicks

    /** Picks along a ray (e.g. {@code ScreenRays.fromScreen(cam, x, y)}) on the soup and adds a click there. */
    public CompletableFuture<ClickOutcome> click(Ray ray, boolean positive) {
        Ray copy = new Ray(ray.getOrigin().clone(), ray.getDirection().clone());
        copy.setLimit(ray.getLimit());
        return queue.submit(SessionStep.CLICK, clicks.click(p -> p.picker.pick(copy), positive));
    }

    /** Adds a click at the sampled point nearest a world position (off the model if too far from every sample). */
    public CompletableFuture<ClickOutcome> click(Vector3f world, boolean positive) {
        Vector3f at = world.clone();
        return queue.submit(SessionStep.CLICK, clicks.click(p -> p.picker.pickNear(at), positive));
    }

    /** Adds a click from a pick made elsewhere (e.g. {@link #jmePicker()} on the scene thread). */
    public CompletableFuture<ClickOutcome> click(PickResult pick, boolean positive) {
        return queue.submit(SessionStep.CLICK, clicks.click(p -> pick, positive));
    }

    /**
     * A scribble: every world position (e.g. the hits of a mouse drag) becomes a negative click on its nearest
     * sampled point, duplicates and positions off the model dropped, all in one undoable step.
     */
    public CompletableFuture<ClickOutcome> scribble(List<Vector3f> worldPoints) {
        List<Vector3f> pts = worldPoints.stream().map(Vector3f::clone).toList();
        return queue.submit(SessionStep.SCRIBBLE, clicks.scribble(pts));
    }

    /**
     * Changes α and the post-processing switches live: the current clicks are segmented again with them over the
     * same embedding (nothing is re-embedded). A setting, not an undoable step; later clicks use it too.
     */
    public CompletableFuture<SessionState> setClickParams(ClickParams params) {
        Objects.requireNonNull(params, "params");
        return queue.submit(SessionStep.CLICK_PARAMETERS, clicks.clickParams(params));
    }

    /** Removes all clicks of the current selection (one undoable step). */
    public CompletableFuture<SessionState> clearClicks() {
        return queue.submit(SessionStep.CLEAR_CLICKS, clicks.clear());
    }

    // ------------------------------------------------------------------ parts

    /**
     * Assigns the current selection's triangles (and points) to a new part and clears the clicks, under the session's
     * overlap rule ({@link #partOverlap()}).
     */
    public CompletableFuture<SessionState> acceptPart(String name) {
        return acceptPart(name, null).thenApply(AcceptOutcome::state);
    }

    /**
     * Accepts the current selection as a new part under an explicit overlap rule, e.g. {@link PartOverlap#STEAL}
     * behind a modifier key while the session excludes: the selection is then the clicks' own (accepted parts
     * included) and the outcome lists the triangles taken from each earlier part (one undoable step; undo gives them
     * back). With {@link PartOverlap#EXCLUDE} accepted parts' triangles are left out even if the session steals.
     *
     * @param overlap the rule for this accept; null = the session's ({@link #partOverlap()})
     */
    public CompletableFuture<AcceptOutcome> acceptPart(String name, PartOverlap overlap) {
        return queue.submit(SessionStep.ACCEPT_PART, (s, token) -> {
            PreparedShape p = opener.requireShape();
            PartOverlap rule = overlap != null ? overlap : p.overlap();
            SessionState selection = rule == p.overlap() ? s : p.segment(s, s.clicks(), rule);
            AcceptOutcome o = PartEdits.accept(selection, name, p.scene.soup().areas());
            return Outcome.done(o.state(), o);
        });
    }

    /** The overlap rule new selections follow now ({@link SessionConfig#partOverlap()} until changed). */
    public PartOverlap partOverlap() {
        PreparedShape p = opener.shape();
        return p == null ? config.partOverlap() : p.overlap();
    }

    /**
     * Switches the overlap rule live (a setting, not an undoable step; the scene must be open): the current clicks are
     * segmented again under it, so the shown selection includes or leaves out accepted parts from now on.
     */
    public CompletableFuture<SessionState> setPartOverlap(PartOverlap overlap) {
        Objects.requireNonNull(overlap, "overlap");
        return queue.submit(SessionStep.PART_OVERLAP, (s, token) -> {
            PreparedShape p = opener.requireShape();
            p.useOverlap(overlap);
            SessionState next = p.segment(s, s.clicks());
            return Outcome.done(next, next);
        });
    }

    public CompletableFuture<SessionState> renamePart(int id, String name) {
        return partEdit(SessionStep.RENAME_PART, s -> {
            opener.requireShape();
            return PartEdits.rename(s, id, name);
        });
    }

    /** Deletes a part: its triangles belong to no part again. */
    public CompletableFuture<SessionState> deletePart(int id) {
        return partEdit(SessionStep.DELETE_PART, s -> {
            opener.requireShape();
            return PartEdits.delete(s, id);
        });
    }

    /** Merges parts {@code others} into {@code target} (which keeps its id, name and colour). */
    public CompletableFuture<SessionState> mergeParts(int target, int... others) {
        int[] copy = others.clone();
        return partEdit(
                SessionStep.MERGE_PARTS,
                s -> PartEdits.merge(
                        s, target, copy, opener.requireShape().scene.soup().areas()));
    }

    private CompletableFuture<SessionState> partEdit(SessionStep step, UnaryOperator<SessionState> edit) {
        return queue.submit(step, (s, token) -> {
            SessionState next = edit.apply(s);
            return Outcome.done(next, next);
        });
    }

    // ------------------------------------------------------------------ write-back

    /**
     * Writes the accepted parts into the scene graph (see {@link SceneWriteBack} for the layout). Meshes are built
     * on the worker; the graph changes on the scene executor. Applying again replaces the earlier write-back. Undo
     * restores the scene exactly. In a scene opened with saved parts only what changed is rewritten (renamed, merged,
     * deleted or re-assigned parts; see {@link SceneWriteBack}), and applying with no part left removes their labels.
     */
    public CompletableFuture<SessionState> apply() {
        return queue.submit(SessionStep.APPLY, (s, token) -> writeBack.prepare(s, opener.requireShape(), token));
    }

    // ------------------------------------------------------------------ undo / redo

    /** Undoes the last step (no-op when there is none); completes with the restored state. */
    public CompletableFuture<SessionState> undo() {
        return queue.submit(SessionStep.UNDO, queue.history().undoCommand());
    }

    /** Redoes the last undone step (no-op when there is none); completes with the restored state. */
    public CompletableFuture<SessionState> redo() {
        return queue.submit(SessionStep.REDO, queue.history().redoCommand());
    }

    /** Labels of the steps that {@link #undo()} would undo, oldest first (a snapshot, any thread). */
    public List<String> undoLabels() {
        return queue.history().undoLabels();
    }
}
