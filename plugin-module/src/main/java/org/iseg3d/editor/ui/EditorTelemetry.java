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

    private final List<Long> clickCostsMicros = new ArrayList<>();   // EDT

    /** From the render thread: one click's cost; logged and traced on the EDT. */
    void clickCost(long nanos) {
        long micros = nanos / 1000;
        SwingUtilities.invokeLater(() -> {
            clickCostsMicros.add(micros);
            List<Long> sorted = new ArrayList<>(clickCostsMicros);
            sorted.sort(null);
            double median = sorted.get(sorted.size() / 2) / 1000.0;
            LOG.info("click → mask on screen: {} ms (median {} ms over {} clicks)", micros / 1000.0, median,
                    sorted.size());
            Trace.line(String.format(Locale.ROOT, "click-ms %.1f median=%.1f n=%d", micros / 1000.0, median,
                    sorted.size()));
        });
    }

    /** EDT. */
    static void state(EditorState s) {
        Trace.line(String.format(Locale.ROOT, "state phase=%s clicks=%d mask=%d parts=%d dirty=%s applied=%s "
                + "method=%s status=%s", s.phase(), s.positiveClicks() + s.negativeClicks(), s.maskTriangles(),
                s.parts().size(), s.dirty(), s.applied(), s.method(), s.status()));
        if (s.status().startsWith("Saved ")) {
            Trace.line("saved");
        }
    }
}
