package org.iseg3d.editor.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.io.GltfSceneExporter;
import org.iseg3d.bridge.io.SceneSaver;
import org.iseg3d.bridge.session.SegmentationSession;
import org.iseg3d.bridge.session.SessionState;
import org.iseg3d.editor.control.SegmentationController.Message;
import org.openide.util.NbBundle.Messages;

/**
 * Apply, save and export of the {@link EditorDocument}: the parts are written into the scene graph, then the scene is
 * written on the scene executor (j3o through engine-bridge's atomic save, the replaced file kept as {@code .bak}; or
 * glTF). A save makes the target the document's file (Save As).
 */
@Messages({
    "# {0} - file name",
    "# {1} - number of parts",
    "MSG_Saved=Saved {0} ({1} parts).",
    "# {0} - file name",
    "# {1} - number of parts",
    "MSG_Exported=Exported {0} ({1} parts).",
    "# {0} - reason",
    "MSG_SaveFailed=Save failed: {0}",
    "# {0} - reason",
    "MSG_ExportFailed=Export failed: {0}"
})
final class SceneWriter {

    private static final Logger LOG = LogManager.getLogger(SegmentationController.class);

    @FunctionalInterface
    private interface Writer {
        Path write(Path target) throws Exception;
    }

    private final EditorDocument doc;

    SceneWriter(EditorDocument doc) {
        this.doc = doc;
    }

    /** Writes the accepted parts into the scene graph (undoable). */
    CompletableFuture<SessionState> apply() {
        SegmentationSession s = doc.readySession();
        if (s == null) {
            return doc.notReady();
        }
        if (s.state().applied() && s.state() == doc.appliedAt) {
            return CompletableFuture.completedFuture(s.state());
        }
        return doc.report(
                s.apply().thenApply(st -> {
                    doc.appliedAt = st;
                    return st;
                }),
                "apply");
    }

    /** See {@link SegmentationController#save(Path)}. */
    CompletableFuture<Path> save(Path target) {
        return write(target, true, t -> {
            backUp(t);
            SceneSaver.saveJ3o(doc.root, t);
            return t;
        });
    }

    /**
     * Keeps the file about to be replaced as {@code NAME.bak} ({@code chair.j3o} → {@code chair.j3o.bak}, the one
     * version before this save): the save itself is atomic, the backup is there to undo a save that was not meant.
     */
    static Path backUp(Path target) throws java.io.IOException {
        if (!Files.isRegularFile(target)) {
            return null;
        }
        Path bak = target.resolveSibling(target.getFileName() + ".bak");
        Files.copy(target, bak, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        return bak;
    }

    /** See {@link SegmentationController#exportGltf(Path)}. */
    CompletableFuture<Path> exportGltf(Path target) {
        return write(target, false, t -> {
            GltfSceneExporter.export(doc.root, t);
            return t;
        });
    }

    private CompletableFuture<Path> write(Path target, boolean save, Writer w) {
        SegmentationSession s = doc.readySession();
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(doc.status));
        }
        Path t = target.toAbsolutePath().normalize();
        CompletableFuture<SessionState> applied =
                s.state().parts().isEmpty() ? CompletableFuture.completedFuture(s.state()) : apply();
        return applied.thenApplyAsync(
                        st -> {
                            try {
                                Path out = w.write(t);
                                if (save) {
                                    doc.saved = s.state();
                                    doc.file =
                                            out; // Save As: the document is the new file from now on (title, next Save)
                                }
                                String parts = Integer.toString(st.parts().size());
                                doc.status = save
                                        ? Bundle.MSG_Saved(out.getFileName(), parts)
                                        : Bundle.MSG_Exported(out.getFileName(), parts);
                                LOG.info(
                                        "{} {} ({} parts)",
                                        (save ? "Saved" : "Exported").toLowerCase(Locale.ROOT),
                                        out,
                                        st.parts().size());
                                doc.publish();
                                return out;
                            } catch (Exception e) {
                                throw new CompletionException(e);
                            }
                        },
                        doc.host.sceneExecutor())
                .whenComplete((p, e) -> {
                    if (e != null) {
                        Throwable c = Texts.unwrap(e);
                        doc.status(
                                save ? Bundle.MSG_SaveFailed(Texts.text(c)) : Bundle.MSG_ExportFailed(Texts.text(c)));
                        doc.events.message(Message.Severity.ERROR, doc.status, c);
                    }
                });
    }
}
