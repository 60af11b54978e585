package org.iseg3d.editor.ui;

import com.jme3.system.AppSettings;
import com.jme3.system.awt.AwtPanel;
import com.jme3.system.awt.AwtPanelsContext;
import com.jme3.system.awt.PaintMode;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Point;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.event.ChangeListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.session.Part;
import org.iseg3d.editor.control.EditorSettings;
import org.iseg3d.editor.control.EditorState;
import org.iseg3d.editor.control.GestureInterpreter;
import org.iseg3d.editor.control.SegmentationController;
import org.iseg3d.editor.view.SegmentationViewApp;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.awt.UndoRedo;
import org.openide.util.ChangeSupport;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The Part Segmentation window: a jME view of the model with the mask and the accepted parts drawn over it, and a
 * side panel (parts, method, α, post-processing, commands). A thin view: the logic is the
 * {@link SegmentationController}; the 3D side is a {@link SegmentationViewApp} rendered into an AWT panel.
 */
@TopComponent.Description(preferredID = PartSegmentationTopComponent.ID,
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "org.iseg3d.editor.ui.PartSegmentationTopComponent")
@ActionReference(path = "Menu/Window", position = 333)
@TopComponent.OpenActionRegistration(displayName = "#CTL_PartSegmentationAction",
        preferredID = PartSegmentationTopComponent.ID)
@Messages({
    "CTL_PartSegmentationAction=Part Segmentation",
    "CTL_PartSegmentationTopComponent=Part Segmentation",
    "HINT_PartSegmentationTopComponent=Interactive part segmentation (iSeg3D): click on a model to select its parts",
    "# {0} - the model's file name",
    "MSG_Unsaved=The parts of {0} have unsaved changes. Save them?",
    "# {0} - the model's file name",
    "LBL_Preparing=Preparing {0}",
    "LBL_Notice=Part Segmentation"
})
public final class PartSegmentationTopComponent extends TopComponent {

    static final String ID = "PartSegmentationTopComponent";
    private static final Logger LOG = LogManager.getLogger(PartSegmentationTopComponent.class);
    private static final long serialVersionUID = 1L;

    private transient SegmentationViewApp app;
    private transient AwtPanel panel;
    private transient SegmentationController controller;
    private transient ProgressHandle progress;
    private transient int progressUnits;
    private transient String progressStage;
    private final transient GestureInterpreter gestures = new GestureInterpreter();
    private final transient ControllerUndoRedo undoRedo = new ControllerUndoRedo();
    private final transient List<Long> clickCostsMicros = new ArrayList<>();
    private final transient AtomicBoolean hoverPending = new AtomicBoolean();
    private transient Path pendingOpen;
    private transient boolean updatingUi;

    private final JPanel viewHolder = new JPanel(new BorderLayout());
    private final JLabel statusLabel = new JLabel(" ");
    private final DefaultListModel<Part> partModel = new DefaultListModel<>();
    private final JList<Part> partList = new JList<>(partModel);
    private final JComboBox<String> methodBox = new JComboBox<>(new String[]{EditorSettings.LEARNED,
        EditorSettings.FPFH});
    private final JSlider alphaSlider = new JSlider(5, 95, 35);
    private final JLabel alphaLabel = new JLabel();
    private final JCheckBox outlierBox = new JCheckBox("Outlier removal");
    private final JCheckBox smoothingBox = new JCheckBox("Smoothing");
    private final JCheckBox finetuneBox = new JCheckBox("Online fine-tuning");
    private final JLabel infoLabel = new JLabel(" ");

    public PartSegmentationTopComponent() {
        setName(Bundle.CTL_PartSegmentationTopComponent());
        setToolTipText(Bundle.HINT_PartSegmentationTopComponent());
        setLayout(new BorderLayout());
        viewHolder.setBackground(Color.DARK_GRAY);
        viewHolder.setPreferredSize(new Dimension(800, 600));
        add(viewHolder, BorderLayout.CENTER);
        add(buildSidePanel(), BorderLayout.EAST);
        statusLabel.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        add(statusLabel, BorderLayout.SOUTH);
        installKeys(this, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
    }

    /** The window (opened if needed). EDT. */
    public static PartSegmentationTopComponent findInstance() {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        return tc instanceof PartSegmentationTopComponent p ? p : new PartSegmentationTopComponent();
    }

    /** Opens the window and the model in it, asking about unsaved changes of the current one first. EDT. */
    public static void openModel(Path file) {
        PartSegmentationTopComponent tc = findInstance();
        tc.open();
        tc.requestActive();
        tc.load(file);
    }

    // ------------------------------------------------------------------ side panel

    private JComponent buildSidePanel() {
        JPanel side = new JPanel();
        side.setLayout(new BoxLayout(side, BoxLayout.Y_AXIS));
        side.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));

