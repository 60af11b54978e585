package org.iseg3d.editor.ui;

import java.awt.Color;
import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import org.iseg3d.bridge.session.Part;
import org.openide.util.NbBundle.Messages;

/** A part in the list: colour swatch, name, triangle count. */
@Messages({"# {0} - part name", "# {1} - triangles", "LBL_PartCell={0}  ({1} triangles)"})
final class PartRenderer extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public Component getListCellRendererComponent(
            JList<?> list, Object value, int index, boolean selected, boolean focus) {
        super.getListCellRendererComponent(list, value, index, selected, focus);
        if (value instanceof Part p) {
            setText(Bundle.LBL_PartCell(p.name(), Integer.toString(p.triangleCount())));
            setIcon(new Swatch(new Color(p.rgb())));
        }
        return this;
    }
}
