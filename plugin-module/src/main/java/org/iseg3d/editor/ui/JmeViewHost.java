package org.iseg3d.editor.ui;

import com.jme3.system.AppSettings;
import com.jme3.system.awt.AwtPanel;
import com.jme3.system.awt.AwtPanelsContext;
import com.jme3.system.awt.PaintMode;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Point;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.iseg3d.editor.view.SegmentationViewApp;

/**
 * Hosts the jME view in the window: starts a {@link SegmentationViewApp} on an {@link AwtPanelsContext} (LWJGL 3),
 * puts its {@link AwtPanel} into the holder, and stops both when the window closes. EDT.
 */
final class JmeViewHost {

    private final JPanel holder;
    private SegmentationViewApp app;
    private AwtPanel panel;

    JmeViewHost(JPanel holder) {
        this.holder = holder;
    }

    /**
     * Starts the view.
     *
     * @param clickCost gets each click's cost from the render thread
     * @param input     installs the window's mouse and key listeners on the canvas (before jME's own)
     */
    void start(LongConsumer clickCost, Consumer<AwtPanel> input) {
        app = new SegmentationViewApp(clickCost);
        AppSettings s = new AppSettings(true);
        s.setCustomRenderer(AwtPanelsContext.class);
        s.setAudioRenderer(null);
        s.setFrameRate(60);
        s.setSamples(1);
        app.setSettings(s);
        app.setShowSettings(false);
        app.setPauseOnLostFocus(false);
        app.start();
        AwtPanelsContext ctx = (AwtPanelsContext) app.getContext();
        panel = ctx.createPanel(PaintMode.Accelerated);
        panel.setPreferredSize(new Dimension(800, 600));
        input.accept(panel);
        panel.setFocusable(true);
        ctx.setInputSource(panel);
        holder.add(panel, BorderLayout.CENTER);
        AwtPanel p = panel;
        SegmentationViewApp a = app;
        app.enqueue(() -> {
            p.attachTo(true, a.getViewPort(), a.getOverlayViewPort(), a.getGuiViewPort());
            a.installFrameTimer();
            SwingUtilities.invokeLater(this::traceViewBounds);
        });
    }

    /** The running view, or null. */
    SegmentationViewApp app() {
        return app;
    }

    /** The canvas (mouse and keys are installed on it), or null. */
    AwtPanel panel() {
        return panel;
    }

    /** The view's bounds on screen, for the desktop test's clicks. */
    void traceViewBounds() {
        if (panel != null && panel.isShowing()) {
            Point p = panel.getLocationOnScreen();
            Trace.line("view x=" + p.x + " y=" + p.y + " w=" + panel.getWidth() + " h=" + panel.getHeight());
        }
    }

    /** Removes the panel first (a stale panel would blank the reopened window), then stops jME. */
    void stop() {
        if (panel != null) {
            holder.remove(panel);
            panel = null;
        }
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
