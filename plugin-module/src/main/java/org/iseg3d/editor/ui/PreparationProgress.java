package org.iseg3d.editor.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.iseg3d.editor.control.SegmentationController;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.NbBundle.Messages;

/**
 * The progress bar while a model is prepared ("Preparing chair.j3o", with Cancel): created at the first stage,
 * finished at "ready" or when the state is no longer busy. Every stage is traced once. EDT.
 */
@Messages({
    "# {0} - file name",
    "LBL_Preparing=Preparing {0}",
    "LBL_AModel=model"
})
final class PreparationProgress {

    private final Supplier<SegmentationController> controller;
    private ProgressHandle handle;
    private int units;
    private String stage;

    PreparationProgress(Supplier<SegmentationController> controller) {
        this.controller = controller;
    }

    void progress(String newStage, double f) {
        if (!newStage.equals(stage)) {
            stage = newStage;
            Trace.line("progress " + newStage);
        }
        if ("ready".equals(newStage)) {
            finish();
            return;
        }
        if (handle == null) {
            SegmentationController c = controller.get();
            Path file = c == null ? null : c.file();
            handle = ProgressHandle.createHandle(Bundle.LBL_Preparing(file == null ? Bundle.LBL_AModel()
                    : file.getFileName()), () -> {
                        if (c != null) {
                            c.cancelOpen();
                        }
                        return true;
                    });
            handle.start(100);
            units = 0;
        }
        // stages may report out of order (the model process starts while the scene loads): never go back
        units = Math.max(units, (int) Math.round(100 * Math.max(0, Math.min(1, f))));
        handle.progress(newStage, units);
    }

    void finish() {
        if (handle != null) {
            handle.finish();
            handle = null;
        }
    }
}
