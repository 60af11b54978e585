package org.iseg3d.editor.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.nio.file.Path;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.editor.control.EditorSettings;
import org.iseg3d.editor.control.EditorState;
import org.iseg3d.editor.control.SegmentationController;
import org.iseg3d.editor.view.SegmentationViewApp;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.UndoRedo;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.AbstractLookup;
import org.openide.util.lookup.InstanceContent;
import org.openide.util.lookup.Lookups;
import org.openide.util.lookup.ProxyLookup;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The Part Segmentation window: a jME view of the model with the mask and the accepted parts drawn over it, and a
 * side panel (parts, method, α, post-processing, commands). A thin view that wires its parts together: the logic is
 * the {@link SegmentationController}; the 3D side a {@link SegmentationViewApp} hosted by {@link JmeViewHost}, with
 * {@link ViewInput} for mouse and keys; {@link SidePanel}, {@link ModelFiles} (open, save, export and their dialogs),
 * {@link PreparationProgress}, {@link UserMessages}, {@link EditorTelemetry}, {@link ControllerUndoRedo} and
 * {@link DocumentSaving} (the unsaved model as the platform's {@code Savable} in the window's lookup and registry).
 */
@TopComponent.Description(
        preferredID = PartSegmentationTopComponent.ID,
        persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "org.iseg3d.editor.ui.PartSegmentationTopComponent")
@ActionReference(path = "Menu/Window", position = 333)
@TopComponent.OpenActionRegistration(
        displayName = "#CTL_PartSegmentationAction",
        preferredID = PartSegmentationTopComponent.ID)
@Messages({
    "CTL_PartSegmentationAction=Part Segmentation",
    "CTL_PartSegmentationTopComponent=Part Segmentation",
    "HINT_PartSegmentationTopComponent=Interactive part segmentation (iSeg3D): click on a model to select its parts",
    "# {0} - window name",
    "# {1} - file name",
    "LBL_WindowWithFile={0} - {1}",
    "# {0} - window name",
    "LBL_WindowDirty={0} *"
})
public final class PartSegmentationTopComponent extends TopComponent {

    static final String ID = "PartSegmentationTopComponent";
    private static final Logger LOG = LogManager.getLogger(PartSegmentationTopComponent.class);
    private static final long serialVersionUID = 1L;

    private transient SegmentationController controller;
    private final JPanel viewHolder = new JPanel(new BorderLayout());
    private final JLabel statusLabel = new JLabel(" ");
    private final transient UserMessages messages = new UserMessages(statusLabel);
    private final transient ControllerUndoRedo undoRedo = new ControllerUndoRedo(() -> controller);
    private final transient PreparationProgress progress =
            new PreparationProgress(() -> controller, messages::setStatus);
    private final transient EditorTelemetry telemetry = new EditorTelemetry();
    private final transient JmeViewHost view = new JmeViewHost(viewHolder);
    private final transient ModelFiles files = new ModelFiles(() -> controller, messages);
    private final transient ViewInput input = new ViewInput(() -> controller, view, undoRedo, files::save);
    private final transient InstanceContent lookupContent = new InstanceContent();
    private final transient DocumentSaving saving = new DocumentSaving(lookupContent, files);
    private final SidePanel side =
            new SidePanel(() -> controller, messages::setStatus, files, () -> OpenModelAction.chooseAndOpen(this));

    public PartSegmentationTopComponent() {
        setName(Bundle.CTL_PartSegmentationTopComponent());
        setToolTipText(Bundle.HINT_PartSegmentationTopComponent());
        setLayout(new BorderLayout());
        viewHolder.setBackground(Color.DARK_GRAY);
        viewHolder.setPreferredSize(new Dimension(800, 600));
        add(viewHolder, BorderLayout.CENTER);
        add(side, BorderLayout.EAST);
        statusLabel.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        add(statusLabel, BorderLayout.SOUTH);
        input.installKeys(this, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        // the document (Savable, SaveAsCapable: File > Save, Save As…, the exit dialog) and the action map
        associateLookup(new ProxyLookup(new AbstractLookup(lookupContent), Lookups.singleton(getActionMap())));
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

    /** Opens a model in this window, asking about unsaved changes first. EDT. */
    void load(Path file) {
        files.load(file);
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    protected void componentOpened() {
        EditorSettings settings = EditorPreferences.load();
        side.showSettings(settings);
        view.start(telemetry::clickCost, input::installOn);
        controller = new SegmentationController(view.app(), SwingUtilities::invokeLater, settings);
        controller.addStateListener(this::showState);
        controller.addMessageListener(messages::show);
        controller.addProgressListener((stage, f) -> SwingUtilities.invokeLater(() -> progress.progress(stage, f)));
        revalidate();
        LOG.info("Part Segmentation window opened");
        files.openPending();
    }

    @Override
    public boolean canClose() {
        return files.canClose(this::close);
    }

    @Override
    protected void componentClosed() {
        progress.finish();
        saving.clear();
        if (controller != null) {
            controller.close(); // cancels a running embedding; nothing waits for it
            controller = null;
        }
        view.stop();
        side.clearParts();
        LOG.info("Part Segmentation window closed");
    }

    @Override
    public UndoRedo getUndoRedo() {
        return undoRedo;
    }

    // ------------------------------------------------------------------ state → UI (EDT)

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void showState(EditorState s) {
        side.showState(s);
        messages.setStatus(s.status());
        String name = Bundle.CTL_PartSegmentationTopComponent();
        if (s.file() != null) {
            name = Bundle.LBL_WindowWithFile(name, s.file().getFileName());
        }
        setDisplayName(s.dirty() ? Bundle.LBL_WindowDirty(name) : name);
        // NetBeans' modified-document look: the tab title in bold while unsaved
        setHtmlDisplayName(s.dirty() ? "<html><b>" + escape(Bundle.LBL_WindowDirty(name)) + "</b>" : null);
        saving.update(s);
        if (!s.busy()) {
            progress.finish();
        }
        undoRedo.fire();
        EditorTelemetry.state(s);
        EditorTelemetry.window(getDisplayName(), saving.registered(), side);
        view.traceViewBounds();
    }
}
