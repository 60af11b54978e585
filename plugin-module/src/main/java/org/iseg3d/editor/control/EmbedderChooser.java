package org.iseg3d.editor.control;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.session.ProgressListener;
import org.iseg3d.core.embed.Embedder;
import org.openide.util.NbBundle.Messages;

/**
 * Acquires the embedder for an open, on its own thread ("model starter") so the model process starts while the
 * scene loads: {@code learned} in its model process when the settings say so (the default; the process is kept for
 * the next open, its weights reset), else in this JVM ({@link Embedders}); FPFH with a warning when the learned model
 * cannot be started or loaded.
 */
@Messages({
    "# {0} - reason",
    "MSG_ProcessNotStarted=The learned model could not be started in its own process ({0}); using FPFH."
})
final class EmbedderChooser implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(EmbedderChooser.class);

    private final ExecutorService modelStarter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "iseg3d-editor-model");
        t.setDaemon(true);
        return t;
    });
    private final ModelProcessHolder process = new ModelProcessHolder(); // model-starter thread only
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * The embedder for the settings, on the model starter.
     *
     * @param warnings receives the reasons of a fallback to FPFH (read once the future is done)
     */
    CompletableFuture<Embedder> choose(EditorSettings s, List<String> warnings, ProgressListener progress) {
        return CompletableFuture.supplyAsync(() -> chooseNow(s, warnings, progress), modelStarter);
    }

    private Embedder chooseNow(EditorSettings s, List<String> warnings, ProgressListener progress) {
        if (!EditorSettings.LEARNED.equals(s.method()) || !s.modelProcess()) {
            return Embedders.inProcess(s, warnings);
        }
        if (!Embedders.folderExists(s.modelFolder(), warnings)) {
            return Embedders.fpfh();
        }
        if (closed.get()) {
            throw new CancellationException("closed");
        }
        ProcessEmbedder p = process.reuse(s.modelFolder());
        if (p != null) {
            return p;
        }
        progress.progress("starting the model process", 0.0); // in parallel with "loading" (also 0)
        try {
            return process.start(s.modelFolder());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("the model process could not be started", e);
            warnings.add(Bundle.MSG_ProcessNotStarted(Texts.text(e)));
            return Embedders.fpfh();
        }
    }

    /** Stops the model process (after a start still running) in the background: nothing waits for it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        modelStarter.execute(process::stop);
        modelStarter.shutdown();
    }
}
