package org.convlab.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.convlab.app.AppLog;

/**
 * Errors nobody caught: written to the log with their stack trace and shown to the user as a
 * notification (one sentence, no class names), so a failure in the GUI is never only on stderr.
 */
public final class GuiErrors {
    private GuiErrors() { }

    public static void install(Node owner) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            AppLog.error("uncaught in " + thread.getName(), error);
            String text = org.convlab.ui.core.UserMessages.of(error) + (AppLog.folder() == null ? "" : "\nDetails are in " + AppLog.folder() + ".");
            Runnable show = () -> Notifications.create().owner(owner).title("Something went wrong")
                    .text(text).hideAfter(Duration.seconds(15)).showError();
            if (Platform.isFxApplicationThread()) show.run(); else Platform.runLater(show);
        });
    }
}
