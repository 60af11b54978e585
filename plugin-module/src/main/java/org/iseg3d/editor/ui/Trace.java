package org.iseg3d.editor.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Machine-readable trace of the window for the desktop test: when the system property {@code iseg3d.editor.trace}
 * names a file, one line per event is appended (view bounds on screen, state changes, click costs). Otherwise a
 * no-op. Thread-safe.
 */
final class Trace {

    private static final Logger LOG = LogManager.getLogger(Trace.class);
    private static final String FILE = System.getProperty("iseg3d.editor.trace");

    private Trace() {}

    static boolean enabled() {
        return FILE != null && !FILE.isBlank();
    }

    static synchronized void line(String text) {
        if (FILE == null || FILE.isBlank()) {
            return;
        }
        try {
            Files.writeString(
                    Path.of(FILE),
                    text + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("cannot write the trace file {}: {}", FILE, e.getMessage());
        }
    }
}
