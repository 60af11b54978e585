package org.iseg3d.bridge.session;

import java.util.concurrent.CompletableFuture;

/**
 * What a command computed on the worker, applied on the scene executor by {@link CommandQueue}.
 *
 * @param next    the new state, or null when the state does not change (nothing is recorded or published)
 * @param effect  a scene graph change to make (and record for undo), or null
 * @param onScene more scene-executor work (installing what was opened, moving history steps), or null
 * @param value   what the command's future completes with
 */
record Outcome<T>(SessionState next, SceneEffect effect, Runnable onScene, T value) {

    /** A completed outcome with only a new state (or none) and a value. */
    static <T> CompletableFuture<Outcome<T>> done(SessionState next, T value) {
        return CompletableFuture.completedFuture(new Outcome<>(next, null, null, value));
    }
}
