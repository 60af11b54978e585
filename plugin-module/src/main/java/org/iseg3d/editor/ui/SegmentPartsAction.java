package org.iseg3d.editor.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.util.NbBundle.Messages;

/**
 * "Segment Parts…" on model files. Attached by layer path to the file types the jMonkeyEngine SDK already
 * registers (j3o: {@code application/jme3model}, the SDK's {@code BinaryModelDataObject}) and to the MIME types
 * of the other formats; this module registers no file type of its own.
 */
@ActionID(category = "Tools", id = "org.iseg3d.editor.ui.SegmentPartsAction")
@ActionRegistration(displayName = "#CTL_SegmentPartsAction")
@ActionReferences({
    @ActionReference(path = "Loaders/application/jme3model/Actions", position = 160),
    @ActionReference(path = "Loaders/model/gltf-binary/Actions", position = 160),
    @ActionReference(path = "Loaders/model/gltf+json/Actions", position = 160),
    @ActionReference(path = "Loaders/text/x-wavefront-obj/Actions", position = 160),
    @ActionReference(path = "Loaders/text/ogre-mesh+xml/Actions", position = 160)
})
@Messages("CTL_SegmentPartsAction=Segment Parts…")
public final class SegmentPartsAction implements ActionListener {

    private final DataObject context;

    public SegmentPartsAction(DataObject context) {
        this.context = context;
    }

    @Override
    public void actionPerformed(ActionEvent ev) {
        FileObject fo = context.getPrimaryFile();
        File f = FileUtil.toFile(fo);
        if (f != null) {
            PartSegmentationTopComponent.openModel(f.toPath());
        }
    }
}
