package org.iseg3d.editor.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.iseg3d.editor.control.EditorSettings;
import org.openide.util.NbPreferences;

/** The editor's settings and recent files in NbPreferences (Tools &gt; Options &gt; iSeg3D). */
final class EditorPreferences {

    static final int RECENT_MAX = 8;
    private static final String METHOD = "method";
    private static final String MODEL_FOLDER = "modelFolder";
    private static final String ALPHA = "alpha";
    private static final String OUTLIER_REMOVAL = "outlierRemoval";
    private static final String SMOOTHING = "smoothing";
    private static final String POINTS = "points";
    private static final String GPU = "gpu";
    private static final String MODEL_PROCESS = "modelProcess";
    private static final String RECENT = "recent.";

    private EditorPreferences() {}

    private static Preferences node() {
        return NbPreferences.forModule(EditorPreferences.class);
    }

    static EditorSettings load() {
        return load(node());
    }

    /** The settings stored in {@code p}; missing or invalid values fall back to {@link EditorSettings#DEFAULTS}. */
    static EditorSettings load(Preferences p) {
        EditorSettings d = EditorSettings.DEFAULTS;
        String method = p.get(METHOD, d.method());
        if (!EditorSettings.LEARNED.equals(method) && !EditorSettings.FPFH.equals(method)) {
            method = d.method();
        }
        String folder = p.get(MODEL_FOLDER, "");
        float alpha = p.getFloat(ALPHA, d.alpha());
        if (!(alpha > 0f && alpha < 1f)) {
            alpha = d.alpha();
        }
        int points = p.getInt(POINTS, d.points());
        if (points < 64) {
            points = d.points();
        }
        return new EditorSettings(
                method,
                folder.isBlank() ? null : Path.of(folder),
                alpha,
                p.getBoolean(OUTLIER_REMOVAL, d.outlierRemoval()),
                p.getBoolean(SMOOTHING, d.smoothing()),
                points,
                p.getBoolean(GPU, d.gpu()),
                p.getBoolean(MODEL_PROCESS, d.modelProcess()));
    }

    static void store(EditorSettings s) {
        store(s, node());
    }

    static void store(EditorSettings s, Preferences p) {
        p.put(METHOD, s.method());
        p.put(MODEL_FOLDER, s.modelFolder() == null ? "" : s.modelFolder().toString());
        p.putFloat(ALPHA, s.alpha());
        p.putBoolean(OUTLIER_REMOVAL, s.outlierRemoval());
        p.putBoolean(SMOOTHING, s.smoothing());
        p.putInt(POINTS, s.points());
        p.putBoolean(GPU, s.gpu());
        p.putBoolean(MODEL_PROCESS, s.modelProcess());
    }

    static List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String f = node().get(RECENT + i, "");
            if (!f.isBlank()) {
                out.add(Path.of(f));
            }
        }
        return out;
    }

    static void addRecent(Path file) {
        List<Path> r = new ArrayList<>(recent());
        Path f = file.toAbsolutePath().normalize();
        r.remove(f);
        r.add(0, f);
        storeRecent(r);
    }

    /** Forgets a file that could not be opened. */
    static void removeRecent(Path file) {
        List<Path> r = new ArrayList<>(recent());
        if (r.remove(file.toAbsolutePath().normalize())) {
            storeRecent(r);
        }
    }

    private static void storeRecent(List<Path> r) {
        Preferences p = node();
        for (int i = 0; i < RECENT_MAX; i++) {
            p.put(RECENT + i, i < r.size() ? r.get(i).toString() : "");
        }
    }
}
