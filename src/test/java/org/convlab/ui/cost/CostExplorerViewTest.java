package org.convlab.ui.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Smoke test: the view opens headless, shows the numbers, and follows a changed value. */
@ExtendWith(ApplicationExtension.class)
class CostExplorerViewTest {
    private CostExplorerModel model;
    private CostExplorerView view;

    // Monocle's headless screen is 1280×800: a larger stage overflows its frame buffer.
    @Start
    void start(Stage stage) {
        model = new CostExplorerModel(ComputeService.synchronous());
        view = new CostExplorerView(model);
        stage.setScene(new Scene(view.getRoot(), 1200, 780));
        stage.show();
    }

    @Stop
    void stop() { view.dispose(); }

    @Test
    void showsLayerAndNetworkAndFollowsChanges(FxRobot robot) {
        assertTrue(robot.lookup(".cost-number").queryAll().stream().anyMatch(n -> ((Label) n).getText().equals("462,422,016")));
        LineChart<?, ?> chart = robot.lookup("#cost-factor-chart").queryAs(LineChart.class);
        assertEquals(4, chart.getData().size(), "K = 3, 5, 7 and this layer");

        Spinner<?> filters = robot.lookup("#spin-filters").queryAs(Spinner.class);
        robot.interact(() -> filters.getValueFactory().increment(1));
        assertEquals(513, model.filtersProperty().get());
        assertTrue(robot.lookup(".cost-number").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals(String.format("%,d", 14L * 14 * 512 * 9 * 513))));
        assertTrue(robot.lookup(".cost-factor").queryAs(Label.class).getText().contains("1/513 + 1/9"));

        robot.interact(() -> view.getTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#cost-layers").queryAs(TableView.class);
        assertEquals(29, table.getItems().size());
        BarChart<?, ?> bars = robot.lookup("#cost-bars").queryAs(BarChart.class);
        assertEquals(15, bars.getData().get(0).getData().size());
        assertTrue(robot.lookup("#card-separable").queryAs(Label.class).getText().startsWith("568.7 M"));

        robot.interact(() -> model.alphaProperty().set(0.25));
        assertTrue(robot.lookup("#card-separable").queryAs(Label.class).getText().startsWith("41.0 M"),
                robot.lookup("#card-separable").queryAs(Label.class).getText());
        assertTrue(view.getSnapshotTarget() != null);
    }
}
