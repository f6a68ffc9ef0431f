package org.convlab.ui.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The screen opens headless, loads a model, measures the chosen rank, and follows a new rank and scheme. */
@ExtendWith(ApplicationExtension.class)
class TradeoffViewTest {
    private TradeoffScreen screen;

    @Start
    void start(Stage stage) {
        screen = new TradeoffScreen(ComputeService.synchronous());
        stage.setScene(new Scene(screen.root(), 1280, 720));
        stage.show();
    }

    @Stop
    void stop() { screen.dispose(); }

    @Test
    void measuresRanksOnTheTrainedModel(FxRobot robot) {
        assertEquals("tradeoff", screen.id());
        assertEquals("Trade-off", screen.title());
        assertEquals(3, screen.keys().size());
        robot.interact(screen::shown);
        TradeoffModel m = screen.model();
        assertNotNull(m.modelProperty().get());
        assertEquals("conv2", m.layerNameProperty().get());
        assertEquals(4, m.spectraProperty().get().size());
        TradeoffPoint base = m.baselineProperty().get(), dws = m.trainedDwsProperty().get(), cur = m.currentProperty().get();
        assertNotNull(dws);
        assertEquals("filter-svd", cur.scheme());
        assertEquals(1, cur.rank());
        assertTrue(cur.multiplies() < base.multiplies());
        assertTrue(cur.error() > 0 && cur.error() < 1);
        assertEquals(32, m.maxRankProperty().get(), "filter-svd of 32 filters × 144");

        robot.interact(() -> m.setRank(32));
        assertEquals(32, m.currentProperty().get().rank());
        assertTrue(m.currentProperty().get().error() < 1e-5, "full rank is exact");
        assertEquals(base.accuracy(), m.currentProperty().get().accuracy(), 1e-9);

        robot.interact(() -> m.setScheme("depthwise-separable"));
        assertEquals(9, m.maxRankProperty().get());
        assertEquals(9, m.currentProperty().get().rank(), "rank clamped to the scheme's maximum");
        assertTrue(m.points().size() >= 4, m.points().toString());
        String text = robot.lookup("#tradeoff-readout").queryAs(Label.class).getText();
        assertTrue(text.contains("depthwise-separable rank 9") && text.contains("accuracy"), text);
        assertFalse(m.busyProperty().get());

        robot.interact(() -> screen.applyLook(new Look(Theme.DARK, 1.4, true)));
        robot.interact(m::cancel);
        assertEquals("Cancelled", m.statusProperty().get());
    }
}
