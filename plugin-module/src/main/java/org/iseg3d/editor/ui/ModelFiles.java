package org.iseg3d.editor.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.iseg3d.editor.control.SegmentationController;
import org.netbeans.api.progress.BaseProgressUtils;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.WindowManager;

/**
 * The window's document commands and their dialogs: open (asking about unsaved changes first), save ({@code .j3o}
 * in place with an atomic replace and a {@code .bak} of the old file; other formats to a {@code .j3o} chosen in a
 * Save As dialog, or {@code -Diseg3d.editor.saveAs}), the same save waited for by the platform's File &gt; Save, Save
 * As… and exit dialog ({@link DocumentSaving}), export glTF, and the question before the window closes. Dialogs start
 * in the model's folder or the user's home. EDT (except {@link #saveAndWait} from a platform thread).
 */
@Messages({
    "# {0} - file name",
    "MSG_Unsaved=The parts of {0} have unsaved changes. Save them?",
    "# {0} - file name",
    "MSG_UnsavedDiscard=\n(No = discard them and open {0})",
    "MSG_TheModel=the model",
    "# {0} - file",
    "MSG_NoSuchFile=Cannot open {0}: no such file.",
    "LBL_J3oFilter=jMonkeyEngine scene (*.j3o)",
    "LBL_GltfFilter=glTF (*.glb, *.gltf)",
    "MSG_NothingToSave=Nothing to save: open a model and accept parts first.",
    "MSG_NothingToExport=Nothing to export: open a model first.",
    "MSG_SaveCancelled=Not saved: the Save As dialog was cancelled.",
    "# {0} - file name",
    "MSG_Saving=Saving {0}…"
})
final class ModelFiles {

    /** The launcher's internal working folder (never offered as the place to save). */
    static final String WORKDIR_PROPERTY = "iseg3d.editor.workdir";

    private static final long SAVE_TIMEOUT_MINUTES = 10;

    private final Supplier<SegmentationController> controller;
    private final UserMessages messages;
    private Path pendingOpen;

    /** @param controller the window's controller, null while the window is closed */
    ModelFiles(Supplier<SegmentationController> controller, UserMessages messages) {
        this.controller = controller;
        this.messages = messages;
    }

    /** Opens a model, asking about unsaved changes first; kept for {@link #openPending()} while closed. */
    void load(Path file) {
        if (!Files.isRegularFile(file)) {
            messages.showError(Bundle.MSG_NoSuchFile(file), null);
            return;
        }
        SegmentationController c = controller.get();
        if (c == null) {
            pendingOpen = file;
            return;
        }
        if (c.dirty()) {
            NotifyDescriptor d = new NotifyDescriptor.Confirmation(
                    Bundle.MSG_Unsaved(c.file().getFileName()) + Bundle.MSG_UnsavedDiscard(file.getFileName()),
                    NotifyDescriptor.YES_NO_CANCEL_OPTION);
            Object answer = DialogDisplayer.getDefault().notify(d);
            if (answer == NotifyDescriptor.YES_OPTION) {
                c.save(saveTarget(c, false)).thenRun(() -> SwingUtilities.invokeLater(() -> load(file)));
                return;
            }
            if (answer != NotifyDescriptor.NO_OPTION) {
                return;
            }
        }
        openAndRemember(c, file);
    }

    /** Opens; only a model that opened enters File &gt; Open Recent Model (one that failed leaves it). */
    private static void openAndRemember(SegmentationController c, Path file) {
        c.open(file)
                .whenComplete((st, e) -> SwingUtilities.invokeLater(() -> {
                    if (e == null) {
                        EditorPreferences.addRecent(file);
                    } else if (!(e instanceof java.util.concurrent.CancellationException
                            || e.getCause() instanceof java.util.concurrent.CancellationException)) {
                        EditorPreferences.removeRecent(file);
                    }
                }));
    }

    /** The window has opened: opens the model asked for while it was closed. */
    void openPending() {
        SegmentationController c = controller.get();
        if (pendingOpen != null && c != null) {
            Path f = pendingOpen;
            pendingOpen = null;
            openAndRemember(c, f);
        }
    }

    /**
     * Whether the window may close now: no unsaved changes, or the user discards them. "Yes" saves and runs
     * {@code close} once saved (a failed save is reported and the window stays).
     */
    boolean canClose(Runnable close) {
        SegmentationController c = controller.get();
        if (c == null || !c.dirty()) {
            return true;
        }
        Path f = c.file();
        NotifyDescriptor d = new NotifyDescriptor.Confirmation(
                Bundle.MSG_Unsaved(f == null ? Bundle.MSG_TheModel() : f.getFileName()),
                NotifyDescriptor.YES_NO_CANCEL_OPTION);
        Object answer = DialogDisplayer.getDefault().notify(d);
        if (answer == NotifyDescriptor.YES_OPTION) {
            Path target = saveTarget(c, false);
            if (target != null) {
                c.save(target).thenRun(() -> SwingUtilities.invokeLater(close));
            }
            return false;
        }
        return answer == NotifyDescriptor.NO_OPTION;
    }

