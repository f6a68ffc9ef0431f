package org.convlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.convlab.export.Caption;
import org.convlab.export.ExportOptions;
import org.convlab.export.HeadlessFx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GIF export runs to its end, closes its dialog, confirms the path, and captions each frame with its own step. */
class GifExportDialogTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @AfterEach void restore() { ExportMenu.chooser = (o, n, w, p) -> null; }

    @Test
    void finishesClosesAndCaptionsEveryFrame(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run.gif");
        ExportMenu.chooser = (o, n, w, p) -> out.toFile();
        int[] shown = {0};
        List<String> captions = new ArrayList<>();
        List<String> status = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Label view = new Label("frame 0");
        GifExportDialog.Animation anim = new GifExportDialog.Animation() {
            @Override public int frameCount() { return 4; }
            @Override public int currentFrame() { return shown[0]; }
            @Override public void showFrame(int i) { shown[0] = i; view.setText("frame " + i); }
        };
        Stage[] dialog = new Stage[1];
        HeadlessFx.call(() -> {
            StackPane root = new StackPane(view);
            new javafx.scene.Scene(root, 200, 80);
            root.applyCss();
            root.layout();
            GifExportDialog.show(null, view, anim, ExportOptions.defaults(), () -> {
                String c = "step " + (shown[0] + 1) + " of 4";
                captions.add(c);
                return new Caption(null, c, "standard", null);
            }, "run", s -> { status.add(s); done.countDown(); });
            for (Window w : Window.getWindows()) if (w instanceof Stage s && "Export animation as GIF".equals(s.getTitle())) dialog[0] = s;
            Button save = (Button) dialog[0].getScene().getRoot().lookupAll(".button").stream()
                    .filter(n -> n instanceof Button b && b.getText().startsWith("Save GIF")).findFirst().orElseThrow();
            shown[0] = 2;  // the user was at frame 2 when exporting
            save.fire();
            return null;
        });
        assertTrue(done.await(60, TimeUnit.SECONDS), "the export finished");
        assertTrue(Files.exists(out), status.toString());
        assertEquals(List.of("step 1 of 4", "step 2 of 4", "step 3 of 4", "step 4 of 4"), captions, "each frame has its own caption");
        assertTrue(status.get(0).startsWith("Saved " + out.toAbsolutePath()), status.toString());
        assertTrue(status.get(0).contains("4 frames"), status.toString());
        boolean[] showing = {true};
        HeadlessFx.call(() -> { showing[0] = dialog[0].isShowing(); return null; });
        assertTrue(!showing[0], "the dialog closed itself");
        assertEquals(2, shown[0], "the frame shown before the export is back");
    }
}
