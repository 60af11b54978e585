package org.iseg3d.editor.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.ListSelectionModel;
import org.iseg3d.bridge.session.Part;
import org.iseg3d.editor.control.EditorSettings;
import org.iseg3d.editor.control.EditorState;
import org.iseg3d.editor.control.SegmentationController;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/**
 * The window's side panel: part list (Rename…, Delete, Merge), method, α, Outlier Removal / Smoothing / Online
 * fine-tuning, the commands, and a summary of the state. Settings apply live where they can ({@link
 * #settingsChanged}). EDT.
 */
@Messages({
    "LBL_Parts=Parts",
    "LBL_Rename=Rename…",
    "LBL_Delete=Delete",
    "LBL_Merge=Merge",
    "LBL_Method=Method",
    "# {0} - alpha, e.g. 0.35",
    "LBL_Alpha=α = {0}",
    "LBL_OutlierRemoval=Outlier removal",
    "LBL_Smoothing=Smoothing",
    "LBL_Finetune=Online fine-tuning",
    "HINT_Alpha=α: how far a positive click reaches (its radius in the learned feature space); higher selects more",
    "HINT_OutlierRemoval=Outlier Removal: drops selected islands that are not connected to your positive clicks",
    "HINT_Smoothing=Segment Smoothing: evens out the selection's border (each point follows most of its neighbours)",
    "HINT_Finetune=Learned method: after each negative click or scribble the model adapts to your clicks in the "
            + "background; the mask updates when it is done",
    "LBL_Accept=Accept (Enter)",
    "LBL_NewPart=New part",
    "LBL_Clear=Clear (Esc)",
    "LBL_Apply=Apply to scene",
    "LBL_Save=Save (Ctrl+S)",
    "LBL_Export=Export glTF…",
    "LBL_OpenModel=Open Model…",
    "LBL_Cancel=Cancel",
    "MSG_MethodLater=The method take effect when the model is opened again (the accepted parts are kept until then).",
    "MSG_SettingsLater=The new settings take effect when the model is opened again (the accepted parts are kept "
            + "until then).",
    "MSG_SelectPart=Select a part in the list first.",
    "LBL_RenameName=Name:",
    "LBL_RenameTitle=Rename part",
    "MSG_SelectTwo=Select two or more parts to merge (Ctrl+click in the list).",
    "# {0} - method",
    "LBL_InfoMethod=method: {0}<br>",
    "# {0} - positive clicks",
    "# {1} - negative clicks",
    "# {2} - selected triangles",
    "# {3} - triangles",
    "LBL_InfoClicks=clicks: +{0} / −{1}<br>selected: {2} of {3} triangles",
    "LBL_InfoUnsaved=<br>unsaved changes",
    "LBL_InfoApplied=<br>applied to the scene"
})
final class SidePanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<SegmentationController> controller;
    private final transient Consumer<String> status;
    private final DefaultListModel<Part> partModel = new DefaultListModel<>();
    private final JList<Part> partList = new JList<>(partModel);
    private final JComboBox<String> methodBox =
            new JComboBox<>(new String[] {EditorSettings.LEARNED, EditorSettings.FPFH});
    private final JSlider alphaSlider = new JSlider(5, 95, 35);
    private final JLabel alphaLabel = new JLabel();
    private final JCheckBox outlierBox = new JCheckBox(Bundle.LBL_OutlierRemoval());
    private final JCheckBox smoothingBox = new JCheckBox(Bundle.LBL_Smoothing());
    private final JCheckBox finetuneBox = new JCheckBox(Bundle.LBL_Finetune());
    private final JLabel infoLabel = new JLabel(" ");
    private boolean updatingUi;

    /**
     * @param controller the window's controller, null while the window is closed (the panel then does nothing)
     * @param status     shows a line in the status bar
     * @param files      save, export
     * @param open       Open Model…
     */
    SidePanel(Supplier<SegmentationController> controller, Consumer<String> status, ModelFiles files, Runnable open) {
        this.controller = controller;
        this.status = status;
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));

        add(left(new JLabel(Bundle.LBL_Parts())));
        partList.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        partList.setCellRenderer(new PartRenderer());
        partList.setFocusable(true);
        partList.addListSelectionListener(e -> {
            SegmentationController c = controller.get();
            if (!e.getValueIsAdjusting() && !updatingUi && c != null) {
                Part p = partList.getSelectedValue();
                c.selectPart(p == null ? -1 : p.id());
            }
        });
        JScrollPane sp = new JScrollPane(partList);
        sp.setPreferredSize(new Dimension(230, 180));
        sp.setAlignmentX(Component.LEFT_ALIGNMENT);
        add(sp);
        JPanel partButtons = new JPanel(new GridLayout(1, 3, 3, 3));
        partButtons.add(button(Bundle.LBL_Rename(), this::renameSelected));
        partButtons.add(button(Bundle.LBL_Delete(), this::deleteSelected));
        partButtons.add(button(Bundle.LBL_Merge(), this::mergeSelected));
        add(left(partButtons));
        add(Box.createVerticalStrut(8));

        add(left(new JLabel(Bundle.LBL_Method())));
        methodBox.addActionListener(e -> settingsChanged(true));
        add(left(methodBox));
        add(left(alphaLabel));
        alphaSlider.addChangeListener(e -> {
            alphaLabel.setText(alphaText(alphaSlider.getValue() / 100f));
            settingsChanged(false); // live while dragging: only the mask is recomputed, not the embedding
        });
        add(left(alphaSlider));
        alphaSlider.setToolTipText(Bundle.HINT_Alpha());
        alphaLabel.setToolTipText(Bundle.HINT_Alpha());
        outlierBox.setToolTipText(Bundle.HINT_OutlierRemoval());
        smoothingBox.setToolTipText(Bundle.HINT_Smoothing());
        outlierBox.addActionListener(e -> settingsChanged(false));
        smoothingBox.addActionListener(e -> settingsChanged(false));
        finetuneBox.setSelected(false); // off by default, as the controller (measured: README, ablation)
        finetuneBox.setToolTipText(Bundle.HINT_Finetune());
        finetuneBox.addActionListener(e -> {
            SegmentationController c = controller.get();
            if (!updatingUi && c != null) {
                c.setFinetuneEnabled(finetuneBox.isSelected());
            }
        });
        add(left(outlierBox));
        add(left(smoothingBox));
        add(left(finetuneBox));
        add(Box.createVerticalStrut(8));

        JPanel cmds = new JPanel(new GridLayout(0, 2, 3, 3));
        cmds.add(button(Bundle.LBL_Accept(), () -> controller.get().accept(null)));
        cmds.add(button(Bundle.LBL_NewPart(), () -> controller.get().newPart()));
        cmds.add(button(Bundle.LBL_Clear(), () -> controller.get().clearClicks()));
        cmds.add(button(Bundle.LBL_Apply(), () -> controller.get().apply()));
        cmds.add(button(Bundle.LBL_Save(), files::save));
        cmds.add(button(Bundle.LBL_Export(), files::exportGltf));
        cmds.add(button(Bundle.LBL_OpenModel(), open));
        cmds.add(button(Bundle.LBL_Cancel(), () -> controller.get().cancelOpen()));
        add(left(cmds));
        add(Box.createVerticalStrut(8));
        add(left(infoLabel));
        add(Box.createVerticalGlue());
    }

    private static String alphaText(float alpha) {
        return Bundle.LBL_Alpha(String.format(Locale.ROOT, "%.2f", alpha));
    }

    private static JComponent left(JComponent c) {
        c.setAlignmentX(Component.LEFT_ALIGNMENT);
        c.setMaximumSize(new Dimension(Integer.MAX_VALUE, c.getPreferredSize().height));
        return c;
    }

    private JButton button(String text, Runnable r) {
        JButton b = new JButton(new AbstractAction(text) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (controller.get() != null) {
                    r.run();
                }
            }
        });
        b.setFocusable(false);
        return b;
    }

    /** The settings of a freshly opened window (no controller reaction). */
    void showSettings(EditorSettings s) {
        updatingUi = true;
        try {
            methodBox.setSelectedItem(s.method());
            alphaSlider.setValue(Math.round(s.alpha() * 100));
            alphaLabel.setText(alphaText(s.alpha()));
            outlierBox.setSelected(s.outlierRemoval());
            smoothingBox.setSelected(s.smoothing());
        } finally {
            updatingUi = false;
        }
    }

    /**
     * α and post-processing apply live to the open model; a new method re-prepares the model when nothing would be
     * lost, else at the next open.
     */
    private void settingsChanged(boolean methodChanged) {
        SegmentationController c = controller.get();
        if (updatingUi || c == null) {
            return;
        }
        EditorSettings s = c.settings()
                .withMethod((String) methodBox.getSelectedItem())
                .withAlpha(alphaSlider.getValue() / 100f)
                .withOutlierRemoval(outlierBox.isSelected())
                .withSmoothing(smoothingBox.isSelected());
        if (s.equals(c.settings())) {
            return;
        }
        EditorState st = c.state();
        Path f = c.file();
        if (!methodChanged && st.ready()) {
            c.applyClickSettings(s); // α, OR, SS: live, over the same embedding
            return;
        }
        c.setSettings(s);
        if (f != null && st.ready() && st.parts().isEmpty() && !st.dirty()) {
            c.open(f); // nothing to lose: prepare again with the new settings
        } else if (f != null) {
            status.accept(methodChanged ? Bundle.MSG_MethodLater() : Bundle.MSG_SettingsLater());
        }
    }

    private void renameSelected() {
        Part p = partList.getSelectedValue();
        if (p == null) {
            status.accept(Bundle.MSG_SelectPart());
            return;
        }
        NotifyDescriptor.InputLine in =
                new NotifyDescriptor.InputLine(Bundle.LBL_RenameName(), Bundle.LBL_RenameTitle());
        in.setInputText(p.name());
        if (DialogDisplayer.getDefault().notify(in) == NotifyDescriptor.OK_OPTION) {
            controller.get().rename(p.id(), in.getInputText().strip());
        }
    }

    private void deleteSelected() {
        for (Part p : partList.getSelectedValuesList()) {
            controller.get().delete(p.id());
        }
    }

    private void mergeSelected() {
        List<Part> sel = partList.getSelectedValuesList();
        if (sel.size() < 2) {
            status.accept(Bundle.MSG_SelectTwo());
            return;
        }
        int[] others = sel.subList(1, sel.size()).stream().mapToInt(Part::id).toArray();
        controller.get().merge(sel.get(0).id(), others);
    }

    /** The part list (selection kept), the fine-tuning toggle and the summary for a new state. */
    void showState(EditorState s) {
        updatingUi = true;
        try {
            List<Part> selected = partList.getSelectedValuesList();
            partModel.clear();
            s.parts().forEach(partModel::addElement);
            for (Part p : selected) {
                for (int i = 0; i < partModel.size(); i++) {
                    if (partModel.get(i).id() == p.id()) {
                        partList.addSelectionInterval(i, i);
                    }
                }
            }
        } finally {
            updatingUi = false;
        }
        finetuneBox.setEnabled(s.method().isEmpty() || "learned".equals(s.method())); // only the learned model adapts
        infoLabel.setText("<html>" + (s.file() == null ? "" : s.file().getFileName() + "<br>")
                + (s.method().isEmpty() ? "" : Bundle.LBL_InfoMethod(s.method()))
                + Bundle.LBL_InfoClicks(
                        Integer.toString(s.positiveClicks()),
                        Integer.toString(s.negativeClicks()),
                        Integer.toString(s.maskTriangles()),
                        Integer.toString(s.triangles()))
                + (s.dirty() ? Bundle.LBL_InfoUnsaved() : "") + (s.applied() ? Bundle.LBL_InfoApplied() : "")
                + "</html>");
    }

    /** The window closed. */
    void clearParts() {
        partModel.clear();
    }
}
