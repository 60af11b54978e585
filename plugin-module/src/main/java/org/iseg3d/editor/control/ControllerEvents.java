package org.iseg3d.editor.control;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.iseg3d.bridge.session.ProgressListener;
import org.iseg3d.editor.control.SegmentationController.Message;

/**
 * The controller's listeners: states and messages are delivered on the UI executor, progress on the worker thread
 * that reports it. Thread-safe.
 */
final class ControllerEvents implements ProgressListener {

    private static final Logger LOG = LogManager.getLogger(SegmentationController.class);

    private final Executor ui;
    private final List<Consumer<EditorState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Message>> messageListeners = new CopyOnWriteArrayList<>();
    private final List<ProgressListener> progressListeners = new CopyOnWriteArrayList<>();

    ControllerEvents(Executor ui) {
        this.ui = ui;
    }

    void addStateListener(Consumer<EditorState> l) {
        stateListeners.add(l);
    }

    void addMessageListener(Consumer<Message> l) {
        messageListeners.add(l);
    }

    void addProgressListener(ProgressListener l) {
        progressListeners.add(l);
    }

    void state(EditorState e) {
        for (Consumer<EditorState> l : stateListeners) {
            ui.execute(() -> l.accept(e));
        }
    }

    /** Logs errors and warnings, then tells the listeners. */
    void message(Message.Severity sev, String text, Throwable cause) {
        if (sev == Message.Severity.ERROR && cause instanceof org.iseg3d.bridge.load.ModelLoadException) {
            LOG.warn(text); // the user's file, said in the dialog: no stack trace, no "unexpected exception" icon
        } else if (sev == Message.Severity.ERROR) {
            LOG.error(text, cause);
        } else if (sev == Message.Severity.WARNING) {
            LOG.warn(text);
        }
        Message m = new Message(sev, text, cause);
        for (Consumer<Message> l : messageListeners) {
            ui.execute(() -> l.accept(m));
        }
    }

    @Override
    public void progress(String stage, double fraction) {
        for (ProgressListener l : progressListeners) {
            l.progress(stage, fraction);
        }
    }
}
