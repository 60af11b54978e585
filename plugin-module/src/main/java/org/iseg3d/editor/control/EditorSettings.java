package org.iseg3d.editor.control;

import java.nio.file.Path;
import org.iseg3d.core.click.ClickParams;

/**
 * The editor's settings (Tools &gt; Options, stored with NbPreferences by the UI layer): method, model folder, the
 * click parameters and the number of sampled points.
 *
 * @param method         {@code learned} or {@code fpfh}
 * @param modelFolder    a learned-model folder, or null for the model shipped with tf-model
 * @param alpha          α of eq. 8
 * @param outlierRemoval Outlier Removal on/off
 * @param smoothing      Segment Smoothing on/off
 * @param points         points sampled on the surface
 * @param gpu            prefer the GPU (only with a GPU build of TensorFlow; otherwise ignored)
 * @param modelProcess   run the learned model in a separate process (a child JVM): TensorFlow's native library is
 *                       then never loaded into the editor, next to the GL driver (see plugin-module/README.md)
 */
public record EditorSettings(
        String method,
        Path modelFolder,
        float alpha,
        boolean outlierRemoval,
        boolean smoothing,
        int points,
        boolean gpu,
        boolean modelProcess) {

    public static final String LEARNED = "learned";
    public static final String FPFH = "fpfh";
    public static final int DEFAULT_POINTS = 4096;

    /** The shipped learned model in a model process; the paper's α and post-processing. */
    public static final EditorSettings DEFAULTS =
            new EditorSettings(LEARNED, null, ClickParams.DEFAULT_ALPHA, true, true, DEFAULT_POINTS, false, true);

    public EditorSettings {
        if (!LEARNED.equals(method) && !FPFH.equals(method)) {
            throw new IllegalArgumentException("method must be learned or fpfh, got " + method);
        }
        if (!(alpha > 0f && alpha < 1f)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (points < 64) {
            throw new IllegalArgumentException("points must be >= 64, got " + points);
        }
    }

    /** The settings with the model in a separate process (the default). */
    public EditorSettings(
            String method,
            Path modelFolder,
            float alpha,
            boolean outlierRemoval,
            boolean smoothing,
            int points,
            boolean gpu) {
        this(method, modelFolder, alpha, outlierRemoval, smoothing, points, gpu, true);
    }

    public ClickParams clickParams() {
        ClickParams d = ClickParams.DEFAULTS;
        return new ClickParams(alpha, outlierRemoval, d.nNeighbor(), smoothing, d.nIter(), d.nSmooth(), d.gamma());
    }

    public EditorSettings withMethod(String m) {
        return new EditorSettings(m, modelFolder, alpha, outlierRemoval, smoothing, points, gpu, modelProcess);
    }

    public EditorSettings withAlpha(float a) {
        return new EditorSettings(method, modelFolder, a, outlierRemoval, smoothing, points, gpu, modelProcess);
    }

    public EditorSettings withOutlierRemoval(boolean on) {
        return new EditorSettings(method, modelFolder, alpha, on, smoothing, points, gpu, modelProcess);
    }

    public EditorSettings withSmoothing(boolean on) {
        return new EditorSettings(method, modelFolder, alpha, outlierRemoval, on, points, gpu, modelProcess);
    }

    public EditorSettings withModelProcess(boolean on) {
        return new EditorSettings(method, modelFolder, alpha, outlierRemoval, smoothing, points, gpu, on);
    }

    public EditorSettings withModelFolder(Path folder) {
        return new EditorSettings(method, folder, alpha, outlierRemoval, smoothing, points, gpu, modelProcess);
    }
}
