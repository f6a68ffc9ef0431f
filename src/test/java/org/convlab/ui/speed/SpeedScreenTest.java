package org.convlab.ui.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convlab.engine.perf.RaceLayer;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Smoke test: the screen opens headless, shows the conventions, and follows the layer and the theme. */
@ExtendWith(ApplicationExtension.class)
class SpeedScreenTest {
    private SpeedScreen screen;

    @Start
    void start(Stage stage) {
        screen = new SpeedScreen(ComputeService.synchronous());
        stage.setScene(new Scene(screen.root(), 1200, 700));
        stage.show();
    }

    @Stop
    void stop() { screen.dispose(); }

    @Test
    void contractAndConventions(FxRobot robot) {
        assertEquals("speed", screen.id());
        assertEquals("Speed", screen.title());
        assertEquals(java.util.List.of("Race", "Roofline", "Conventions"), java.util.List.copyOf(screen.panels().keySet()));
        assertTrue(labelShows(robot, "231,211,008"), "MobileNet 112 block standard MACs");
        robot.interact(() -> screen.model().layerProperty().set(RaceLayer.LAYER_14));
        assertTrue(labelShows(robot, "462,422,016"));
        assertTrue(labelShows(robot, "924,844,032"), "torch.utils.flop_counter: 2 × MACs");
        org.convlab.ui.core.Reveal reveal = new org.convlab.ui.core.Reveal();
        robot.interact(() -> {
            screen.setReveal(reveal);
            reveal.hidden().add(org.convlab.ui.core.Quantity.MULTIPLIES);
        });
        assertTrue(!labelShows(robot, "462,422,016") && labelShows(robot, org.convlab.ui.core.Reveal.PLACEHOLDER), "hidden while a question is open");
        robot.interact(() -> reveal.hidden().clear());
        assertTrue(labelShows(robot, "462,422,016"));
        robot.interact(() -> screen.applyLook(new Look(Theme.DARK, 1.5, true)));
        assertTrue(screen.exportInfo().counts() == null, "no race yet, no measured numbers in the caption");
    }

    private static boolean labelShows(FxRobot robot, String text) {
        return robot.lookup(".label").queryAll().stream().anyMatch(n -> text.equals(((Label) n).getText()));
    }
}
