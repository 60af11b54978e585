package org.iseg3d.bridge.session;

import java.util.List;

/** The result of a click or scribble: taken (with the new state) or ignored (with a message, no state change). */
public sealed interface ClickOutcome {

    /**
     * @param state  the state after the click
     * @param points the sampled points clicked (one for a click, the distinct points of a scribble)
     */
    record Accepted(SessionState state, List<Integer> points) implements ClickOutcome {
        public Accepted {
            points = List.copyOf(points);
        }
    }

    /** @param message why, one line for the user (e.g. "the click is not on the model") */
    record Ignored(String message) implements ClickOutcome {}
}
