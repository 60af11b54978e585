package org.iseg3d.editor.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.SwingUtilities;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.editor.control.EditorState;

/**
 * The window's measurements for the log and the desktop test's {@link Trace}: click cost (mouse event → first frame
 * with the mask on screen) with its running median, and every published state.
 */
final class EditorTelemetry {

    private static final Logger LOG = LogManager.getLogger(PartSegmentationTopComponent.class);

    private final List<Long> clickCostsMicros = new ArrayList<>(); // EDT

    /** From the render thread: one click's cost; logged and traced on the EDT. */
    void clickCost(long nanos) {
        long micros = nanos / 1000;
        SwingUtilities.invokeLater(() -> {
            clickCostsMicros.add(micros);
            List<Long> sorted = new ArrayList<>(clickCostsMicros);
            sorted.sort(null);
            double median = sorted.get(sorted.size() / 2) / 1000.0;
            LOG.info(
                    "click → mask on screen: {} ms (median {} ms over {} clicks)",
                    micros / 1000.0,
                    median,
                    sorted.size());
            Trace.line(String.format(
                    Locale.ROOT, "click-ms %.1f median=%.1f n=%d", micros / 1000.0, median, sorted.size()));
        });
    }

    /** EDT. */
    static void state(EditorState s) {
        Trace.line(String.format(
                Locale.ROOT,
                "state phase=%s clicks=%d mask=%d parts=%d dirty=%s applied=%s " + "method=%s status=%s",
                s.phase(),
                s.positiveClicks() + s.negativeClicks(),
                s.maskTriangles(),
                s.parts().size(),
                s.dirty(),
                s.applied(),
                s.method(),
                s.status()));
        if (s.status().startsWith("Saved ")) {
            Trace.line("saved");
        }
    }

    /**
     * EDT, for the desktop test: the window's title, whether its unsaved model is registered with the platform, and
     * where the side panel's buttons are on screen ({@code button TEXT x y w h}).
     */
    static void window(String title, boolean savableRegistered, java.awt.Container panel) {
        if (!Trace.enabled()) {
            return;
        }
        traceMenusAndDialogs();
        Trace.line("window title=" + title + " savable=" + savableRegistered);
        if (panel.isShowing()) {
            traceButtons(panel, "button ");
        }
    }

    private static void traceButtons(java.awt.Container c, String kind) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.AbstractButton b
                    && b.isShowing()
                    && b.getText() != null
                    && !b.getText().isBlank()) {
                java.awt.Point p = b.getLocationOnScreen();
                Trace.line(
                        kind + b.getText() + " x=" + p.x + " y=" + p.y + " w=" + b.getWidth() + " h=" + b.getHeight());
            } else if (k instanceof javax.swing.JList<?> list && list.isShowing()) {
                java.awt.Point p = list.getLocationOnScreen();
                Trace.line("list x=" + p.x + " y=" + p.y + " w=" + list.getWidth() + " h=" + list.getHeight());
            } else if (k instanceof java.awt.Container sub) {
                traceButtons(sub, kind);
            }
        }
    }

    private static boolean menusTraced;

    /**
     * Once: the main window's menus ({@code menu TEXT x y w h}), the items of every menu that opens
     * ({@code menuitem …}) and the buttons of every dialog that opens ({@code dialog TITLE}, {@code dialogbutton …}),
     * so the desktop test can click them with real mouse events.
     */
    private static void traceMenusAndDialogs() {
        if (menusTraced) {
            return;
        }
        java.awt.Frame main = org.openide.windows.WindowManager.getDefault().getMainWindow();
        if (!(main instanceof javax.swing.JFrame f) || f.getJMenuBar() == null || !f.isShowing()) {
            return;
        }
        menusTraced = true;
        for (java.awt.Component m : f.getJMenuBar().getComponents()) {
            if (m instanceof javax.swing.JMenu menu && menu.isShowing()) {
                java.awt.Point p = menu.getLocationOnScreen();
                Trace.line("menu " + menu.getText() + " x=" + p.x + " y=" + p.y + " w=" + menu.getWidth() + " h="
                        + menu.getHeight());
            }
        }
        javax.swing.MenuSelectionManager.defaultManager()
                .addChangeListener(e -> SwingUtilities.invokeLater(() -> {
                    for (javax.swing.MenuElement el :
                            javax.swing.MenuSelectionManager.defaultManager().getSelectedPath()) {
                        if (el instanceof javax.swing.JPopupMenu popup && popup.isShowing()) {
                            traceButtons(popup, "menuitem ");
                        }
                    }
                }));
        java.awt.Toolkit.getDefaultToolkit()
                .addAWTEventListener(
                        e -> {
                            if (e.getID() == java.awt.event.WindowEvent.WINDOW_OPENED
                                    && e.getSource() instanceof java.awt.Dialog d) {
                                SwingUtilities.invokeLater(() -> {
                                    Trace.line("dialog " + d.getTitle());
                                    traceButtons(d, "dialogbutton ");
                                });
                            }
                        },
                        java.awt.AWTEvent.WINDOW_EVENT_MASK);
    }
}
