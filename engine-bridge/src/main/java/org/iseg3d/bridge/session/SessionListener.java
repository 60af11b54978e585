package org.iseg3d.bridge.session;

/** Told about every state change of a session, on the session's scene executor (the render thread in the editor). */
@FunctionalInterface
public interface SessionListener {

    /**
     * @param previous the state before
     * @param current  the new state
     * @param step     what happened, e.g. {@code "click"}, {@code "undo click"}
     */
    void stateChanged(SessionState previous, SessionState current, String step);
}
