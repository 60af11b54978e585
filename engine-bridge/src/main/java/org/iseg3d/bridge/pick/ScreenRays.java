package org.iseg3d.bridge.pick;

import com.jme3.math.Ray;
import com.jme3.math.Vector2f;
import com.jme3.math.Vector3f;
import com.jme3.renderer.Camera;

/** Rays through a pixel of a camera's view. Stateless; reads the camera (call where the camera is not changing). */
public final class ScreenRays {

    private ScreenRays() {}

    /**
     * The ray through screen position (x, y) in jME's convention (origin at the bottom-left, as
     * {@code inputManager.getCursorPosition()}): from the near plane ({@code cam.getWorldCoordinates(pos, 0)})
     * towards the far plane (depth 1), unit direction.
     */
    public static Ray fromScreen(Camera cam, float x, float y) {
        Vector2f pos = new Vector2f(x, y);
        Vector3f near = cam.getWorldCoordinates(pos, 0f);
        Vector3f far = cam.getWorldCoordinates(pos, 1f);
        return new Ray(near, far.subtractLocal(near).normalizeLocal());
    }

    /** As {@link #fromScreen} for AWT/Swing coordinates (origin at the top-left): y is flipped. */
    public static Ray fromAwt(Camera cam, float x, float yFromTop) {
        return fromScreen(cam, x, cam.getHeight() - yFromTop);
    }
}
