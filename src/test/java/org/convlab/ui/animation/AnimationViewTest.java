package org.convlab.ui.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.convlab.engine.Method;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless: keys, the step buttons, scrubbing and playing move the counters and the highlighted cells. */
@ExtendWith(ApplicationExtension.class)
class AnimationViewTest {
    private AnimationView view;

    @Start
    void start(Stage stage) {
        view = new AnimationView(ComputeService.synchronous());
        // the canvas's look is app-wide: another test may have left presentation scale behind
        view.applyLook(new org.convlab.ui.core.Look(org.convlab.ui.core.Theme.LIGHT, 1.0, false));
        stage.setScene(new Scene(view.getRoot(), 1200, 760));
        stage.show();
    }

    /** The counters as drawn on the canvas (they are part of every exported frame). */
    private String counters(FxRobot robot) { return view.canvasPainter().counters(); }

    @Test
    void keysStepByMultiplyAndByValue(FxRobot robot) {
        AnimationModel m = view.getModel();
        String before = counters(robot);
        assertEquals("", view.canvasPainter().currentCells());
        robot.clickOn(view.canvasPainter().node(), javafx.scene.input.MouseButton.PRIMARY);
        m.positionProperty().set(0);
        robot.type(KeyCode.RIGHT);
        assertEquals(1, m.positionProperty().get());
        assertNotEquals(before, counters(robot));
        assertTrue(counters(robot).startsWith("× 1 / "), counters(robot));
        String first = view.canvasPainter().currentCells();
        assertTrue(first.startsWith("INPUT[0,-1,-1] -> OUTPUT[0,0,0]"), first);
        robot.type(KeyCode.RIGHT);
        assertNotEquals(first, view.canvasPainter().currentCells());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        int valueEnd = m.getTrace().nextWith(0, org.convlab.trace.Trace.VALUE_END) + 1;
        assertEquals(valueEnd, m.positionProperty().get());
        robot.type(KeyCode.END);
        assertEquals(m.getTrace().size(), m.positionProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(0, m.positionProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(m.getTrace().nextWith(0, org.convlab.trace.Trace.STAGE_END) + 1, m.positionProperty().get());
    }

    @Test
    void buttonsAndScrubMoveCountersAndHighlight(FxRobot robot) {
        AnimationModel m = view.getModel();
        robot.clickOn("#anim-forward");
        assertEquals(1, m.positionProperty().get());
        robot.interact(() -> view.timeline().setValue(1000));
        assertEquals(1000, m.positionProperty().get());
        assertTrue(counters(robot).startsWith("× " + StepText.count(m.getTrace().multipliesAfter(999)) + " / "), counters(robot));
        String mid = view.canvasPainter().currentCells();
        robot.interact(() -> view.timeline().setValue(400));
        assertNotEquals(mid, view.canvasPainter().currentCells());
        robot.clickOn("#anim-back");
        assertEquals(399, m.positionProperty().get());
    }

    @Test
    void playAdvancesOverTimeAndPauses(FxRobot robot) throws Exception {
        AnimationModel m = view.getModel();
        robot.interact(() -> m.speedProperty().set(600));
        robot.clickOn("#anim-play");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.clickOn("#anim-play");
        int p = m.positionProperty().get();
        assertTrue(p > 20 && p < m.getTrace().size(), "played to " + p);
        assertFalse(m.playingProperty().get());
        assertTrue(counters(robot).startsWith("× " + StepText.count(m.multipliesProperty().get())), counters(robot));
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        assertEquals(p, m.positionProperty().get(), "paused playback does not move");
    }

    @Test
    void hoverShowsWhatACellComesFrom(FxRobot robot) {
        AnimationModel m = view.getModel();
        robot.interact(() -> m.positionProperty().set(m.getTrace().size()));
        double[] c = view.canvasPainter().cellCentre(Layout.Kind.OUTPUT, m.getTrace().shape(org.convlab.trace.Space.OUTPUT)[0] - 1, 2, 3);
        robot.moveTo(view.canvasPainter().node()).moveBy(c[0] - view.canvasPainter().node().getWidth() / 2,
                c[1] - view.canvasPainter().node().getHeight() / 2);
        String text = view.canvasPainter().hoverText();
        assertTrue(text.contains("OUTPUT[" + (m.getTrace().shape(org.convlab.trace.Space.OUTPUT)[0] - 1) + ", 2, 3]") && text.contains("comes from 18 cell(s)"), text);
        assertEquals(18 + 1, view.canvasPainter().related().size() + 1);
    }

    @Test
    void everyMethodDrawsMidAnimation(FxRobot robot) {
        AnimationModel m = view.getModel();
        for (Method method : Method.values()) {
            robot.interact(() -> {
                m.sceneProperty().set(m.sceneProperty().get().withPreset(method == Method.SPATIAL_SEPARABLE ? "sobel-x" : "random").withBias(true));
                m.methodProperty().set(method);
            });
            assertEquals("", m.messageProperty().get(), method.id());
            assertEquals(method, m.getTrace().method());
            robot.interact(() -> m.positionProperty().set(m.getTrace().size() * 3 / 5));
            // rendering must not fail: snapshot forces the canvas commands through the renderer
            robot.interact(() -> view.getSnapshotTarget().snapshot(null, null));
            assertFalse(view.canvasPainter().currentCells().isEmpty(), method.id());
        }
    }
}
