package org.iseg3d.editor.ui;

import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.openide.windows.OnShowing;

/**
 * Opens the model named by the system property {@code iseg3d.open} (set by {@code ./iseg3d editor MODEL}) in the
 * Part Segmentation window once the main window shows.
 */
@OnShowing
public final class StartupOpener implements Runnable {

    private static final Logger LOG = LogManager.getLogger(StartupOpener.class);

    @Override
    public void run() {
        String f = System.getProperty("iseg3d.open");
        if (f != null && !f.isBlank()) {
            LOG.info("opening {} at start-up", f);
            PartSegmentationTopComponent.openModel(Path.of(f));
        }
    }
}