    /**
     * Save (Ctrl+S, the side panel's Save): a {@code .j3o} in place (atomic replace, the old file kept as
     * {@code .bak}), other formats to a {@code .j3o} chosen in a Save As dialog. Does not wait.
     */
    void save() {
        SegmentationController c = controller.get();
        if (c == null || c.file() == null || !c.state().ready()) {
            messages.setStatus(Bundle.MSG_NothingToSave());
            return;
        }
        Path target = saveTarget(c, false);
        if (target == null) {
            return;
        }
        c.save(target);
    }

    /**
     * The same save for the platform (File &gt; Save, the exit dialog's Save, File &gt; Save As… with
     * {@code target}): waits for it behind the platform's progress dialog (the EDT keeps painting) and throws when
     * there is nothing to save, the dialog was cancelled or the save failed, so the caller does not go on.
     *
     * @param target the file to save to, or null for {@link #save()}'s choice
     */
    void saveAndWait(Path target) throws IOException {
        SegmentationController c = controller.get();
        if (c == null || c.file() == null || !c.state().ready()) {
            throw new IOException(Bundle.MSG_NothingToSave());
        }
        Path t = target != null ? target : onEdt(() -> saveTarget(c, false));
        if (t == null) {
            throw new IOException(Bundle.MSG_SaveCancelled());
        }
        CompletableFuture<Path> saved = c.save(t);
        Runnable wait = () -> {
            try {
                saved.get(SAVE_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // reported below and by the controller's message
            }
        };
        if (SwingUtilities.isEventDispatchThread()) {
            BaseProgressUtils.showProgressDialogAndRun(wait, Bundle.MSG_Saving(t.getFileName()));
        } else {
            wait.run();
        }
        if (!saved.isDone() || saved.isCompletedExceptionally()) {
            throw new IOException(c.state().status());
        }
    }

    void exportGltf() {
        SegmentationController c = controller.get();
        if (c.file() == null || !c.state().ready()) {
            messages.setStatus(Bundle.MSG_NothingToExport());
            return;
        }
        Path f = c.file();
        JFileChooser fc = new JFileChooser(startFolder(f).toFile());
        fc.setSelectedFile(startFolder(f)
                .resolve(baseName(f.getFileName().toString()) + ".segmented.glb")
                .toFile());
        fc.setFileFilter(new FileNameExtensionFilter(Bundle.LBL_GltfFilter(), "glb", "gltf"));
        if (fc.showSaveDialog(WindowManager.getDefault().getMainWindow()) == JFileChooser.APPROVE_OPTION) {
            Path t = fc.getSelectedFile().toPath();
            String n = t.getFileName().toString().toLowerCase(Locale.ROOT);
            c.exportGltf(n.endsWith(".glb") || n.endsWith(".gltf") ? t : t.resolveSibling(t.getFileName() + ".glb"));
        }
    }

    /** The j3o to save to: the file itself when it is a j3o, else one chosen beside it (null: cancelled). */
    private static Path saveTarget(SegmentationController c, boolean ask) {
        Path f = c.file();
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
        Path folder = startFolder(f);
        JFileChooser fc = new JFileChooser(folder.toFile());
        fc.setSelectedFile(folder.resolve(suggested.getFileName()).toFile());
        fc.setFileFilter(new FileNameExtensionFilter(Bundle.LBL_J3oFilter(), "j3o"));
        if (fc.showSaveDialog(WindowManager.getDefault().getMainWindow()) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path t = fc.getSelectedFile().toPath();
        return t.resolveSibling(withJ3o(t.getFileName().toString()));
    }

    /** A Save As name as a {@code .j3o} name: {@code chair} and {@code chair.glb} → {@code chair.j3o}. */
    static String withJ3o(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".j3o") ? name : baseName(name) + ".j3o";
    }

    /**
     * Where the save and export dialogs start: the model's folder, or the user's home when that folder is the
     * launcher's internal working folder ({@code -Diseg3d.editor.workdir}, {@code out/editor} of {@code ./iseg3d
     * editor}, where the bundled example is copied) or not writable.
     */
    static Path startFolder(Path model) {
        Path home = Path.of(System.getProperty("user.home"));
        Path dir = model.toAbsolutePath().getParent();
        String work = System.getProperty(WORKDIR_PROPERTY);
        if (dir == null || !Files.isWritable(dir)) {
            return home;
        }
        if (work != null
                && !work.isBlank()
                && dir.normalize().startsWith(Path.of(work).toAbsolutePath().normalize())) {
            return home;
        }
        return dir;
    }

    private static Path onEdt(Supplier<Path> dialog) throws IOException {
        if (SwingUtilities.isEventDispatchThread()) {
            return dialog.get();
        }
        AtomicReference<Path> chosen = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> chosen.set(dialog.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (InvocationTargetException e) {
            throw new IOException(e.getCause());
        }
        return chosen.get();
    }

    /** The file name without its model extension ({@code chair.mesh.xml} → {@code chair}). */
    static String baseName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".mesh.xml", ".j3o", ".glb", ".gltf", ".obj"}) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
