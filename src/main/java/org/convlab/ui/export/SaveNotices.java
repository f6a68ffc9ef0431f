package org.convlab.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;
import org.convlab.app.AppLog;

/**
 * Every save is confirmed on screen with its path and a "Show in folder" action, and every
 * failure is shown (and logged), never only written to stderr. Messages also go to the status line.
 */
public final class SaveNotices {
    /** Opens a folder in the desktop's file manager (replaceable in tests). */
    static volatile Consumer<Path> folderOpener = SaveNotices::openFolder;

    private SaveNotices() { }

    /** "Saved PATH" with a Show-in-folder action. FX thread. */
    public static void saved(Node owner, Path file, String detail, Consumer<String> status) {
        Path abs = file.toAbsolutePath();
        String line = "Saved " + abs + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
        status.accept(line);
        AppLog.info(line);
        if (!showing(owner)) return;
        Action show = new Action("Show in folder", (ActionEvent e) -> folderOpener.accept(abs.getParent()));
        Notifications.create().owner(owner).title("Saved").text(line).action(show)
                .hideAfter(Duration.seconds(10)).showInformation();
    }

    /** A failure, shown as an error notification and in the status line. FX thread. */
    public static void failed(Node owner, String what, Throwable error, Consumer<String> status) {
        String m = error == null ? null : error.getMessage();
        String line = what + (m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse(m));
        status.accept(line);
        AppLog.error(what, error);
        if (!showing(owner)) return;
        Notifications.create().owner(owner).title("Export failed").text(line).hideAfter(Duration.seconds(15)).showError();
    }

    /** A plain outcome (e.g. cancelled), in the status line and as a notification. */
    public static void info(Node owner, String line, Consumer<String> status) {
        status.accept(line);
        if (showing(owner)) Notifications.create().owner(owner).title("Export").text(line).hideAfter(Duration.seconds(6)).showInformation();
    }

    private static boolean showing(Node owner) {
        return owner != null && owner.getScene() != null && owner.getScene().getWindow() != null && owner.getScene().getWindow().isShowing();
    }

    /** The desktop's file manager at {@code dir}: AWT Desktop when it can, else xdg-open / open / explorer. */
    static void openFolder(Path dir) {
        ExportWork.run(() -> {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                java.awt.Desktop.getDesktop().open(dir.toFile());
            } else {
                String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
                String cmd = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
                new ProcessBuilder(cmd, dir.toString()).inheritIO().start();
            }
            return dir;
        }, d -> { }, e -> AppLog.error("could not open the folder " + dir, e));
    }
}
