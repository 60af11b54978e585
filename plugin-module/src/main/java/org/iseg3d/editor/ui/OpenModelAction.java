package org.iseg3d.editor.ui;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.util.actions.Presenter;
import org.openide.windows.WindowManager;

/** File &gt; Open Model…: a file chooser for the formats the session reads, then the Part Segmentation window. */
@ActionID(category = "File", id = "org.iseg3d.editor.ui.OpenModelAction")
@ActionRegistration(displayName = "#CTL_OpenModelAction")
@ActionReferences({
    @ActionReference(path = "Menu/File", position = 10),
    @ActionReference(path = "Toolbars/File", position = 10)
})
@Messages("CTL_OpenModelAction=Open Model…")
public final class OpenModelAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        chooseAndOpen(WindowManager.getDefault().getMainWindow());
    }

    static void chooseAndOpen(Component parent) {
        List<Path> recent = EditorPreferences.recent();
        File dir = recent.isEmpty()
                ? new File(System.getProperty("user.dir"))
                : recent.get(0).getParent().toFile();
        JFileChooser fc = new JFileChooser(dir);
        fc.setDialogTitle("Open Model");
        fc.setFileFilter(new FileNameExtensionFilter(
                "3D models (*.j3o, *.glb, *.gltf, *.obj, *.mesh.xml)", "j3o", "glb", "gltf", "obj", "xml"));
        if (fc.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
            PartSegmentationTopComponent.openModel(fc.getSelectedFile().toPath());
        }
    }

    /** File &gt; Open Recent Model: the last {@value EditorPreferences#RECENT_MAX} models opened. */
    @ActionID(category = "File", id = "org.iseg3d.editor.ui.OpenRecentModelAction")
    @ActionRegistration(displayName = "#CTL_OpenRecentModelAction", lazy = false)
    @ActionReference(path = "Menu/File", position = 11)
    @Messages("CTL_OpenRecentModelAction=Open Recent Model")
    public static final class Recent extends javax.swing.AbstractAction implements Presenter.Menu {
        private static final long serialVersionUID = 1L;

        public Recent() {
            super(Bundle.CTL_OpenRecentModelAction());
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            // the menu presenter does the work
        }

        @Override
        public JMenuItem getMenuPresenter() {
            JMenu menu = new JMenu(Bundle.CTL_OpenRecentModelAction());
            menu.addMenuListener(new javax.swing.event.MenuListener() {
                @Override
                public void menuSelected(javax.swing.event.MenuEvent e) {
                    menu.removeAll();
                    List<Path> recent = EditorPreferences.recent();
                    if (recent.isEmpty()) {
                        JMenuItem none = new JMenuItem("(none)");
                        none.setEnabled(false);
                        menu.add(none);
                    }
                    for (Path p : recent) {
                        JMenuItem item = new JMenuItem(p.getFileName() + "  —  " + p.getParent());
                        item.addActionListener(a -> PartSegmentationTopComponent.openModel(p));
                        menu.add(item);
                    }
                }

                @Override
                public void menuDeselected(javax.swing.event.MenuEvent e) {}

                @Override
                public void menuCanceled(javax.swing.event.MenuEvent e) {}
            });
            return menu;
        }
    }
}
