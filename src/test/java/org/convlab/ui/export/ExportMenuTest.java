package org.convlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.convlab.export.Caption;
import org.convlab.export.ExportTestImages;
import org.convlab.export.HeadlessFx;

class ExportMenuTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @Test
    void offersPngAtEachScaleCopyAndGifAndCopiesTheTwoTimesPicture() {
        List<String> status = new ArrayList<>();
        Object[] got = HeadlessFx.call(() -> {
            Pane panel = ExportTestImages.panel();
            new Scene(panel, 400, 250);
            panel.applyCss();
            panel.layout();
            GifExportDialog.Animation anim = new GifExportDialog.Animation() {
                @Override public int frameCount() { return 3; }
                @Override public int currentFrame() { return 0; }
                @Override public void showFrame(int i) { }
            };
            MenuButton m = ExportMenu.create(() -> panel, () -> new Caption("L", "Step 1", "standard", "9 multiplies"),
                    () -> "l-01-standard", anim, status::add);
            List<String> ids = m.getItems().stream().map(MenuItem::getId).filter(java.util.Objects::nonNull).toList();
            m.getItems().stream().filter(i -> "export-copy".equals(i.getId())).findFirst().orElseThrow().fire();
            Image img = Clipboard.getSystemClipboard().getImage();
            return new Object[] {ids, img};
        });
        assertEquals(List.of("export-png-1", "export-png-2", "export-png-3", "export-copy", "export-gif"), got[0]);
        Image img = (Image) got[1];
        assertNotNull(img, "status: " + status);
        assertEquals(800, img.getWidth());
        assertEquals(2 * (250 + 30), img.getHeight(), "2× with the caption strip");
        assertTrue(status.get(0).startsWith("Copied a 800×560"), status.toString());
    }
}
