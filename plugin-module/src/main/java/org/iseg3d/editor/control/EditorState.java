package org.iseg3d.editor.control;

import java.nio.file.Path;
import java.util.List;
import org.iseg3d.bridge.session.Part;

/**
 * What the window shows besides the 3D view: one immutable snapshot, published to the UI thread after every change.
 *
 * @param phase          where the editor is
 * @param file           the open model file, or null
 * @param method         the segmentation method in use (after any fallback), e.g. {@code fpfh}
 * @param status         one line for the status bar
 * @param parts          accepted parts, in order of creation
 * @param positiveClicks positive clicks of the current selection
 * @param negativeClicks negative clicks of the current selection
 * @param maskTriangles  triangles of the current selection
 * @param triangles      triangles of the model
 * @param dirty          parts changed since the last save (or open)
 * @param canUndo        whether undo has a step
 * @param canRedo        whether redo has a step
 * @param applied        the parts are written into the scene graph
 * @param selectedPart   the part selected in the list (highlighted in the view), or -1
 */
public record EditorState(
        Phase phase,
        Path file,
        String method,
        String status,
        List<Part> parts,
        int positiveClicks,
        int negativeClicks,
        int maskTriangles,
        int triangles,
        boolean dirty,
        boolean canUndo,
        boolean canRedo,
        boolean applied,
        int selectedPart) {

    /** NONE: nothing open; LOADING: reading the file; EMBEDDING: sampling and embedding; READY: clicks work. */
    public enum Phase {
        NONE,
        LOADING,
        EMBEDDING,
        READY,
        FAILED
    }

    public static final EditorState NONE = new EditorState(
            Phase.NONE,
            null,
            "",
            "Open a model to segment its parts.",
            List.of(),
            0,
            0,
            0,
            0,
            false,
            false,
            false,
            false,
            -1);

    public EditorState {
        parts = List.copyOf(parts);
    }

    public boolean ready() {
        return phase == Phase.READY;
    }

    public boolean busy() {
        return phase == Phase.LOADING || phase == Phase.EMBEDDING;
    }
}
