package org.convlab.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.convlab.export.ExportOptions;
import org.convlab.export.ExportPrefs;
import org.convlab.export.GifExporter;
import org.convlab.export.HeadlessFx;
import org.convlab.export.SnapshotExporter;

/**
 * Exports a range of a screen's animation as a GIF: choose the frames (a stage, a row, the whole
 * run), the frame rate and the loop; a progress bar and a Cancel button while it runs. Frames are
 * rendered one at a time on the FX thread and encoded on a background thread; the animation is
 * put back where it was afterwards.
 */
public final class GifExportDialog {
    /** What a screen offers for GIF export: its animation positions. */
    public interface Animation {
        /** Number of positions (frames), at least 1. */
        int frameCount();

        /** The position shown now (0-based). */
        int currentFrame();

        /** Shows position {@code i} (0-based, FX thread). */
        void showFrame(int i);

        /** Suggested ranges, e.g. the current stage or row; may be empty. Each is {from, to}, 0-based inclusive. */
        default java.util.Map<String, int[]> ranges() { return java.util.Map.of(); }
    }

    private GifExportDialog() { }

    /** Ends an export: whatever happened, the frame shown before comes back and the dialog closes. */
    private static void finish(Stage st, Animation anim, int restore, AtomicBoolean running, Runnable report) {
        running.set(false);
        try {
            anim.showFrame(restore);
        } finally {
            st.close();
            report.run();
        }
    }

    static void show(Window owner, Node target, Animation anim, ExportOptions options, java.util.function.Supplier<org.convlab.export.Caption> caption,
                     String stem, Consumer<String> status) {
        int n = anim.frameCount();
        Stage st = new Stage();
        st.initModality(Modality.WINDOW_MODAL);
        if (owner != null) st.initOwner(owner);
        st.setTitle("Export animation as GIF");
        Spinner<Integer> from = new Spinner<>(1, n, 1), to = new Spinner<>(1, n, n);
        Spinner<Integer> fps = new Spinner<>(1, 50, 4);
        Spinner<Integer> plays = new Spinner<>(0, 100, 0);
        for (Spinner<?> s : new Spinner<?>[] {from, to, fps, plays}) s.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("First frame"), from);
        grid.addRow(1, new Label("Last frame"), to);
        grid.addRow(2, new Label("Frames per second"), fps);
        grid.addRow(3, new Label("Plays (0 = forever)"), plays);
        HBox presets = new HBox(6);
        Button all = new Button("Whole run");
        all.setOnAction(e -> { from.getValueFactory().setValue(1); to.getValueFactory().setValue(n); });
        presets.getChildren().add(all);
        anim.ranges().forEach((name, r) -> {
            Button b = new Button(name);
            b.setOnAction(e -> { from.getValueFactory().setValue(r[0] + 1); to.getValueFactory().setValue(r[1] + 1); });
            presets.getChildren().add(b);
        });
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label info = new Label(n + " frame(s) in this animation");
        Button save = new Button("Save GIF…"), cancel = new Button("Cancel");
        save.setDefaultButton(true);
        AtomicBoolean cancelled = new AtomicBoolean(), running = new AtomicBoolean();
        Node notifyOwner = owner == null || owner.getScene() == null ? null : owner.getScene().getRoot();
        cancel.setOnAction(e -> {
            if (running.get()) { cancelled.set(true); info.setText("Cancelling…"); } else st.close();
        });
        save.setOnAction(e -> {
            int a = from.getValue() - 1, b = to.getValue() - 1;
            if (a > b) { info.setText("The first frame comes after the last one"); return; }
            File f = ExportMenu.choose(st, stem + ".gif", "GIF animation", "*.gif");
            if (f == null) return;
            Path p = f.toPath();
            int restore = anim.currentFrame();
            int delay = GifExporter.delayForFps(fps.getValue());
            running.set(true);
            save.setDisable(true);
            grid.setDisable(true);
            presets.setDisable(true);
            // Each frame is shown, then rendered with the caption of THAT frame (its own step and counts).
            ExportWork.run(() -> {
                GifExporter.export(p, b - a + 1, i -> HeadlessFx.call(() -> {
                    anim.showFrame(a + i);
                    return SnapshotExporter.render(target, options.withCaption(caption.get()));
                }), delay, plays.getValue(), (done, total) -> Platform.runLater(() -> {
                    bar.setProgress((double) done / total);
                    info.setText("Frame " + done + " of " + total);
                }), cancelled::get);
                ExportPrefs.standard().rememberFolder(p);
                return b - a + 1;
            }, frames -> finish(st, anim, restore, running, () ->
                    SaveNotices.saved(notifyOwner, p, frames + " frames", status)), err -> finish(st, anim, restore, running, () -> {
                if (err instanceof CancellationException) SaveNotices.info(notifyOwner, "GIF export cancelled; nothing was written", status);
                else SaveNotices.failed(notifyOwner, "Could not save " + p, err, status);
            }));
        });
        // Esc cancels a running export, or closes the dialog; closing the window cancels a running export.
        st.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.ESCAPE) { cancel.fire(); k.consume(); }
        });
        st.setOnCloseRequest(e -> cancelled.set(true));
        VBox root = new VBox(12, grid, presets, bar, info, new HBox(8, save, cancel));
        root.setPadding(new Insets(16));
        st.setScene(new Scene(root));
        st.show();
    }
}
