package org.iseg3d.editor.control;

import com.jme3.math.FastMath;
import com.jme3.math.Vector3f;

/**
 * An orbit camera: a target point, yaw and pitch around it, a distance. Orbit (left drag), pan (middle drag) and
 * zoom (wheel) change these numbers; {@link #location()} and {@link #up()} give the pose. Pure math, no jME
 * {@code Camera}; not thread-safe (the view keeps one per window and touches it on one thread).
 */
public final class OrbitCamera {

    /** Radians of orbit per pixel of drag: 0.3° (a 300-pixel drag turns the model by 90°). */
    public static final float ORBIT_PER_PIXEL = 0.3f * FastMath.DEG_TO_RAD;
    /** Zoom factor per wheel notch (5 notches ≈ 3×). */
    public static final float ZOOM_PER_NOTCH = 1.25f;
    /** Margin around a framed model (its bounding sphere fills 1/1.05 of the narrower field of view). */
    private static final float FRAME_MARGIN = 1.05f;

    private static final float MAX_PITCH = FastMath.HALF_PI - 0.01f;

    private final Vector3f target = new Vector3f();
    private float yaw = FastMath.QUARTER_PI;
    private float pitch = 0.45f;
    private float distance = 5f;
    private float minDistance = 0.01f;

    /** Frames an axis-aligned box {minX, minY, minZ, maxX, maxY, maxZ}: target at its centre, all of it in view. */
    public void frame(float[] bounds, float fovYDegrees) {
        float radius =
                0.5f * new Vector3f(bounds[3] - bounds[0], bounds[4] - bounds[1], bounds[5] - bounds[2]).length();
        frameSphere(
                new Vector3f((bounds[0] + bounds[3]) / 2, (bounds[1] + bounds[4]) / 2, (bounds[2] + bounds[5]) / 2),
                radius,
                fovYDegrees,
                1f);
    }

    /**
     * Frames a sphere so that it just fits the narrower of the two fields of view (vertical {@code fovYDegrees},
     * horizontal from {@code aspect} = width / height), with a small margin; the zoom limit follows its size.
     */
    public void frameSphere(Vector3f centre, float radius, float fovYDegrees, float aspect) {
        target.set(centre);
        float r = Math.max(radius, 1e-3f);
        float halfY = 0.5f * fovYDegrees * FastMath.DEG_TO_RAD;
        float halfX = FastMath.atan(FastMath.tan(halfY) * Math.max(aspect, 1e-3f));
        distance = r / FastMath.sin(Math.min(halfX, halfY)) * FRAME_MARGIN;
        minDistance = r * 0.05f;
    }

    /** Turns around the target by a mouse drag of (dx, dy) pixels. */
    public void orbit(float dx, float dy) {
        yaw -= dx * ORBIT_PER_PIXEL;
        pitch = FastMath.clamp(pitch + dy * ORBIT_PER_PIXEL, -MAX_PITCH, MAX_PITCH);
    }

    /** Moves the target in the view plane by (dx, dy) pixels of a view {@code viewHeight} pixels high. */
    public void pan(float dx, float dy, int viewHeight, float fovYDegrees) {
        float worldPerPixel =
                2f * distance * FastMath.tan(0.5f * fovYDegrees * FastMath.DEG_TO_RAD) / Math.max(1, viewHeight);
        Vector3f dir = target.subtract(location()).normalizeLocal();
        Vector3f right = dir.cross(Vector3f.UNIT_Y).normalizeLocal();
        Vector3f up = right.cross(dir).normalizeLocal();
        target.addLocal(right.multLocal(-dx * worldPerPixel)).addLocal(up.multLocal(dy * worldPerPixel));
    }

    /** Zooms by wheel notches (positive = away). */
    public void zoom(float notches) {
        distance = Math.max(minDistance, distance * FastMath.pow(ZOOM_PER_NOTCH, notches));
    }

    public Vector3f target() {
        return target.clone();
    }

    public float distance() {
        return distance;
    }

    /** The camera position. */
    public Vector3f location() {
        float cp = FastMath.cos(pitch);
        return new Vector3f(
                target.x + distance * cp * FastMath.sin(yaw),
                target.y + distance * FastMath.sin(pitch),
                target.z + distance * cp * FastMath.cos(yaw));
    }

    public Vector3f up() {
        return Vector3f.UNIT_Y.clone();
    }
}
