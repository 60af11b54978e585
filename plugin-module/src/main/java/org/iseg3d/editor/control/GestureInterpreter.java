package org.iseg3d.editor.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw mouse events (press, drag, release, with button and modifiers) into editor gestures:
 * <ul>
 *   <li>left click = positive click; right click or Ctrl+left click = negative click;</li>
 *   <li>Shift+left drag = scribble (negative), the dragged positions in order;</li>
 *   <li>left drag = orbit, middle drag (or right drag) = pan; the wheel zooms (handled by the view).</li>
 * </ul>
 * A press and release closer than {@link #CLICK_SLOP} pixels is a click; further is a drag. Plain class, one per
 * view, used on the UI thread only.
 */
public final class GestureInterpreter {

    /** Pixels a press may move and still be a click. */
    public static final int CLICK_SLOP = 4;

    public enum Button {
        LEFT,
        MIDDLE,
        RIGHT
    }

    /** What the view should do. */
    public sealed interface Gesture {}

    /** A click at (x, y) (AWT coordinates, y down). */
    public record Click(int x, int y, boolean positive) implements Gesture {}

    /** Rotate the camera by this many pixels. */
    public record Orbit(int dx, int dy) implements Gesture {}

    /** Move the camera target by this many pixels. */
    public record Pan(int dx, int dy) implements Gesture {}

    /** A finished scribble: the positions of the drag (AWT coordinates). */
    public record Scribble(List<int[]> path) implements Gesture {
        public Scribble {
            path = List.copyOf(path);
        }
    }

    /** Nothing to do (yet). */
    public record None() implements Gesture {}

    private static final None NONE = new None();

    private Button button;
    private boolean ctrl;
    private boolean scribbling;
    private int pressX;
    private int pressY;
    private int lastX;
    private int lastY;
    private boolean dragged;
    private final List<int[]> path = new ArrayList<>();

    public Gesture press(Button b, int x, int y, boolean shift, boolean ctrlDown) {
        button = b;
        ctrl = ctrlDown;
        scribbling = shift && b == Button.LEFT;
        pressX = lastX = x;
        pressY = lastY = y;
        dragged = false;
        path.clear();
        if (scribbling) {
            path.add(new int[] {x, y});
        }
        return NONE;
    }

    public Gesture drag(int x, int y) {
        if (button == null) {
            return NONE;
        }
        if (!dragged && Math.abs(x - pressX) + Math.abs(y - pressY) <= CLICK_SLOP) {
            return NONE;
        }
        dragged = true;
        int dx = x - lastX;
        int dy = y - lastY;
        lastX = x;
        lastY = y;
        if (scribbling) {
            path.add(new int[] {x, y});
            return NONE;
        }
        return button == Button.LEFT && !ctrl ? new Orbit(dx, dy) : new Pan(dx, dy);
    }

    public Gesture release(int x, int y) {
        Button b = button;
        button = null;
        if (b == null) {
            return NONE;
        }
        if (scribbling && dragged) {
            path.add(new int[] {x, y});
            return new Scribble(path);
        }
        if (dragged) {
            return NONE;
        }
        return switch (b) {
            case LEFT -> new Click(pressX, pressY, !ctrl);
            case RIGHT -> new Click(pressX, pressY, false);
            case MIDDLE -> NONE;
        };
    }

    /** The positions of the scribble under way so far (AWT coordinates), a copy. */
    public List<int[]> path() {
        return List.copyOf(path);
    }

    /** True while a scribble drag is under way (the view may draw the stroke). */
    public boolean scribbling() {
        return button != null && scribbling;
    }
}
