package org.iseg3d.editor.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.core.embed.Embedder;
import org.iseg3d.core.embed.EmbedderProvider;
import org.iseg3d.core.embed.FpfhEmbedder;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/**
 * The embedders found in the default {@link Lookup}: {@link EmbedderProvider}s registered with
 * {@code @ServiceProvider} ({@link FpfhEmbedderProvider}) or {@code META-INF/services} (tf-model's {@code learned}),
 * with FPFH as the fallback when the one asked for is missing or cannot load.
 */
@Messages({
    "# {0} - folder",
    "MSG_NoModelFolder=The model folder {0} does not exist (Tools > Options > iSeg3D); using FPFH.",
    "MSG_LearnedNotInstalled=The learned model (tf-model) is not installed; using FPFH.",
    "# {0} - reason",
    "MSG_LearnedNotLoaded=The learned model could not be loaded ({0}); using FPFH."
})
final class Embedders {

    private static final Logger LOG = LogManager.getLogger(Embedders.class);

    private Embedders() {}

    /**
     * The in-process embedder for the settings: {@code learned} from its provider with the model folder of the
     * options, falling back to FPFH with a warning when it is missing or cannot load.
     */
    static Embedder inProcess(EditorSettings s, List<String> warnings) {
        if (!EditorSettings.LEARNED.equals(s.method())) {
            return fpfh();
        }
        Path folder = s.modelFolder();
        if (!folderExists(folder, warnings)) {
            return fpfh();
        }
        try {
            EmbedderProvider p = provider(EditorSettings.LEARNED);
            if (p != null) {
                return p.create(folder);
            }
            warnings.add(Bundle.MSG_LearnedNotInstalled());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("learned embedder unavailable", e);
            warnings.add(Bundle.MSG_LearnedNotLoaded(Texts.text(e)));
        }
        return fpfh();
    }

    /** False (with a warning) when a model folder is set but missing. */
    static boolean folderExists(Path folder, List<String> warnings) {
        if (folder != null && !Files.isDirectory(folder)) {
            warnings.add(Bundle.MSG_NoModelFolder(folder));
            return false;
        }
        return true;
    }

    /** FPFH: its registered provider, or iseg-core's embedder directly. */
    static Embedder fpfh() {
        EmbedderProvider p = provider(EditorSettings.FPFH);
        return p == null ? new FpfhEmbedder() : p.create(null);
    }

    /** The provider of a method in the default Lookup, or null. */
    static EmbedderProvider provider(String name) {
        for (EmbedderProvider p : Lookup.getDefault().lookupAll(EmbedderProvider.class)) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
