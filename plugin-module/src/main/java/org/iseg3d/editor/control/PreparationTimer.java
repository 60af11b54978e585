package org.iseg3d.editor.control;

import java.util.Locale;
import org.iseg3d.bridge.session.ProgressListener;

/**
 * Forwards a preparation's progress and measures its embedding stage (from "embedding" to the next stage), for the
 * "Ready" line. Called on the session's worker; read once the preparation is done.
 */
final class PreparationTimer implements ProgressListener {

    private final ProgressListener next;
    private volatile long embeddingStart;
    private volatile long embeddingEnd;

    PreparationTimer(ProgressListener next) {
        this.next = next;
    }

    @Override
    public void progress(String stage, double fraction) {
        long now = System.nanoTime();
        if ("embedding".equals(stage)) {
            if (embeddingStart == 0L) {
                embeddingStart = now;
            }
        } else if (embeddingStart != 0L && embeddingEnd == 0L) {
            embeddingEnd = now;
        }
        next.progress(stage, fraction);
    }

    /** Seconds of the embedding stage, e.g. "8.4" ("0.0" when there was none). */
    String embeddingSeconds() {
        long start = embeddingStart;
        long end = embeddingEnd != 0L ? embeddingEnd : System.nanoTime();
        return String.format(Locale.ROOT, "%.1f", start == 0L ? 0.0 : (end - start) / 1e9);
    }
}
