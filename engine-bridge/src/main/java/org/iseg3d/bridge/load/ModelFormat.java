package org.iseg3d.bridge.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The model file formats {@link SceneLoader} reads, recognised by file name extension (case-insensitive). */
public enum ModelFormat {
    /** jMonkeyEngine binary scene. */
    J3O(".j3o", "jME binary (.j3o)"),
    /** glTF 2.0 binary container. */
    GLB(".glb", "glTF binary"),
    /** glTF 2.0 JSON with external or data-URI buffers. */
    GLTF(".gltf", "glTF JSON"),
    /** Wavefront OBJ (materials from the optional .mtl). */
    OBJ(".obj", "Wavefront OBJ"),
    /** Ogre3D XML mesh (materials from the optional .material). */
    OGRE_MESH_XML(".mesh.xml", "Ogre mesh.xml");

    private final String extension;
    private final String description;

    ModelFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The file name suffix including the dot, lower case, e.g. {@code .mesh.xml}. */
    public String extension() {
        return extension;
    }

    /** Human-readable format name used in error messages. */
    public String description() {
        return description;
    }

    /** The format of {@code file} judged by its name, or empty for an unsupported extension. */
    public static Optional<ModelFormat> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : ofName(name.toString());
    }

    /** The format of a file name, or empty for an unsupported extension. */
    public static Optional<ModelFormat> ofName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ModelFormat f : values()) {
            if (lower.endsWith(f.extension) && lower.length() > f.extension.length()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Comma-separated list of supported extensions, for messages. */
    public static String supportedList() {
        StringBuilder sb = new StringBuilder();
        for (ModelFormat f : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f.extension);
        }
        return sb.toString();
    }
}
