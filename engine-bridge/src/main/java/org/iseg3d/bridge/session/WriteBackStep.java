package org.iseg3d.bridge.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.iseg3d.bridge.writeback.PreparedWriteBack;
import org.iseg3d.bridge.writeback.SceneWriteBack;

/**
 * The {@link SessionStep#APPLY} command and the write-back it shows: the meshes are prepared on the worker
 * ({@link SceneWriteBack#prepare}), and the returned {@link SceneEffect} swaps the scene graph on the scene executor
 * (replacing an earlier write-back; undo puts that one back).
 */
final class WriteBackStep {

    private final SessionConfig config;
    private volatile PreparedWriteBack applied;

    WriteBackStep(SessionConfig config) {
        this.config = config;
    }

    /** The write-back currently shown in the scene, if any (any thread). */
    Optional<PreparedWriteBack> applied() {
        return Optional.ofNullable(applied);
    }

    /** Worker: prepares the write-back of the accepted parts of {@code s}. */
    CompletableFuture<Outcome<SessionState>> prepare(SessionState s, PreparedShape p, CancellationToken token) {
        if (s.parts().isEmpty() && !p.writeBackScene.labelled()) {
            throw new IllegalStateException("no parts to write back: accept a part first");
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        s.parts().forEach(x -> names.put(x.id(), x.name()));
        config.progress().progress("write-back", 0.0);
        PreparedWriteBack plan =
                SceneWriteBack.prepare(p.writeBackScene, s.partOfTriangle(), names, token::isCancelled);
        config.progress().progress("write-back", 1.0);
        PreparedWriteBack previous = applied;
        SceneEffect effect = new SceneEffect() {
            @Override
            public void redo() {
                if (previous != null && previous.isApplied()) {
                    previous.revert();
                }
                plan.apply();
                applied = plan;
            }

            @Override
            public void undo() {
                plan.revert();
                if (previous != null) {
                    previous.apply();
                }
                applied = previous;
            }
        };
        SessionState next = s.withApplied(true);
        return CompletableFuture.completedFuture(new Outcome<>(next, effect, null, next));
    }
}
