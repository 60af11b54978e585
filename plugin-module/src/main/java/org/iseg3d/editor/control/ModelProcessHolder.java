package org.iseg3d.editor.control;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.modelclient.ModelProcessEmbedder;

/**
 * The learned model's process, kept from one open to the next (its weights reset) while the model folder stays the
 * same. Confined to one thread (the {@link EmbedderChooser}'s model starter).
 */
final class ModelProcessHolder {

    private static final Logger LOG = LogManager.getLogger(ModelProcessHolder.class);

    private ProcessEmbedder process;
    private Path folder;

    /** The running process for this folder, reset, or null when there is none (or it cannot be reused). */
    ProcessEmbedder reuse(Path modelFolder) {
        ProcessEmbedder p = process;
        if (p == null || !Objects.equals(folder, modelFolder)) {
            return null;
        }
        try {
            p.reset(); // the next shape starts from the loaded weights (no fine-tuning carried over)
            return p;
        } catch (UnsupportedOperationException e) {
            return p; // a model without reset cannot be fine-tuned either
        } catch (RuntimeException e) {
            LOG.warn("the model process cannot be reused ({}); starting a new one", Texts.text(e));
            return null;
        }
    }

    /**
     * Stops the current process and starts a new one for the folder (null: the default model).
     *
     * @throws RuntimeException or LinkageError when it cannot start, with the model process's own message
     */
    ProcessEmbedder start(Path modelFolder) {
        stop();
        process = new ProcessEmbedder(ModelProcessEmbedder.start(ModelWorkerInstall.options(modelFolder)));
        folder = modelFolder;
        return process;
    }

    void stop() {
        if (process != null) {
            process.close();
            process = null;
            folder = null;
        }
    }
}
