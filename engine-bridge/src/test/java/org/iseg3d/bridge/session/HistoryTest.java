package org.iseg3d.bridge.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history alone: which steps it records, the labels listeners see, the limit, scene effects. */
class HistoryTest {

    private final List<String> effects = new ArrayList<>();

    private static SessionState state(int points) {
        return SessionState.ready(points, 1);
    }

    /** Runs an undo/redo command as the queue would: start on the "worker", then the outcome "on the scene". */
    private static String run(History h, SessionStep step, SessionState current, SessionState expected)
            throws Exception {
        Outcome<SessionState> o = (step == SessionStep.UNDO ? h.undoCommand() : h.redoCommand())
                .start(current, new CancellationToken())
                .get();
        assertSame(expected, o.value());
        if (o.onScene() != null) {
            o.onScene().run();
        }
        return o.next() == null ? null : h.published(step, current, o.next(), o.effect());
    }

    private SceneEffect effect(String name) {
        return new SceneEffect() {
            @Override
            public void redo() {
                effects.add("redo " + name);
            }

            @Override
            public void undo() {
                effects.add("undo " + name);
            }
        };
    }

    @Test
    void recordsUndoableStepsOnlyAndLabelsUndoAndRedoWithTheMovedStep() throws Exception {
        History h = new History(10);
        SessionState s0 = state(2), s1 = state(3), s2 = state(4), s3 = state(5);
        assertEquals("open", h.published(SessionStep.OPEN, SessionState.EMPTY, s0, null));
        assertEquals("click", h.published(SessionStep.CLICK, s0, s1, null));
        assertEquals("click parameters", h.published(SessionStep.CLICK_PARAMETERS, s1, s2, null));
        assertEquals("fine-tune", h.published(SessionStep.FINETUNE, s2, s2, null));
        assertEquals("apply", h.published(SessionStep.APPLY, s2, s3, effect("a")));
        assertEquals(List.of("click", "apply"), h.undoLabels());
        assertTrue(h.canUndo());
        assertFalse(h.canRedo());

        assertEquals("undo apply", run(h, SessionStep.UNDO, s3, s2));
        assertEquals(List.of("undo a"), effects);
        assertEquals(List.of("click"), h.undoLabels());
        assertTrue(h.canRedo());
        assertEquals("redo apply", run(h, SessionStep.REDO, s2, s3));
        assertEquals(List.of("undo a", "redo a"), effects);
        assertEquals("undo apply", run(h, SessionStep.UNDO, s3, s2));
        assertEquals("undo click", run(h, SessionStep.UNDO, s2, s0));
        assertFalse(h.canUndo());
        assertNull(run(h, SessionStep.UNDO, s0, s0), "nothing to undo: no state change, nothing published");

        assertEquals("scribble", h.published(SessionStep.SCRIBBLE, s0, s1, null));
        assertFalse(h.canRedo(), "a new step drops the redo stack");
        assertNull(run(h, SessionStep.REDO, s1, s1));
    }

    @Test
    void keepsTheNewestStepsUpToTheLimit() {
        History h = new History(2);
        h.published(SessionStep.CLICK, state(2), state(3), null);
        h.published(SessionStep.ACCEPT_PART, state(3), state(4), null);
        h.published(SessionStep.RENAME_PART, state(4), state(5), null);
        assertEquals(List.of("accept part", "rename part"), h.undoLabels());
    }
}
