package org.iseg3d.bridge.load;

/**
 * A model file could not be turned into triangles: unknown extension, missing or unreadable file, truncated or
 * corrupt data, a non-finite vertex, an index out of range, no triangle with area, or a bad {@code .parts.json}.
 *
 * <p>The message is always a single line that starts with the offending file's name, e.g.
 * {@code chair.glb: not a valid glTF binary (truncated at byte 1234)}, suitable for showing to a user as is.
 * The underlying jME exception, if any, is attached as the cause (and logged at debug level by the loader).
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message) {
        super(oneLine(message));
    }

    public ModelLoadException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return flat.length() > 400 ? flat.substring(0, 397) + "..." : flat;
    }
}
