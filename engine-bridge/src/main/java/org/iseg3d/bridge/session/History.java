package org.iseg3d.bridge.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The undo and redo stacks of a session. Each step keeps the immutable state before and after it (arrays shared when
 * unchanged), so undo and redo restore exact snapshots; a step with a {@link SceneEffect} (apply) also reverts or
 * re-applies its scene graph change. Steps are recorded and moved on the scene executor, looked at by the undo/redo
 * commands on the worker and listed from any thread, all under this object's lock.
 */
final class History {

    /** One recorded step; {@code effect} changes the scene graph (apply) or is null. */
    private record Entry(SessionStep step, SessionState before, SessionState after, SceneEffect effect) {}

    private final int limit;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private volatile boolean canUndo;
    private volatile boolean canRedo;

    /** @param limit undo steps kept (the oldest are dropped) */
    History(int limit) {
        this.limit = limit;
    }

    boolean canUndo() {
        return canUndo;
    }

    boolean canRedo() {
        return canRedo;
    }

    /** Labels of the steps undo would undo, oldest first (a snapshot). */
    synchronized List<String> undoLabels() {
        return undo.stream().map(e -> e.step().label()).toList();
    }

    /** The command that undoes the last step (completes with the unchanged state when there is none). */
    Command<SessionState> undoCommand() {
        return move(undo, redo, true);
    }

    /** The command that redoes the last undone step (completes with the unchanged state when there is none). */
    Command<SessionState> redoCommand() {
        return move(redo, undo, false);
    }

    private Command<SessionState> move(Deque<Entry> from, Deque<Entry> to, boolean back) {
        return (s, token) -> {
            Entry e;
            synchronized (this) {
                e = from.peekLast();
            }
            if (e == null) {
                return Outcome.done(null, s);
            }
            SessionState target = back ? e.before() : e.after();
            return CompletableFuture.completedFuture(new Outcome<>(
                    target,
                    null,
                    () -> {
                        if (e.effect() != null) {
                            if (back) {
                                e.effect().undo();
                            } else {
                                e.effect().redo();
                            }
                        }
                        synchronized (this) {
                            to.addLast(from.removeLast());
                        }
                    },
                    target));
        };
    }

    /**
     * Scene executor, when a command changed the state: records an undoable step (dropping the redo stack), and
     * returns what listeners are told ({@code "undo click"} for an undo of a click).
     */
    synchronized String published(SessionStep step, SessionState before, SessionState after, SceneEffect effect) {
        String label = step.label();
        if (step.undoable()) {
            undo.addLast(new Entry(step, before, after, effect));
            while (undo.size() > limit) {
                undo.removeFirst();
            }
            redo.clear();
        } else if (step == SessionStep.UNDO || step == SessionStep.REDO) {
            Entry moved = step == SessionStep.UNDO ? redo.peekLast() : undo.peekLast();
            label = label + " " + (moved == null ? "" : moved.step().label());
        }
        canUndo = !undo.isEmpty();
        canRedo = !redo.isEmpty();
        return label;
    }
}
