package org.iseg3d.bridge.load;

import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.List;

/**
 * A model loaded by {@link SceneLoader}.
 *
 * @param file     the file that was read
 * @param format   its format
 * @param root     the jME scene graph root (a Node or a single Geometry); geometric state already updated
 * @param warnings non-fatal problems met while loading (missing textures, .mtl, .material, material definitions),
 *                 one line each; also logged at warn level
 */
public record LoadedScene(Path file, ModelFormat format, Spatial root, List<String> warnings) {

    public LoadedScene {
        warnings = List.copyOf(warnings);
    }

    /** The file's name, the label used in messages. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
