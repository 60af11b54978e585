package org.iseg3d.editor.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.iseg3d.editor.control.SegmentationController;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.NbBundle.Messages;

/**
 * The progress bar while a model is prepared ("Preparing chair.j3o", with Cancel): created at the first stage,
 * finished at "ready" or when the state is no longer busy. Only while the window's state is busy (loading or
 * embedding): a stage reported after the model is ready (or by a later write-back) starts no bar, so the bar and
 * the status line never disagree; while busy the status line shows the stage and its percentage. Every stage is
 * traced once. EDT.
 */
@Messages({
    "# {0} - file name",
    "LBL_Preparing=Preparing {0}",
    "LBL_AModel=model",
    "# {0} - Preparing chair.glb",
    "# {1} - stage, e.g. embedding",
    "# {2} - percent",
    "LBL_PreparingStage={0}: {1}… {2} %"
})
final class PreparationProgress {

    private final Supplier<SegmentationController> controller;
    private final Consumer<String> status;
    private ProgressHandle handle;
    private int units;
    private String stage;

    /** @param status shows the stage in the window's status line */
    PreparationProgress(Supplier<SegmentationController> controller, Consumer<String> status) {
        this.controller = controller;
        this.status = status;
    }

    void progress(String newStage, double f) {
        if (!newStage.equals(stage)) {
            stage = newStage;
            Trace.line("progress " + newStage);
        }
        SegmentationController now = controller.get();
        if ("ready".equals(newStage) || now == null || !now.state().busy()) {
            finish();
            return;
        }
        if (handle == null) {
            SegmentationController c = controller.get();
            Path file = c == null ? null : c.file();
            handle = ProgressHandle.createHandle(
                    Bundle.LBL_Preparing(file == null ? Bundle.LBL_AModel() : file.getFileName()), () -> {
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
        Path file = now.file();
        status.accept(Bundle.LBL_PreparingStage(
                Bundle.LBL_Preparing(file == null ? Bundle.LBL_AModel() : file.getFileName()),
                newStage,
                Integer.toString(units)));
    }

    void finish() {
        if (handle != null) {
            handle.finish();
            handle = null;
        }
    }
}
