package org.iseg3d.editor.control;

import java.util.List;
import java.util.function.Supplier;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.core.click.Click;
import org.iseg3d.core.cloud.PointCloud;

/**
 * Keeps the overlay colours of the view in step with the session: mask, accepted parts, and the highlighted part
 * (hovered, else selected in the list), and the markers of the current clicks. Colours are computed and handed to
 * the host on the scene executor.
 */
final class OverlayPainter {

    private final SceneHost host;
    private final Supplier<SegmentationSession> readySession;
    private volatile int selectedPart = -1;
    private volatile int hoverPart = -1;
    private volatile float[] colours;

    /** @param readySession the session when the model is ready for clicks, else null */
    OverlayPainter(SceneHost host, Supplier<SegmentationSession> readySession) {
        this.host = host;
        this.readySession = readySession;
    }

    int selectedPart() {
        return selectedPart;
    }

    /** Selects a part (-1: none) and redraws. */
    void select(int partId) {
        selectedPart = partId;
        redraw(0L);
    }

    /** Highlights a part under the mouse (-1: none); redraws only when it changes. */
    void hover(int partId) {
        if (partId != hoverPart) {
            hoverPart = partId;
            redraw(0L);
        }
    }

    /** Forgets the selection when it is this part (deleted) or a part that no longer exists. */
    void forget(int partId) {
        if (selectedPart == partId) {
            selectedPart = -1;
        }
    }

    void forgetMissing(SessionState now) {
        if (selectedPart >= 0 && now.part(selectedPart) == null) {
            selectedPart = -1;
        }
    }

    /** The first colours of a freshly prepared model (scene executor). */
    void first(SessionState st) {
        colours = OverlayColors.triangleColors(st, -1, null);
        host.updateOverlay(colours, 0L);
        host.showClicks(new float[0], new boolean[0]);
    }

    /** Nothing open. */
    void reset() {
        selectedPart = -1;
        hoverPart = -1;
        colours = null;
    }

    /** Redraws from the session's current state on the scene executor (when ready). */
    void redraw(long clickNanos) {
        SegmentationSession s = readySession.get();
        if (s != null) {
            host.sceneExecutor().execute(() -> redraw(s.state(), clickNanos));
        }
    }

    /** Scene executor. */
    void redraw(SessionState st, long clickNanos) {
        if (readySession.get() == null && colours == null) {
            return;
        }
        int highlight = hoverPart >= 0 ? hoverPart : selectedPart;
        colours = OverlayColors.triangleColors(st, highlight, colours);
        host.updateOverlay(colours, clickNanos);
        showClicks(st);
    }

    /** The click markers of a state: each click at the sampled point it was snapped to. */
    private void showClicks(SessionState st) {
        SegmentationSession s = readySession.get();
        PointCloud cloud =
                s == null ? null : s.scene().map(o -> o.shape().cloud()).orElse(null);
        if (cloud == null) {
            return;
        }
        List<Click> clicks = st.clicks();
        float[] xyz = new float[3 * clicks.size()];
        boolean[] positive = new boolean[clicks.size()];
        for (int i = 0; i < clicks.size(); i++) {
            Click c = clicks.get(i);
            if (c.point() < cloud.size()) {
                xyz[3 * i] = cloud.x(c.point());
                xyz[3 * i + 1] = cloud.y(c.point());
                xyz[3 * i + 2] = cloud.z(c.point());
            }
            positive[i] = c.positive();
        }
        host.showClicks(xyz, positive);
    }
}
