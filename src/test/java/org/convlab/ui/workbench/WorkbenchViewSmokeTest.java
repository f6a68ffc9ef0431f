package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.engine.CostModel;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.Composition;
import org.convlab.ui.MainWindow;
import org.convlab.ui.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Headless TestFX: the real window, driven like a user (gallery, preset, method, keys). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchViewSmokeTest {
    private MainWindow window;
    private Composition.App app;

    @Start
    void start(Stage stage) {
        app = Composition.build(ComputeService.synchronous(), new Settings(), true, null);
        window = app.window();
        stage.setScene(new Scene(window.getRoot(), 1260, 780));
        stage.show();
    }

    @Test
    void loadSamplePickPresetChangeMethodCountsChange(FxRobot robot) {
        assertTrue(app.workbenchView().isGalleryShown(), "first start offers the gallery");
        robot.clickOn("#sample-square");
        assertFalse(app.workbenchView().isGalleryShown());
        WorkbenchModel m = app.workbench();
        assertEquals("Square", m.imageNameProperty().get());

        robot.interact(() -> robot.lookup("#kernel-preset").queryComboBox().setValue("box"));
        assertEquals(1f / 9, m.bankProperty().get().kernel().get(0, 0, 1, 1), 1e-6f);
        Label mul = robot.lookup("#cost-multiplies").queryAs(Label.class);
        String standardText = mul.getText();
        Tensor in = m.inputProperty().get();
        long std = m.getOutcome().result().counts().multiplies();
        assertEquals(CostModel.standard(1, in.height(), in.width(), 1, 3, 3, m.spec(), false).multiplies(), std);

        robot.moveTo("#output-image");
        Label head = robot.lookup("#inspector-head").queryAs(Label.class);
        assertTrue(head.getText().startsWith("output[0, y 6"), head.getText());

        robot.clickOn("#method-low-rank");
        assertEquals(Method.LOW_RANK, m.methodProperty().get());
        assertNotEquals(standardText, mul.getText(), "the cost panel follows the method");
        assertTrue(m.getOutcome().result().counts().multiplies() < std, "rank-1 box blur is cheaper");

        robot.clickOn("#output-panel");
        robot.type(KeyCode.DIGIT1);
        assertEquals(Method.STANDARD, m.methodProperty().get(), "key 1 selects standard");
        assertEquals(standardText, mul.getText());
    }

    @Test
    void nonSeparableKernelShowsAMessageNotACrash(FxRobot robot) {
        robot.clickOn("#sample-checkerboard");
        robot.interact(() -> robot.lookup("#kernel-preset").queryComboBox().setValue("laplacian-8"));
        robot.clickOn("#method-spatial-separable");
        Label banner = robot.lookup("#error-banner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("not separable"), banner.getText());
    }

    @Test
    void helpOverlayAndFontScaleFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#samples");
        assertTrue(app.workbenchView().isGalleryShown());
        robot.type(KeyCode.ESCAPE);
        assertFalse(app.workbenchView().isGalleryShown());
        robot.type(KeyCode.F1);
        assertTrue(window.isHelpShown());
        assertNotNull(robot.lookup("#help-overlay").query());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isHelpShown());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(1.1, window.getSettings().fontScale, 1e-9);
        assertTrue(window.getRoot().getStyle().contains("14.3px"), window.getRoot().getStyle());
    }
}
