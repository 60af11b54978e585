package org.iseg3d.bridge.session;

import com.jme3.scene.Spatial;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.iseg3d.bridge.load.LoadedScene;
import org.iseg3d.bridge.load.ModelLoadException;

/**
 * Opens a session's one scene and then holds what was opened. The pipeline, as one {@link SessionStep#OPEN}
 * command: load the file (worker; for a file), flatten the scene graph (scene executor: it reads and updates the
 * live graph, and the part labels a saved scene carries), then sample, build the kNN context, embed and index
 * ({@link PreparedShape#prepare}, worker). The ready state holds the saved parts ({@link SavedParts}). The prepared
 * shape and its fine-tuning are installed on the scene executor when the ready state is published.
 */
final class SceneOpener {

    private final SessionConfig config;
    private final CommandQueue queue;
    private final FinetuneCoordinator finetune;
    private volatile PreparedShape shape;
    private boolean opening;

    SceneOpener(SessionConfig config, CommandQueue queue, FinetuneCoordinator finetune) {
        this.config = config;
        this.queue = queue;
        this.finetune = finetune;
    }

    /** What was opened, or null before opening completed (any thread). */
    PreparedShape shape() {
        return shape;
    }

    /** What was opened; fails when nothing is open yet. */
    PreparedShape requireShape() {
        PreparedShape p = shape;
        if (p == null) {
            throw new IllegalStateException("no scene is open: call open first");
        }
        return p;
    }

    /**
     * Queues the opening of {@code file} (loaded headless) or of {@code root} (a live scene graph part).
     *
     * @throws IllegalStateException when this session already opens or opened a scene
     */
    CompletableFuture<SessionState> open(Path file, Spatial root) {
        synchronized (this) {
            if (opening || shape != null) {
                throw new IllegalStateException("a session opens one scene; create a new session for another");
            }
            opening = true;
        }
        return queue.<SessionState>submit(SessionStep.OPEN, (s, token) -> {
                    List<String> warnings = List.of();
                    Spatial r = root;
                    if (file != null) {
                        LoadedScene loaded = PreparedShape.load(file);
                        r = loaded.root();
                        warnings = loaded.warnings();
                    }
                    Spatial model = r;
                    List<String> w = warnings;
                    String label = file != null
                            ? file.getFileName().toString()
                            : model.getName() != null ? model.getName() : "scene";
                    token.throwIfCancelled();
                    return CompletableFuture.supplyAsync(
                                    () -> {
                                        try {
                                            return PreparedShape.flatten(file, model, label, w);
                                        } catch (ModelLoadException e) {
                                            throw new CompletionException(e);
                                        }
                                    },
                                    queue.scene())
                            .thenApplyAsync(
                                    f -> {
                                        PreparedShape p = PreparedShape.prepare(f, config, token);
                                        SessionState ready = SavedParts.read(
                                                p.writeBackScene,
                                                p.scene.shape().triangleOfPoint());
                                        OnlineFinetuning tuning = finetune.create(p);
                                        return new Outcome<>(
                                                ready,
                                                null,
                                                () -> {
                                                    shape = p;
                                                    finetune.install(p, tuning);
                                                },
                                                ready);
                                    },
                                    queue.worker());
                })
                .whenComplete((x, e) -> {
                    if (e != null) {
                        synchronized (this) {
                            opening = false;
                        }
                    }
                });
    }
}
