package org.iseg3d.editor.ui;

import java.awt.Color;
import javax.swing.JLabel;
import org.iseg3d.editor.control.SegmentationController;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.NotificationDisplayer;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;

/**
 * Where the controller's messages go: the window's status line and the IDE's status bar; notices also as a
 * notification balloon, errors also as a dialog (unless {@code -Diseg3d.editor.noDialogs=true}). EDT.
 */
@Messages({"LBL_Notice=Part Segmentation", "# {0} - cause", "MSG_Cause=\n\nCause: {0}"})
final class UserMessages {

    private final JLabel statusLabel;

    UserMessages(JLabel statusLabel) {
        this.statusLabel = statusLabel;
    }

    void setStatus(String text) {
        statusLabel.setText(text == null || text.isEmpty() ? " " : text);
        StatusDisplayer.getDefault().setStatusText(text);
    }

    void show(SegmentationController.Message m) {
        switch (m.severity()) {
            case ERROR -> showError(m.text(), m.cause());
            case NOTICE -> showNotice(m.text());
            case WARNING, INFO -> setStatus(m.text());
        }
    }

    /** A warning in a notification balloon (and the notifications list), e.g. the fallback to FPFH. */
    void showNotice(String text) {
        Trace.line("notice " + text);
        setStatus(text);
        NotificationDisplayer.getDefault()
                .notify(
                        Bundle.LBL_Notice(),
                        new Swatch(new Color(0xE0A000)),
                        text,
                        null,
                        NotificationDisplayer.Priority.HIGH);
    }

    void showError(String text, Throwable cause) {
        Trace.line("error " + text);
        setStatus(text);
        String detail =
                cause != null && cause.getCause() != null && cause.getCause().getMessage() != null
                        ? Bundle.MSG_Cause(cause.getCause().getMessage())
                        : "";
        if (!Boolean.getBoolean("iseg3d.editor.noDialogs")) {
            DialogDisplayer.getDefault()
                    .notifyLater(new NotifyDescriptor.Message(text + detail, NotifyDescriptor.ERROR_MESSAGE));
        }
    }
}
