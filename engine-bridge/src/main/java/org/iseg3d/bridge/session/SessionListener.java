package org.iseg3d.bridge.session;

import org.iseg3d.core.propose.Proposals;

/** Told about every state change of a session, on the session's scene executor (the render thread in the editor). */
@FunctionalInterface
public interface SessionListener {

    /**
     * @param previous the state before
     * @param current  the new state
     * @param step     what happened, e.g. {@code "click"}, {@code "undo click"}
     */
    void stateChanged(SessionState previous, SessionState current, String step);

    /**
     * The part proposals are ready (once, after opening, when the config asks for them; also on the scene executor).
     * A first positive click on a proposal selects it; see {@link SegmentationSession#proposals()}.
     */
    default void proposalsReady(Proposals proposals) {}
}
