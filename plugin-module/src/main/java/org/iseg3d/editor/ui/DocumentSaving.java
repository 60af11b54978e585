package org.iseg3d.editor.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.iseg3d.editor.control.EditorState;
import org.netbeans.spi.actions.AbstractSavable;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.SaveAsCapable;
import org.openide.util.lookup.InstanceContent;

/**
 * The window's document as the platform sees it: while there are unsaved changes an {@link AbstractSavable} is
 * registered in {@code Savable.REGISTRY} (File &gt; Exit then shows the platform's own "save before exit" dialog) and
 * put into the window's lookup (File &gt; Save and Ctrl+S enabled); while a model is ready, a {@link SaveAsCapable} (File &gt;
 * Save As…). Every save goes through {@link ModelFiles#saveAndWait}, the same atomic save as the window's own Save.
 * EDT.
 *
 * <p>The bare NetBeans platform binds no key to File &gt; Save (the IDE's keymap does): Ctrl+S is bound here to the
 * platform's {@code SaveAction}, so it saves from anywhere in the window and shows in the menu. The window's own
 * Ctrl+S bindings (side panel, 3D canvas: {@link ViewInput}) call the same save.
 */
@ActionReferences({
    @ActionReference(
            path = "Shortcuts",
            name = "D-S",
            id = @ActionID(category = "System", id = "org.openide.actions.SaveAction"))
})
final class DocumentSaving {

    private final InstanceContent lookup;
    private final ModelFiles files;
    private final SaveAs saveAs = new SaveAs();
    private UnsavedModel savable;
    private boolean saveAsShown;
    private Path file;

    DocumentSaving(InstanceContent lookup, ModelFiles files) {
        this.lookup = lookup;
        this.files = files;
    }

    /** Follows the published state: registers while dirty, unregisters when saved, undone or closed. */
    void update(EditorState s) {
        file = s.file();
        boolean dirty = s.dirty() && s.file() != null;
        if (dirty && savable == null) {
            savable = new UnsavedModel();
            savable.add();
        } else if (!dirty && savable != null) {
            savable.remove();
            savable = null;
        }
        boolean canSaveAs = s.ready() && s.file() != null;
        if (canSaveAs != saveAsShown) {
            if (canSaveAs) {
                lookup.add(saveAs);
            } else {
                lookup.remove(saveAs);
            }
            saveAsShown = canSaveAs;
        }
    }

    /** The window closed: nothing left to save. */
    void clear() {
        if (savable != null) {
            savable.remove();
            savable = null;
        }
        if (saveAsShown) {
            lookup.remove(saveAs);
            saveAsShown = false;
        }
    }

    /** Whether the platform holds an unsaved document of this window (tests, logs). */
    boolean registered() {
        return savable != null;
    }

    /** The unsaved model. Equal to itself only: one per dirty period of the window. */
    private final class UnsavedModel extends AbstractSavable {

        void add() {
            register();
            lookup.add(this);
        }

        void remove() {
            lookup.remove(this);
            unregister();
        }

        @Override
        protected String findDisplayName() {
            return file == null ? Bundle.MSG_TheModel() : file.getFileName().toString();
        }

        @Override
        protected void handleSave() throws IOException {
            files.saveAndWait(null);
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** File &gt; Save As…: the platform's dialog chooses folder and name; a name without .j3o gets it. */
    private final class SaveAs implements SaveAsCapable {
        @Override
        public void saveAs(FileObject folder, String fileName) throws IOException {
            java.io.File dir = FileUtil.toFile(folder);
            if (dir == null) {
                throw new IOException(folder + " is not on the local disk");
            }
            files.saveAndWait(dir.toPath().resolve(ModelFiles.withJ3o(fileName)));
        }
    }
}
