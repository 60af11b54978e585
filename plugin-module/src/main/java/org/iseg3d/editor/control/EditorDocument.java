package org.iseg3d.editor.control;

import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.core.click.Click;
import org.iseg3d.editor.control.SegmentationController.Message;
import org.openide.util.NbBundle.Messages;

/**
 * The model open in the window as the controller's parts share it: file, scene root, session, phase, status line,
 * the state last saved and applied, and the published {@link EditorState}. Fields are volatile (read from any
 * thread); {@link #publish()} snapshots them for the listeners.
 */
@Messages({
    "MSG_OpenFirst=Open a model first (Open Model…).",
    "MSG_StillPreparing=Please wait: the model is still being prepared; clicks work when the progress bar finishes."
})
final class EditorDocument {

    private static final Logger LOG = LogManager.getLogger(SegmentationController.class);

    final SceneHost host;
    final ControllerEvents events;
    final OverlayPainter overlay;

    volatile EditorSettings settings;
    volatile SegmentationSession session;
    /**
     * Online fine-tuning (eq. 9-10) of the learned model after negative clicks; the panel's toggle, off by default
     * (it lowered center mIoU@10 of the shipped model on our benchmark: README, ablation).
     */
    volatile boolean finetune = false;

    volatile Spatial root;
    volatile Path file;
    volatile String method = "";
    volatile EditorState.Phase phase = EditorState.Phase.NONE;
    volatile String status = EditorState.NONE.status();
    volatile SessionState saved;
    volatile SessionState appliedAt;
    volatile CompletableFuture<?> opening;
    final AtomicLong pendingClickNanos = new AtomicLong();
    private volatile EditorState last = EditorState.NONE;

    EditorDocument(SceneHost host, ControllerEvents events, EditorSettings settings) {
        this.host = host;
        this.events = events;
        this.settings = settings;
        this.overlay = new OverlayPainter(host, () -> phase == EditorState.Phase.READY ? session : null);
    }

    EditorState last() {
        return last;
    }

    /** Snapshots the state and sends it to the state listeners. */
    EditorState publish() {
        SegmentationSession s = session;
        SessionState st = s == null ? SessionState.EMPTY : s.state();
        int pos = 0;
        for (Click c : st.clicks()) {
            pos += c.positive() ? 1 : 0;
        }
        EditorState e = new EditorState(
                phase,
                file,
                method,
                status,
                st.parts(),
                pos,
                st.clicks().size() - pos,
                st.maskTriangles(),
                st.triangleMask().length,
                dirty(),
                s != null && s.canUndo(),
                s != null && s.canRedo(),
                st.applied(),
                overlay.selectedPart());
        last = e;
        events.state(e);
        return e;
    }

    /** A new status line, published. */
    void status(String text) {
        status = text;
        publish();
    }

    /** True when parts changed since the last save (or since opening). */
    boolean dirty() {
        SegmentationSession s = session;
        SessionState base = saved;
        if (s == null || base == null) {
            return false;
        }
        SessionState now = s.state();
        return !now.parts().equals(base.parts())
                || now.partOfTriangle() != base.partOfTriangle()
                        && !Arrays.equals(now.partOfTriangle(), base.partOfTriangle());
    }

    /** The session when clicks work, else null with a message saying why. */
    SegmentationSession readySession() {
        SegmentationSession s = session;
        if (s == null || phase != EditorState.Phase.READY) {
            String why =
                    switch (phase) {
                        case NONE, FAILED -> Bundle.MSG_OpenFirst();
                        case LOADING, EMBEDDING -> Bundle.MSG_StillPreparing();
                        case READY -> "";
                    };
            status(why);
            events.message(Message.Severity.INFO, why, null);
            return null;
        }
        return s;
    }

    /** A refused command becomes the status line and a warning (a cancellation is quiet). */
    <T> CompletableFuture<T> report(CompletableFuture<T> f, String what) {
        return f.whenComplete((x, e) -> {
            if (e != null) {
                Throwable c = Texts.unwrap(e);
                if (c instanceof CancellationException) {
                    return;
                }
                LOG.info("{} refused: {}", what, Texts.text(c));
                status(Texts.capitalise(Texts.text(c)) + ".");
                events.message(Message.Severity.WARNING, status, null);
            }
        });
    }

    <T> CompletableFuture<T> notReady() {
        return CompletableFuture.failedFuture(new IllegalStateException(status));
    }
}
