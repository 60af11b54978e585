package org.iseg3d.editor.ui;

import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.iseg3d.editor.control.EditorSettings;

/**
 * Tools &gt; Options &gt; Miscellaneous &gt; iSeg3D: learned-model folder, default method, α, Outlier Removal and
 * Smoothing defaults, sampled points, GPU preference, "Run the model in a separate process", with a note. Pure Swing (no NetBeans APIs), so the
 * settings ↔ fields round trip is unit-tested headless; {@link IsegOptionsPanelController} stores with NbPreferences.
 */
final class IsegOptionsPanel extends JPanel {

    private static final long serialVersionUID = 1L;

    final JTextField modelFolder = new JTextField(28);
    final JComboBox<String> method = new JComboBox<>(new String[] {EditorSettings.LEARNED, EditorSettings.FPFH});
    final JSpinner alpha = new JSpinner(new SpinnerNumberModel(0.35, 0.01, 0.99, 0.01));
    final JCheckBox outlierRemoval = new JCheckBox("Outlier Removal");
    final JCheckBox smoothing = new JCheckBox("Segment Smoothing");
    final JSpinner points = new JSpinner(new SpinnerNumberModel(EditorSettings.DEFAULT_POINTS, 64, 1 << 20, 512));
    final JCheckBox gpu = new JCheckBox("Prefer the GPU");
    final JCheckBox modelProcess = new JCheckBox("Run the model in a separate process");
    private final transient Runnable changed;

    IsegOptionsPanel(Runnable changed) {
        super(new GridBagLayout());
        this.changed = changed;
        JButton browse = new JButton("Browse…");
        browse.addActionListener(e -> {
            JFileChooser fc = new JFileChooser(modelFolder.getText().isBlank() ? null : modelFolder.getText());
            fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                modelFolder.setText(fc.getSelectedFile().getPath());
            }
        });
        modelFolder.setToolTipText(
                "A trained model folder (iseg3d train --out DIR); empty = the model shipped " + "with tf-model");
        row(0, "Learned model folder:", modelFolder, browse);
        row(1, "Default method:", method, null);
        row(2, "α (eq. 8):", alpha, null);
        JPanel post = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        post.add(outlierRemoval);
        post.add(smoothing);
        row(3, "Post-processing:", post, null);
        row(4, "Sampled points:", points, null);
        row(5, "Compute:", gpu, null);
        modelProcess.setToolTipText("The learned model runs in its own Java process, so TensorFlow's native library is"
                + " never loaded next to the OpenGL driver (recommended)");
        row(6, "", modelProcess, null);
        JLabel note = new JLabel(
                "<html><body style='width: 440px'>The editor bundles the CPU build of TensorFlow: the learned method runs on the"
                        + " CPU. \"Prefer the GPU\" takes effect only with a GPU build of TensorFlow (CUDA) on the class path;"
                        + " otherwise it is ignored. FPFH always runs on the CPU. \"Run the model in a separate process\" (on by"
                        + " default) keeps TensorFlow out of the editor's process: with it off, TensorFlow and an LLVM-based GL"
                        + " driver (Mesa llvmpipe, AMD radeonsi) share one process, which crashed the editor under Mesa."
                        + " Changes apply to the next model opened.</html>");
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 7;
        c.gridwidth = 3;
        c.weightx = 1;
        c.weighty = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(12, 4, 4, 4);
        add(note, c);
        DocumentListener dl = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                fire();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                fire();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                fire();
            }
        };
        modelFolder.getDocument().addDocumentListener(dl);
        method.addActionListener(e -> fire());
        alpha.addChangeListener(e -> fire());
        points.addChangeListener(e -> fire());
        outlierRemoval.addActionListener(e -> fire());
        smoothing.addActionListener(e -> fire());
        gpu.addActionListener(e -> fire());
        modelProcess.addActionListener(e -> fire());
    }

    private void row(int y, String label, JComponent field, JComponent extra) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        c.gridx = 0;
        add(new JLabel(label), c);
        c.gridx = 1;
        c.fill = field instanceof JTextField ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
        c.weightx = 1;
        add(field, c);
        if (extra != null) {
            c.gridx = 2;
            c.weightx = 0;
            c.fill = GridBagConstraints.NONE;
            add(extra, c);
        }
    }

    private void fire() {
        if (changed != null) {
            changed.run();
        }
    }

    /** Shows {@code s} in the fields. */
    void show(EditorSettings s) {
        modelFolder.setText(s.modelFolder() == null ? "" : s.modelFolder().toString());
        method.setSelectedItem(s.method());
        alpha.setValue((double) s.alpha());
        outlierRemoval.setSelected(s.outlierRemoval());
        smoothing.setSelected(s.smoothing());
        points.setValue(s.points());
        gpu.setSelected(s.gpu());
        modelProcess.setSelected(s.modelProcess());
    }

    /** The settings in the fields; null when they are not valid (an unusable folder name). */
    EditorSettings read() {
        String f = modelFolder.getText().trim();
        Path folder;
        try {
            folder = f.isEmpty() ? null : Path.of(f);
        } catch (InvalidPathException e) {
            return null;
        }
        float a = (float) Math.round(((Number) alpha.getValue()).doubleValue() * 1000) / 1000f;
        try {
            return new EditorSettings(
                    (String) method.getSelectedItem(),
                    folder,
                    a,
                    outlierRemoval.isSelected(),
                    smoothing.isSelected(),
                    ((Number) points.getValue()).intValue(),
                    gpu.isSelected(),
                    modelProcess.isSelected());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
