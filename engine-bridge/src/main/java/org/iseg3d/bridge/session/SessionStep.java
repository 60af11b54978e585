package org.iseg3d.bridge.session;

/**
 * What a session command does, as the history and the listeners see it. {@link #label()} is the text listeners get
 * ({@link SessionListener#stateChanged}, e.g. {@code "click"}; undo and redo add the label of the step they moved,
 * {@code "undo click"}) and {@link SegmentationSession#undoLabels()} lists.
 */
enum SessionStep {
    OPEN("open", false),
    CLICK("click", true),
    SCRIBBLE("scribble", true),
    CLEAR_CLICKS("clear clicks", true),
    /** α and post-processing changed: a setting, not an undo step. */
    CLICK_PARAMETERS("click parameters", false),
    /** The overlap rule with accepted parts changed: a setting, not an undo step. */
    PART_OVERLAP("part overlap", false),
    ACCEPT_PART("accept part", true),
    RENAME_PART("rename part", true),
    DELETE_PART("delete part", true),
    MERGE_PARTS("merge parts", true),
    APPLY("apply", true),
    UNDO("undo", false),
    REDO("redo", false),
    /** Part proposals computed after opening (no state change). */
    PROPOSALS("proposals", false),
    /** A fine-tuning round's embedding arrived: the learned weights stay when selections are undone. */
    FINETUNE("fine-tune", false),
    FINETUNE_RESET("fine-tune reset", false);

    private final String label;
    private final boolean undoable;

    SessionStep(String label, boolean undoable) {
        this.label = label;
        this.undoable = undoable;
    }

    /** The text listeners and {@link SegmentationSession#undoLabels()} see. */
    String label() {
        return label;
    }

    /** Whether the step is recorded in the history (undo/redo move steps; settings and opening are not steps). */
    boolean undoable() {
        return undoable;
    }
}
