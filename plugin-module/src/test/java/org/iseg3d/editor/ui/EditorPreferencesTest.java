package org.iseg3d.editor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import org.iseg3d.editor.control.EditorSettings;
import org.junit.jupiter.api.Test;

/** Load/store of the Options settings (headless, in-memory Preferences) and the Options panel's field round trip. */
class EditorPreferencesTest {

    @Test
    void emptyPreferencesGiveTheDefaults() {
        assertEquals(EditorSettings.DEFAULTS, EditorPreferences.load(new MemoryPreferences()));
    }

    @Test
    void storeThenLoadRoundTrips() {
        Preferences p = new MemoryPreferences();
        EditorSettings s =
                new EditorSettings(EditorSettings.LEARNED, Path.of("/models/run1"), 0.5f, false, true, 2048, true);
        EditorPreferences.store(s, p);
        assertEquals(s, EditorPreferences.load(p));
        EditorPreferences.store(EditorSettings.DEFAULTS, p); // an empty folder is stored as "" and read as null
        assertEquals(EditorSettings.DEFAULTS, EditorPreferences.load(p));
    }

    @Test
    void theModelProcessSwitchIsOnByDefaultAndRoundTrips() {
        assertEquals(EditorSettings.LEARNED, EditorSettings.DEFAULTS.method());
        assertEquals(true, EditorSettings.DEFAULTS.modelProcess());
        Preferences p = new MemoryPreferences();
        EditorSettings off = EditorSettings.DEFAULTS.withModelProcess(false);
        EditorPreferences.store(off, p);
        assertEquals(off, EditorPreferences.load(p));
        IsegOptionsPanel panel = new IsegOptionsPanel(null);
        panel.show(off);
        assertEquals(false, panel.modelProcess.isSelected());
        panel.modelProcess.doClick();
        assertEquals(EditorSettings.DEFAULTS, panel.read());
    }

    @Test
    void invalidStoredValuesFallBackToTheDefaults() {
        Preferences p = new MemoryPreferences();
        p.put("method", "magic");
        p.putFloat("alpha", 3f);
        p.putInt("points", 5);
        p.put("modelFolder", "   ");
        EditorSettings s = EditorPreferences.load(p);
        assertEquals(EditorSettings.DEFAULTS.method(), s.method());
        assertEquals(EditorSettings.DEFAULTS.alpha(), s.alpha());
        assertEquals(EditorSettings.DEFAULTS.points(), s.points());
        assertNull(s.modelFolder());
    }

    @Test
    void optionsPanelShowsAndReadsTheSettings() {
        int[] changes = {0};
        IsegOptionsPanel panel = new IsegOptionsPanel(() -> changes[0]++);
        EditorSettings s =
                new EditorSettings(EditorSettings.LEARNED, Path.of("/models/run1"), 0.42f, true, false, 8192, false);
        panel.show(s);
        assertEquals(s, panel.read());
        panel.show(EditorSettings.DEFAULTS);
        assertEquals(EditorSettings.DEFAULTS, panel.read());
        int before = changes[0];
        panel.smoothing.doClick();
        assertEquals(EditorSettings.DEFAULTS.withSmoothing(false), panel.read());
        assertEquals(before + 1, changes[0], "a change is reported to the controller");
    }

    /** A Preferences node in memory, so the test never touches the user's preferences. */
    static final class MemoryPreferences extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();

        MemoryPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(new String[0]);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void syncSpi() {}

        @Override
        protected void flushSpi() {}
    }
}
