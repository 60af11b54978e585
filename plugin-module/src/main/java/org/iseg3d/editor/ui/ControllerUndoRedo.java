package org.iseg3d.editor.ui;

import java.util.function.Supplier;
import javax.swing.event.ChangeListener;
import org.iseg3d.editor.control.SegmentationController;
import org.openide.awt.UndoRedo;
import org.openide.util.ChangeSupport;
import org.openide.util.NbBundle.Messages;

/** The window's UndoRedo: the session's history (Edit > Undo/Redo, Ctrl+Z / Ctrl+Y). EDT. */
@Messages({"LBL_Undo=Undo", "# {0} - step, e.g. accept", "LBL_UndoStep=Undo {0}", "LBL_Redo=Redo"})
final class ControllerUndoRedo implements UndoRedo {

    private final ChangeSupport cs = new ChangeSupport(this);
    private final Supplier<SegmentationController> controller;

    /** @param controller the window's controller, null while the window is closed */
    ControllerUndoRedo(Supplier<SegmentationController> controller) {
        this.controller = controller;
    }

    /** The history may have changed: Edit > Undo/Redo update. */
    void fire() {
        cs.fireChange();
    }

    @Override
    public boolean canUndo() {
        SegmentationController c = controller.get();
        return c != null && c.canUndo();
    }

    @Override
    public boolean canRedo() {
        SegmentationController c = controller.get();
        return c != null && c.canRedo();
    }

    @Override
    public void undo() {
        SegmentationController c = controller.get();
        if (c != null) {
            c.undo();
        }
    }

    @Override
    public void redo() {
        SegmentationController c = controller.get();
        if (c != null) {
            c.redo();
        }
    }

    @Override
    public void addChangeListener(ChangeListener l) {
        cs.addChangeListener(l);
    }

    @Override
    public void removeChangeListener(ChangeListener l) {
        cs.removeChangeListener(l);
    }

    @Override
    public String getUndoPresentationName() {
        SegmentationController c = controller.get();
        return c == null ? Bundle.LBL_Undo() : Bundle.LBL_UndoStep(c.undoLabel());
    }

    @Override
    public String getRedoPresentationName() {
        return Bundle.LBL_Redo();
    }
}
