package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.export.ExportOptions;
import org.convlab.export.SnapshotExporter;
import org.convlab.ui.Settings;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Hovering an output value outlines it and the input window that made it; a blurred photo is shown as a photo. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchHoverTest {
    private org.convlab.ui.Composition.App app;

    @Start
    void start(Stage stage) {
        app = org.convlab.ui.Composition.build(ComputeService.synchronous(), new Settings(), false);
        stage.setScene(new Scene(app.window().getRoot(), 1280, 720));
        stage.show();
    }

    @Test
    void hoverOutlinesInputWindowAndOutputValue(FxRobot robot) throws Exception {
        WorkbenchModel m = app.workbench();
        robot.interact(() -> {
            app.workbenchView().showGallery(false);
            m.loadSample(Samples.byId("chelsea"));
            app.designer().resize(5, 5);
            app.designer().applyPreset("gaussian", 0);
            m.methodProperty().set(org.convlab.engine.Method.DEPTHWISE);
        });
        WorkbenchView v = app.workbenchView();
        robot.moveTo("#output-image");
        ImagePanel in = inputPanel(v), out = outputPanel(v);
        assertEquals(1, out.outlineCount(), "the hovered output value is outlined");
        assertEquals(1, in.outlineCount(), "a depthwise value comes from one channel's window (shown once on the RGB picture)");
        String caption = robot.lookup(".panel-caption").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).filter(t -> t.startsWith("output")).findFirst().orElse("");
        assertTrue(caption.contains("shown as an image"), caption);
        java.awt.image.BufferedImage[] img = new java.awt.image.BufferedImage[1];
        robot.interact(() -> img[0] = SnapshotExporter.render(v.getSnapshotTarget(), ExportOptions.defaults()));
        SnapshotExporter.writePng(img[0], Path.of("target", "workbench-hover.png"));
    }

    private static ImagePanel inputPanel(WorkbenchView v) { return field(v, "inputPanel"); }
    private static ImagePanel outputPanel(WorkbenchView v) { return field(v, "outputPanel"); }

    private static ImagePanel field(WorkbenchView v, String name) {
        try {
            var f = WorkbenchView.class.getDeclaredField(name);
            f.setAccessible(true);
            return (ImagePanel) f.get(v);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
