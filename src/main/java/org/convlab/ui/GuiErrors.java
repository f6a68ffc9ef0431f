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
            String text = message(error) + (AppLog.folder() == null ? "" : "\nDetails are in " + AppLog.folder() + ".");
            Runnable show = () -> Notifications.create().owner(owner).title("Something went wrong")
                    .text(text).hideAfter(Duration.seconds(15)).showError();
            if (Platform.isFxApplicationThread()) show.run(); else Platform.runLater(show);
        });
    }

    /** The user-facing sentence for an error: its own message when it has one, else what kind of failure it was. */
    static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) return "ConvLab ran out of memory; try a smaller image or layer.";
        if (e instanceof StackOverflowError) return "An input was nested too deeply to process.";
        String m = e.getMessage();
        return m == null || m.isBlank() ? "An unexpected error stopped the last action; your work is kept." : m.lines().findFirst().orElse(m);
    }
}
