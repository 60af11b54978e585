package org.iseg3d.editor.ui;

import com.jme3.system.awt.AwtPanel;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.iseg3d.editor.control.GestureInterpreter;
import org.iseg3d.editor.control.SegmentationController;
import org.iseg3d.editor.view.SegmentationViewApp;

/**
 * The window's input mapping: mouse on the 3D canvas → clicks, scribbles (the stroke drawn while dragging),
 * orbit/pan/zoom and hover ({@link GestureInterpreter}); Enter / Esc / Ctrl+S / F1 (controls page) on the window,
 * and the same plus Ctrl+Z / Ctrl+Y on the canvas (it takes the keyboard focus). Handlers run on the EDT and only enqueue: picking rays are built on the render
 * thread.
 */
final class ViewInput {

    private final Supplier<SegmentationController> controller;
    private final JmeViewHost view;
    private final ControllerUndoRedo undoRedo;
    private final Runnable save;
    private final GestureInterpreter gestures = new GestureInterpreter();
    private final AtomicBoolean hoverPending = new AtomicBoolean();

    ViewInput(
            Supplier<SegmentationController> controller, JmeViewHost view, ControllerUndoRedo undoRedo, Runnable save) {
        this.controller = controller;
        this.view = view;
        this.undoRedo = undoRedo;
        this.save = save;
    }

    /**
     * Enter, Esc, Ctrl+S and Ctrl+Z / Ctrl+Y for a component (the window: from the side panel too; the bare platform
     * binds no key to Save, Undo or Redo).
     */
    void installKeys(JComponent c, int condition) {
        bind(
                c,
                condition,
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK),
                "iseg3d.undo",
                undoRedo::undo);
        bind(
                c,
                condition,
                KeyStroke.getKeyStroke(KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK),
                "iseg3d.redo",
                undoRedo::redo);
        bind(c, condition, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "iseg3d.accept", () -> controller
                .get()
                .accept(null));
        bind(c, condition, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "iseg3d.clear", () -> controller
                .get()
                .clearClicks());
        bind(c, condition, KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK), "iseg3d.save", save);
        bind(c, condition, KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), "iseg3d.controls", ControlsHelp::show);
    }

    private void bind(JComponent c, int condition, KeyStroke ks, String name, Runnable r) {
        c.getInputMap(condition).put(ks, name);
        c.getActionMap().put(name, new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (controller.get() != null || "iseg3d.controls".equals(name)) {
                    r.run();
                }
            }
        });
    }

    /** Mouse, wheel and keys on the 3D canvas. */
    void installOn(AwtPanel panel) {
        ViewMouse mouse = new ViewMouse(panel);
        panel.addMouseListener(mouse);
        panel.addMouseMotionListener(mouse);
        panel.addMouseWheelListener(mouse);
        panel.addKeyListener(new CanvasKeys());
    }

    /** The 3D canvas takes the keyboard focus (heavyweight): its keys are handled here, and consumed. */
    private final class CanvasKeys extends KeyAdapter {
        @Override
        public void keyPressed(KeyEvent e) {
            if (e.getKeyCode() == KeyEvent.VK_F1) {
                e.consume();
                ControlsHelp.show();
                return;
            }
            SegmentationController c = controller.get();
            if (c == null) {
                return;
            }
            boolean ctrl = (e.getModifiersEx() & InputEvent.CTRL_DOWN_MASK) != 0;
            switch (e.getKeyCode()) {
                case KeyEvent.VK_ENTER -> c.accept(null);
                case KeyEvent.VK_ESCAPE -> c.clearClicks();
                case KeyEvent.VK_Z -> {
                    if (!ctrl) {
                        return;
                    }
                    undoRedo.undo();
                }
                case KeyEvent.VK_Y -> {
                    if (!ctrl) {
                        return;
                    }
                    undoRedo.redo();
                }
                case KeyEvent.VK_S -> {
                    if (!ctrl) {
                        return;
                    }
                    save.run();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        }
    }

    private final class ViewMouse extends MouseAdapter {
        private final AwtPanel panel;

        ViewMouse(AwtPanel panel) {
            this.panel = panel;
        }

        @Override
        public void mousePressed(MouseEvent e) {
            panel.requestFocusInWindow();
            GestureInterpreter.Button b = SwingUtilities.isRightMouseButton(e)
                    ? GestureInterpreter.Button.RIGHT
                    : SwingUtilities.isMiddleMouseButton(e)
                            ? GestureInterpreter.Button.MIDDLE
                            : GestureInterpreter.Button.LEFT;
            gestures.press(b, e.getX(), e.getY(), e.isShiftDown(), e.isControlDown());
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            handle(gestures.drag(e.getX(), e.getY()), System.nanoTime());
            SegmentationViewApp app = view.app();
            if (gestures.scribbling() && app != null) {
                app.scribblePath(gestures.path()); // the stroke follows the mouse
            }
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            boolean wasScribbling = gestures.scribbling();
            handle(gestures.release(e.getX(), e.getY()), System.nanoTime());
            SegmentationViewApp app = view.app();
            if (wasScribbling && app != null) {
                app.scribblePath(List.of()); // its negative clicks are marked once segmented
            }
        }

        @Override
        public void mouseMoved(MouseEvent e) {
            SegmentationController c = controller.get();
            SegmentationViewApp app = view.app();
            if (c == null || app == null || !c.state().ready() || !hoverPending.compareAndSet(false, true)) {
                return;
            }
            int x = e.getX();
            int y = e.getY();
            app.enqueue(() -> {
                hoverPending.set(false);
                c.hover(c.partAt(app.rayAt(x, y)));
            });
        }

        @Override
        public void mouseExited(MouseEvent e) {
            SegmentationController c = controller.get();
            if (c != null) {
                c.hover(-1);
            }
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            SegmentationViewApp app = view.app();
            if (app != null) {
                app.zoom((float) e.getPreciseWheelRotation());
            }
        }
    }

    private void handle(GestureInterpreter.Gesture g, long nanos) {
        SegmentationController c = controller.get();
        SegmentationViewApp app = view.app();
        if (c == null || app == null) {
            return;
        }
        if (g instanceof GestureInterpreter.Click k) {
            Trace.line("mouse click x=" + k.x() + " y=" + k.y() + " positive=" + k.positive());
            app.enqueue(() -> c.click(app.rayAt(k.x(), k.y()), k.positive(), nanos));
        } else if (g instanceof GestureInterpreter.Orbit o) {
            app.orbit(o.dx(), o.dy());
        } else if (g instanceof GestureInterpreter.Pan p) {
            app.pan(p.dx(), p.dy());
        } else if (g instanceof GestureInterpreter.Scribble s) {
            app.enqueue(() -> c.scribble(app.raysAt(s.path())));
        }
    }
}
