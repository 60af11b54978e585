package org.iseg3d.editor.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * Help &gt; Part Segmentation Controls (and F1 in the Part Segmentation window): every mouse and key control of the
 * window on one page, in a non-modal dialog. EDT.
 */
@ActionID(category = "Help", id = "org.iseg3d.editor.ui.ControlsHelp")
@ActionRegistration(displayName = "#CTL_ControlsHelp")
@ActionReference(path = "Menu/Help", position = 50)
@Messages({
    "CTL_ControlsHelp=Part Segmentation Controls",
    "LBL_ControlsTitle=Part Segmentation: controls",
    "HTML_Controls=<html><table cellpadding=3>"
            + "<tr><td colspan=2><b>Select a part</b></td></tr>"
            + "<tr><td>left click</td><td>positive click: this belongs to the part (green marker)</td></tr>"
            + "<tr><td>right click, Ctrl+left click</td><td>negative click: this does not (red marker)</td></tr>"
            + "<tr><td>Shift+left drag</td><td>scribble: negative clicks along the stroke (one undo step)</td></tr>"
            + "<tr><td>Enter</td><td>accept the selection as a new part</td></tr>"
            + "<tr><td>Esc</td><td>clear the clicks of the current selection</td></tr>"
            + "<tr><td>Ctrl+Z / Ctrl+Y</td><td>undo / redo</td></tr>"
            + "<tr><td>Ctrl+S</td><td>save</td></tr>"
            + "<tr><td colspan=2><b>Look around</b></td></tr>"
            + "<tr><td>left drag</td><td>orbit around the model</td></tr>"
            + "<tr><td>middle drag, right drag</td><td>pan</td></tr>"
            + "<tr><td>mouse wheel</td><td>zoom</td></tr>"
            + "<tr><td colspan=2><b>Settings</b> (side panel; hover for a tip)</td></tr>"
            + "<tr><td>α</td><td>how far a positive click reaches: higher = larger selection</td></tr>"
            + "<tr><td>Outlier removal</td><td>drops small islands that are not connected to the clicks</td></tr>"
            + "<tr><td>Smoothing</td><td>evens out the selection's border (points follow their neighbours)</td></tr>"
            + "<tr><td>Online fine-tuning</td><td>the learned model adapts to your negative clicks</td></tr>"
            + "</table><p>F1 shows this page.</p></html>"
})
public final class ControlsHelp implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        show();
    }

    /** Opens the controls page (non-modal). */
    static void show() {
        JLabel page = new JLabel(Bundle.HTML_Controls());
        page.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        DialogDescriptor d = new DialogDescriptor(
                page,
                Bundle.LBL_ControlsTitle(),
                false,
                new Object[] {DialogDescriptor.CLOSED_OPTION},
                DialogDescriptor.CLOSED_OPTION,
                DialogDescriptor.DEFAULT_ALIGN,
                null,
                null);
        DialogDisplayer.getDefault().createDialog(d).setVisible(true);
    }
}