        side.add(left(new JLabel("Parts")));
        partList.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        partList.setCellRenderer(new PartRenderer());
        partList.setFocusable(true);
        partList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updatingUi && controller != null) {
                Part p = partList.getSelectedValue();
                controller.selectPart(p == null ? -1 : p.id());
            }
        });
        JScrollPane sp = new JScrollPane(partList);
        sp.setPreferredSize(new Dimension(230, 180));
        sp.setAlignmentX(Component.LEFT_ALIGNMENT);
        side.add(sp);
        JPanel partButtons = new JPanel(new GridLayout(1, 3, 3, 3));
        partButtons.add(button("Rename…", this::renameSelected));
        partButtons.add(button("Delete", this::deleteSelected));
        partButtons.add(button("Merge", this::mergeSelected));
        side.add(left(partButtons));
        side.add(Box.createVerticalStrut(8));

        side.add(left(new JLabel("Method")));
        methodBox.addActionListener(e -> settingsChanged(true));
        side.add(left(methodBox));
        side.add(left(alphaLabel));
        alphaSlider.addChangeListener(e -> {
            alphaLabel.setText(String.format(Locale.ROOT, "α = %.2f", alphaSlider.getValue() / 100f));
            settingsChanged(false);   // live while dragging: only the mask is recomputed, not the embedding
        });
        side.add(left(alphaSlider));
        outlierBox.addActionListener(e -> settingsChanged(false));
        smoothingBox.addActionListener(e -> settingsChanged(false));
        finetuneBox.setSelected(false); // off by default, as the controller (measured: README, ablation)
        finetuneBox.setToolTipText("Learned method: after each negative click or scribble the model adapts to your "
                + "clicks in the background; the mask updates when it is done");
        finetuneBox.addActionListener(e -> {
            if (!updatingUi && controller != null) {
                controller.setFinetuneEnabled(finetuneBox.isSelected());
            }
        });
        side.add(left(outlierBox));
        side.add(left(smoothingBox));
        side.add(left(finetuneBox));
        side.add(Box.createVerticalStrut(8));

        JPanel cmds = new JPanel(new GridLayout(0, 2, 3, 3));
        cmds.add(button("Accept (Enter)", () -> controller.accept(null)));
        cmds.add(button("New part", () -> controller.newPart()));
        cmds.add(button("Clear (Esc)", () -> controller.clearClicks()));
        cmds.add(button("Apply to scene", () -> controller.apply()));
        cmds.add(button("Save (Ctrl+S)", this::save));
        cmds.add(button("Export glTF…", this::exportGltf));
        cmds.add(button("Open Model…", () -> OpenModelAction.chooseAndOpen(this)));
        cmds.add(button("Cancel", () -> controller.cancelOpen()));
        side.add(left(cmds));
        side.add(Box.createVerticalStrut(8));
        side.add(left(infoLabel));
        side.add(Box.createVerticalGlue());
        return side;
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
                if (controller != null) {
                    r.run();
                }
            }
        });
        b.setFocusable(false);
        return b;
    }

    private void showSettings(EditorSettings s) {
        updatingUi = true;
        try {
            methodBox.setSelectedItem(s.method());
            alphaSlider.setValue(Math.round(s.alpha() * 100));
            alphaLabel.setText(String.format(Locale.ROOT, "α = %.2f", s.alpha()));
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
        if (updatingUi || controller == null) {
            return;
        }
        EditorSettings s = controller.settings().withMethod((String) methodBox.getSelectedItem())
                .withAlpha(alphaSlider.getValue() / 100f).withOutlierRemoval(outlierBox.isSelected())
                .withSmoothing(smoothingBox.isSelected());
        if (s.equals(controller.settings())) {
            return;
        }
        EditorState st = controller.state();
        Path f = controller.file();
        if (!methodChanged && st.ready()) {
            controller.applyClickSettings(s);   // α, OR, SS: live, over the same embedding
            return;
        }
        controller.setSettings(s);
        if (f != null && st.ready() && st.parts().isEmpty() && !st.dirty()) {
            controller.open(f);   // nothing to lose: prepare again with the new settings
        } else if (f != null) {
            setStatus((methodChanged ? "The method" : "The new settings") + " take effect when the model is opened "
                    + "again (the accepted parts are kept until then).");
        }
    }

    // ------------------------------------------------------------------ keys

    private void installKeys(JComponent c, int condition) {
        bind(c, condition, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "iseg3d.accept", () -> controller.accept(null));
        bind(c, condition, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "iseg3d.clear", () -> controller.clearClicks());
        bind(c, condition, KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK), "iseg3d.save", this::save);
    }

    private void bind(JComponent c, int condition, KeyStroke ks, String name, Runnable r) {
        c.getInputMap(condition).put(ks, name);
        c.getActionMap().put(name, new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (controller != null) {
                    r.run();
                }
            }
        });
    }

    /** The 3D canvas takes the keyboard focus (heavyweight): its keys are handled here, and consumed. */
    private final class CanvasKeys extends KeyAdapter {
        @Override
        public void keyPressed(KeyEvent e) {
            if (controller == null) {
                return;
            }
            boolean ctrl = (e.getModifiersEx() & InputEvent.CTRL_DOWN_MASK) != 0;
            switch (e.getKeyCode()) {
                case KeyEvent.VK_ENTER -> controller.accept(null);
                case KeyEvent.VK_ESCAPE -> controller.clearClicks();
                case KeyEvent.VK_Z -> {
                    if (!ctrl) {
                        return;
                    }
                    undoRedo.undo();
                }
                case KeyEvent.VK_Y -> {
                    if (!ctrl) {
                        return;
                    }
                    undoRedo.redo();
                }
                case KeyEvent.VK_S -> {
                    if (!ctrl) {
                        return;
                    }
                    save();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        }
    }

    // ------------------------------------------------------------------ mouse

    private final class ViewMouse extends MouseAdapter {
        @Override
        public void mousePressed(MouseEvent e) {
            panel.requestFocusInWindow();
            GestureInterpreter.Button b = SwingUtilities.isRightMouseButton(e) ? GestureInterpreter.Button.RIGHT
                    : SwingUtilities.isMiddleMouseButton(e) ? GestureInterpreter.Button.MIDDLE
                    : GestureInterpreter.Button.LEFT;
            gestures.press(b, e.getX(), e.getY(), e.isShiftDown(), e.isControlDown());
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            handle(gestures.drag(e.getX(), e.getY()), System.nanoTime());
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            handle(gestures.release(e.getX(), e.getY()), System.nanoTime());
        }

        @Override
        public void mouseMoved(MouseEvent e) {
            if (controller == null || !controller.state().ready() || !hoverPending.compareAndSet(false, true)) {
                return;
            }
            int x = e.getX();
            int y = e.getY();
            SegmentationController c = controller;
            app.enqueue(() -> {
                hoverPending.set(false);
                c.hover(c.partAt(app.rayAt(x, y)));
            });
        }

        @Override
        public void mouseExited(MouseEvent e) {
            if (controller != null) {
                controller.hover(-1);
            }
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            app.zoom((float) e.getPreciseWheelRotation());
        }
    }

    private void handle(GestureInterpreter.Gesture g, long nanos) {
        SegmentationController c = controller;
        if (c == null) {
            return;
        }
        if (g instanceof GestureInterpreter.Click k) {
            Trace.line("mouse click x=" + k.x() + " y=" + k.y() + " positive=" + k.positive());
            app.enqueue(() -> c.click(app.rayAt(k.x(), k.y()), k.positive(), nanos));
        } else if (g instanceof GestureInterpreter.Orbit o) {
            app.orbit(o.dx(), o.dy());
        } else if (g instanceof GestureInterpreter.Pan p) {
            app.pan(p.dx(), p.dy());
        } else if (g instanceof GestureInterpreter.Scribble s) {
            app.enqueue(() -> c.scribble(app.raysAt(s.path())));
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    protected void componentOpened() {
        EditorSettings settings = EditorPreferences.load();
        showSettings(settings);
        app = new SegmentationViewApp(this::clickCost);
        AppSettings s = new AppSettings(true);
        s.setCustomRenderer(AwtPanelsContext.class);
        s.setAudioRenderer(null);
        s.setFrameRate(60);
        s.setSamples(1);
        app.setSettings(s);
        app.setShowSettings(false);
        app.setPauseOnLostFocus(false);
        app.start();
        AwtPanelsContext ctx = (AwtPanelsContext) app.getContext();
        panel = ctx.createPanel(PaintMode.Accelerated);
        panel.setPreferredSize(new Dimension(800, 600));
        ViewMouse mouse = new ViewMouse();
        panel.addMouseListener(mouse);
        panel.addMouseMotionListener(mouse);
        panel.addMouseWheelListener(mouse);
        panel.addKeyListener(new CanvasKeys());
        panel.setFocusable(true);
        ctx.setInputSource(panel);
        viewHolder.add(panel, BorderLayout.CENTER);
        AwtPanel p = panel;
        SegmentationViewApp a = app;
        app.enqueue(() -> {
            p.attachTo(true, a.getViewPort(), a.getOverlayViewPort(), a.getGuiViewPort());
            a.installFrameTimer();
            SwingUtilities.invokeLater(this::traceViewBounds);
        });
        controller = new SegmentationController(app, SwingUtilities::invokeLater, settings);
        controller.addStateListener(this::showState);
        controller.addMessageListener(this::showMessage);
        controller.addProgressListener((stage, f) -> SwingUtilities.invokeLater(() -> progress(stage, f)));
        revalidate();
        LOG.info("Part Segmentation window opened");
        if (pendingOpen != null) {
            Path f = pendingOpen;
            pendingOpen = null;
            controller.open(f);
        }
    }

    private void traceViewBounds() {
        if (panel != null && panel.isShowing()) {
            Point p = panel.getLocationOnScreen();
            Trace.line("view x=" + p.x + " y=" + p.y + " w=" + panel.getWidth() + " h=" + panel.getHeight());
        }
    }

    @Override
    public boolean canClose() {
        if (controller == null || !controller.dirty()) {
            return true;
        }
        Path f = controller.file();
        NotifyDescriptor d = new NotifyDescriptor.Confirmation(Bundle.MSG_Unsaved(f == null ? "the model"
                : f.getFileName()), NotifyDescriptor.YES_NO_CANCEL_OPTION);
        Object answer = DialogDisplayer.getDefault().notify(d);
        if (answer == NotifyDescriptor.YES_OPTION) {
            Path target = saveTarget(false);
            if (target != null) {   // close once saved; a failed save is reported and the window stays
                controller.save(target).thenRun(() -> SwingUtilities.invokeLater(this::close));
            }
            return false;
        }
        return answer == NotifyDescriptor.NO_OPTION;
    }

    @Override
    protected void componentClosed() {
        finishProgress();
        if (controller != null) {
            controller.close();   // cancels a running embedding; nothing waits for it
            controller = null;
        }
        if (panel != null) {
            viewHolder.remove(panel);
            panel = null;
        }
        if (app != null) {
            app.stop();
            app = null;
        }
        partModel.clear();
        LOG.info("Part Segmentation window closed");
    }

    @Override
    public UndoRedo getUndoRedo() {
        return undoRedo;
    }

    // ------------------------------------------------------------------ commands

    /** Opens a model in this window, asking about unsaved changes first. EDT. */
    void load(Path file) {
        if (!Files.isRegularFile(file)) {
            showError("Cannot open " + file + ": no such file.", null);
            return;
        }
        if (controller == null) {
            pendingOpen = file;
            return;
        }
        if (controller.dirty()) {
            NotifyDescriptor d = new NotifyDescriptor.Confirmation(Bundle.MSG_Unsaved(controller.file().getFileName())
                    + "\n(No = discard them and open " + file.getFileName() + ")",
                    NotifyDescriptor.YES_NO_CANCEL_OPTION);
            Object answer = DialogDisplayer.getDefault().notify(d);
            if (answer == NotifyDescriptor.YES_OPTION) {
                controller.save(saveTarget(false)).thenRun(() -> SwingUtilities.invokeLater(() -> load(file)));
                return;
            }
            if (answer != NotifyDescriptor.NO_OPTION) {
                return;
            }
        }
        EditorPreferences.addRecent(file);
        controller.open(file);
    }

    private Path saveTarget(boolean ask) {
        Path f = controller.file();
        String name = f.getFileName().toString();
        boolean j3o = name.toLowerCase(Locale.ROOT).endsWith(".j3o");
        Path suggested = j3o ? f : f.resolveSibling(baseName(name) + ".j3o");
        if (j3o && !ask) {
            return f;
        }
        String forced = System.getProperty("iseg3d.editor.saveAs");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        JFileChooser fc = new JFileChooser(suggested.getParent().toFile());
        fc.setSelectedFile(suggested.toFile());
        fc.setFileFilter(new FileNameExtensionFilter("jMonkeyEngine scene (*.j3o)", "j3o"));
        if (fc.showSaveDialog(WindowManager.getDefault().getMainWindow()) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path t = fc.getSelectedFile().toPath();
        return t.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".j3o") ? t
                : t.resolveSibling(t.getFileName() + ".j3o");
    }

    static String baseName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[]{".mesh.xml", ".j3o", ".glb", ".gltf", ".obj"}) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void save() {
        if (controller == null || controller.file() == null || !controller.state().ready()) {
            setStatus("Nothing to save: open a model and accept parts first.");
            return;
        }
        Path target = saveTarget(false);
        if (target == null) {
            return;
        }
        controller.save(target);
    }

    private void exportGltf() {
        if (controller.file() == null || !controller.state().ready()) {
            setStatus("Nothing to export: open a model first.");
            return;
        }
        Path f = controller.file();
        JFileChooser fc = new JFileChooser(f.getParent().toFile());
        fc.setSelectedFile(f.resolveSibling(baseName(f.getFileName().toString()) + ".segmented.glb").toFile());
        fc.setFileFilter(new FileNameExtensionFilter("glTF (*.glb, *.gltf)", "glb", "gltf"));
        if (fc.showSaveDialog(WindowManager.getDefault().getMainWindow()) == JFileChooser.APPROVE_OPTION) {
            Path t = fc.getSelectedFile().toPath();
            String n = t.getFileName().toString().toLowerCase(Locale.ROOT);
            controller.exportGltf(n.endsWith(".glb") || n.endsWith(".gltf") ? t
                    : t.resolveSibling(t.getFileName() + ".glb"));
        }
    }

    private void renameSelected() {
        Part p = partList.getSelectedValue();
        if (p == null) {
            setStatus("Select a part in the list first.");
            return;
        }
        NotifyDescriptor.InputLine in = new NotifyDescriptor.InputLine("Name:", "Rename part");
        in.setInputText(p.name());
        if (DialogDisplayer.getDefault().notify(in) == NotifyDescriptor.OK_OPTION) {
            controller.rename(p.id(), in.getInputText().strip());
        }
    }

    private void deleteSelected() {
        for (Part p : partList.getSelectedValuesList()) {
            controller.delete(p.id());
        }
    }

    private void mergeSelected() {
        List<Part> sel = partList.getSelectedValuesList();
        if (sel.size() < 2) {
            setStatus("Select two or more parts to merge (Ctrl+click in the list).");
            return;
        }
        int[] others = sel.subList(1, sel.size()).stream().mapToInt(Part::id).toArray();
        controller.merge(sel.get(0).id(), others);
    }

    // ------------------------------------------------------------------ state → UI (EDT)

    private void showState(EditorState s) {
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
        setStatus(s.status());
        finetuneBox.setEnabled(s.method().isEmpty() || "learned".equals(s.method())); // only the learned model adapts
        infoLabel.setText("<html>" + (s.file() == null ? "" : s.file().getFileName() + "<br>")
                + (s.method().isEmpty() ? "" : "method: " + s.method() + "<br>")
                + "clicks: +" + s.positiveClicks() + " / −" + s.negativeClicks() + "<br>selected: "
                + s.maskTriangles() + " of " + s.triangles() + " triangles" + (s.dirty() ? "<br>unsaved changes" : "")
                + (s.applied() ? "<br>applied to the scene" : "") + "</html>");
        setDisplayName(Bundle.CTL_PartSegmentationTopComponent()
                + (s.file() == null ? "" : " - " + s.file().getFileName()) + (s.dirty() ? " *" : ""));
        if (!s.busy()) {
            finishProgress();
        }
        undoRedo.fire();
        Trace.line(String.format(Locale.ROOT, "state phase=%s clicks=%d mask=%d parts=%d dirty=%s applied=%s "
                + "method=%s status=%s", s.phase(), s.positiveClicks() + s.negativeClicks(), s.maskTriangles(),
                s.parts().size(), s.dirty(), s.applied(), s.method(), s.status()));
        if (s.status().startsWith("Saved ")) {
            Trace.line("saved");
        }
        traceViewBounds();
    }

    private void setStatus(String text) {
        statusLabel.setText(text == null || text.isEmpty() ? " " : text);
        StatusDisplayer.getDefault().setStatusText(text);
    }

    private void showMessage(SegmentationController.Message m) {
        switch (m.severity()) {
            case ERROR -> showError(m.text(), m.cause());
            case NOTICE -> showNotice(m.text());
            case WARNING, INFO -> setStatus(m.text());
        }
    }

    /** A warning in a notification balloon (and the notifications list), e.g. the fallback to FPFH. */
    private void showNotice(String text) {
        Trace.line("notice " + text);
        setStatus(text);
        NotificationDisplayer.getDefault().notify(Bundle.LBL_Notice(), new Swatch(new Color(0xE0A000)), text, null,
                NotificationDisplayer.Priority.HIGH);
    }

    private void showError(String text, Throwable cause) {
        Trace.line("error " + text);
        setStatus(text);
        String detail = cause != null && cause.getCause() != null && cause.getCause().getMessage() != null
                ? "\n\nCause: " + cause.getCause().getMessage() : "";
        if (!Boolean.getBoolean("iseg3d.editor.noDialogs")) {
            DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(text + detail,
                    NotifyDescriptor.ERROR_MESSAGE));
        }
    }

    private void progress(String stage, double f) {
        if (!stage.equals(progressStage)) {
            progressStage = stage;
            Trace.line("progress " + stage);
        }
        if ("ready".equals(stage)) {
            finishProgress();
            return;
        }
        if (progress == null) {
            Path file = controller == null ? null : controller.file();
            SegmentationController c = controller;
            progress = ProgressHandle.createHandle(Bundle.LBL_Preparing(file == null ? "model" : file.getFileName()),
                    () -> {
                        if (c != null) {
                            c.cancelOpen();
                        }
                        return true;
                    });
            progress.start(100);
            progressUnits = 0;
        }
        // stages may report out of order (the model process starts while the scene loads): never go back
        progressUnits = Math.max(progressUnits, (int) Math.round(100 * Math.max(0, Math.min(1, f))));
        progress.progress(stage, progressUnits);
    }

    private void finishProgress() {
        if (progress != null) {
            progress.finish();
            progress = null;
        }
    }

    private void clickCost(long nanos) {
        long micros = nanos / 1000;
        SwingUtilities.invokeLater(() -> {
            clickCostsMicros.add(micros);
            List<Long> sorted = new ArrayList<>(clickCostsMicros);
            sorted.sort(null);
            double median = sorted.get(sorted.size() / 2) / 1000.0;
            LOG.info("click → mask on screen: {} ms (median {} ms over {} clicks)", micros / 1000.0, median,
                    sorted.size());
            Trace.line(String.format(Locale.ROOT, "click-ms %.1f median=%.1f n=%d", micros / 1000.0, median,
                    sorted.size()));
        });
    }

    // ------------------------------------------------------------------ undo/redo

    /** The window's UndoRedo: the session's history (Edit > Undo/Redo, Ctrl+Z / Ctrl+Y). */
    private final class ControllerUndoRedo implements UndoRedo {
        private final ChangeSupport cs = new ChangeSupport(this);

        void fire() {
            cs.fireChange();
        }

        @Override
        public boolean canUndo() {
            return controller != null && controller.canUndo();
        }

        @Override
        public boolean canRedo() {
            return controller != null && controller.canRedo();
        }

        @Override
        public void undo() {
            if (controller != null) {
                controller.undo();
            }
        }

        @Override
        public void redo() {
            if (controller != null) {
                controller.redo();
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
            return controller == null ? "Undo" : "Undo " + controller.undoLabel();
        }

        @Override
        public String getRedoPresentationName() {
            return "Redo";
        }
    }

    /** A part in the list: colour swatch, name, triangle count. */
    private static final class PartRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focus) {
            super.getListCellRendererComponent(list, value, index, selected, focus);
            if (value instanceof Part p) {
                setText(p.name() + "  (" + p.triangleCount() + " triangles)");
                setIcon(new Swatch(new Color(p.rgb())));
            }
            return this;
        }
    }

    private record Swatch(Color color) implements Icon {
        @Override
        public void paintIcon(Component c, java.awt.Graphics g, int x, int y) {
            g.setColor(color);
            g.fillRect(x, y, 14, 14);
            g.setColor(Color.BLACK);
            g.drawRect(x, y, 14, 14);
        }

        @Override
        public int getIconWidth() {
            return 16;
        }

        @Override
        public int getIconHeight() {
            return 15;
        }
    }
}
