package org.iseg3d.bridge.io;

import java.io.IOException;

/**
 * A scene could not be written: the folder is missing, read-only or not a folder, the disk is full, the target is a
 * directory, or the scene holds something the format cannot represent (a non-finite vertex, an index out of range).
 *
 * <p>The message is always a single line that starts with the target file's name, e.g.
 * {@code chair.glb: cannot write into /data/out (read-only file system)}, suitable for showing to a user as is. An
 * existing target file is never modified when this is thrown.
 */
public class SceneWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    public SceneWriteException(String message) {
        super(oneLine(message));
    }

    public SceneWriteException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return flat.length() > 400 ? flat.substring(0, 397) + "..." : flat;
    }
}
