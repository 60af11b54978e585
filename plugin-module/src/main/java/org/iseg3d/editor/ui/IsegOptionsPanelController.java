package org.iseg3d.editor.ui;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.iseg3d.editor.control.EditorSettings;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/** Tools &gt; Options &gt; Miscellaneous &gt; iSeg3D, stored with NbPreferences through {@link EditorPreferences}. */
@OptionsPanelController.SubRegistration(
        displayName = "#AdvancedOption_DisplayName_Iseg3d",
        keywords = "#AdvancedOption_Keywords_Iseg3d",
        keywordsCategory = "Advanced/Iseg3d")
@Messages({"AdvancedOption_DisplayName_Iseg3d=iSeg3D", "AdvancedOption_Keywords_Iseg3d=iseg3d segmentation alpha model"
})
public final class IsegOptionsPanelController extends OptionsPanelController {

    private final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
    private IsegOptionsPanel panel;
    private boolean changed;

    private IsegOptionsPanel panel() {
        if (panel == null) {
            panel = new IsegOptionsPanel(() -> {
                if (!changed) {
                    changed = true;
                    pcs.firePropertyChange(OptionsPanelController.PROP_CHANGED, false, true);
                }
                pcs.firePropertyChange(OptionsPanelController.PROP_VALID, null, null);
            });
        }
        return panel;
    }

    @Override
    public void update() {
        panel().show(EditorPreferences.load());
        changed = false;
    }

    @Override
    public void applyChanges() {
        SwingUtilities.invokeLater(() -> {
            EditorSettings s = panel().read();
            if (s != null) {
                EditorPreferences.store(s);
            }
            changed = false;
        });
    }

    @Override
    public void cancel() {
        changed = false;
    }

    @Override
    public boolean isValid() {
        return panel().read() != null;
    }

    @Override
    public boolean isChanged() {
        return changed;
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return null;
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
        pcs.addPropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
        pcs.removePropertyChangeListener(l);
    }
}
