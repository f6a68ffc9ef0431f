package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convlab.app.AppInfo;
import org.convlab.app.ThirdParty;
import org.convlab.export.ExportOptions;
import org.convlab.export.SnapshotExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The About dialog shows the build's version and every shipped component with its licence. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    @Test
    void showsVersionAndCredits(FxRobot robot) throws Exception {
        VBox[] box = new VBox[1];
        java.awt.image.BufferedImage[] png = new java.awt.image.BufferedImage[1];
        robot.interact(() -> {
            box[0] = AboutDialog.content();
            png[0] = SnapshotExporter.renderOffscreen(box[0], 1000, 540, ExportOptions.defaults());
        });
        Label v = (Label) box[0].lookup("#about-version");
        assertEquals(AppInfo.nameAndVersion(), v.getText());
        var texts = box[0].lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        for (ThirdParty.Component c : ThirdParty.all()) {
            assertTrue(texts.contains(c.name()) && texts.contains(c.licence()), c.name());
        }
        assertTrue(ThirdParty.all().size() >= 10);
        SnapshotExporter.writePng(png[0], Path.of("target", "about-dialog.png"));
    }
}
