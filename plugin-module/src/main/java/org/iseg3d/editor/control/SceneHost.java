package org.iseg3d.editor.control;

import com.jme3.scene.Spatial;
import java.util.concurrent.Executor;
import org.iseg3d.bridge.load.TriangleSoup;

/**
 * The 3D side of the editor as the controller sees it. Every method except {@link #sceneExecutor()} is called on
 * the scene executor (jME's render thread in the window, the caller's thread in tests).
 */
public interface SceneHost {

    /** Where scene graph changes run: {@code app::enqueue} in the window. */
    Executor sceneExecutor();

    /** Shows a freshly loaded model (replacing any earlier one) and frames the camera on it. */
    void showModel(Spatial root);

    /** The model is ready for clicks: build the overlay over these triangles (all transparent). */
    void showOverlay(TriangleSoup soup);

    /**
     * New overlay colours, RGBA per soup triangle ({@link OverlayColors}).
     *
     * @param clickNanos {@code System.nanoTime()} of the mouse event that caused this change, or 0; the view
     *                   reports the time to the frame that shows it
     */
    void updateOverlay(float[] rgba, long clickNanos);

    /**
     * Marks where the clicks of the current selection landed (replacing the earlier marks).
     *
     * @param xyz      3 world coordinates per click (the sampled point each click was snapped to)
     * @param positive whether each click is positive (green) or negative (red)
     */
    default void showClicks(float[] xyz, boolean[] positive) {}

    /** Removes model and overlay. */
    void clear();
}
