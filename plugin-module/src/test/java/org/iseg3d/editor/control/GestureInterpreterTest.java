package org.iseg3d.editor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.iseg3d.editor.control.GestureInterpreter.Button;
import org.junit.jupiter.api.Test;

class GestureInterpreterTest {

    private final GestureInterpreter g = new GestureInterpreter();

    @Test
    void leftClickIsPositiveRightAndCtrlLeftAreNegative() {
        g.press(Button.LEFT, 10, 10, false, false);
        assertEquals(new GestureInterpreter.Click(10, 10, true), g.release(11, 10));
        g.press(Button.RIGHT, 5, 6, false, false);
        assertEquals(new GestureInterpreter.Click(5, 6, false), g.release(5, 6));
        g.press(Button.LEFT, 5, 6, false, true);
        assertEquals(new GestureInterpreter.Click(5, 6, false), g.release(5, 6));
    }

    @Test
    void dragsOrbitOrPanAndShiftDragScribbles() {
        g.press(Button.LEFT, 0, 0, false, false);
        assertEquals(new GestureInterpreter.Orbit(20, 0), g.drag(20, 0));
        assertInstanceOf(GestureInterpreter.None.class, g.release(20, 0));
        g.press(Button.MIDDLE, 0, 0, false, false);
        assertEquals(new GestureInterpreter.Pan(0, 9), g.drag(0, 9));
        g.release(0, 9);
        g.press(Button.LEFT, 0, 0, true, false);
        g.drag(10, 0);
        g.drag(20, 0);
        GestureInterpreter.Scribble s = (GestureInterpreter.Scribble) g.release(30, 0);
        assertEquals(4, s.path().size());
    }

    @Test
    void orbitCameraFramesAndZooms() {
        OrbitCamera c = new OrbitCamera();
        c.frame(new float[] {-1, -1, -1, 1, 1, 1}, 45f);
        float d = c.distance();
        assertEquals(0f, c.target().length(), 1e-6f);
        assertEquals(d, c.location().length(), 1e-4f);
        c.zoom(1);
        assertEquals(d * OrbitCamera.ZOOM_PER_NOTCH, c.distance(), 1e-4f);
    }
}
