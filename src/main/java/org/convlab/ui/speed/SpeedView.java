package org.convlab.ui.speed;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.convlab.engine.perf.RaceLayer;
import org.convlab.ui.core.Look;

/**
 * The Speed screen, code only: a toolbar (layer, Race, Stop, roofline), the measured race and
 * the counting conventions on the left, the roofline chart on the right. One animation timer
 * drives the race; it runs only while something moves and the screen is shown.
 */
public final class SpeedView {
    private final SpeedModel model;
    private final BorderPane root = new BorderPane();
    private final SpeedRaceCanvas race;
    private final RooflineCanvas roof;
    private final ConventionsPane conventions;
    private final AnimationTimer timer;
    private boolean shown;
    private boolean timerRunning;

    public SpeedView(SpeedModel model) {
        this.model = model;
        race = new SpeedRaceCanvas(model);
        roof = new RooflineCanvas(model);
        conventions = new ConventionsPane(model);
        ComboBox<RaceLayer> layer = new ComboBox<>();
        layer.getItems().setAll(RaceLayer.values());
        layer.valueProperty().bindBidirectional(model.layerProperty());
        layer.setId("speed-layer");
        Button go = new Button("Race");
        go.setId("speed-race-button");
        go.setDefaultButton(false);
        go.setOnAction(e -> model.startRace());
        Button stop = new Button("Stop");
        stop.setId("speed-stop");
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.animating(), model.phaseProperty()));
        Button measure = new Button("Re-measure roofline");
        measure.setId("speed-remeasure");
        measure.setOnAction(e -> model.measureRoofline(true));
        measure.disableProperty().bind(model.rooflineBusyProperty());
        HBox bar = new HBox(8, new Label("Layer"), layer, go, stop, new Separator(Orientation.VERTICAL), measure);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        javafx.scene.control.ScrollPane table = new javafx.scene.control.ScrollPane(conventions.node());
        table.setFitToHeight(false);
        table.setFitToWidth(false); // a wide table scrolls instead of eliding its numbers
        table.setId("speed-conventions-scroll");
        SplitPane left = new SplitPane(race.node(), table);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.5);
        SplitPane split = new SplitPane(left, roof.node());
        split.setDividerPositions(0.52);
        root.setTop(bar);
        root.setCenter(split);
        root.setId("speed-root");
        timer = new AnimationTimer() {
            @Override public void handle(long now) {
                if (!model.tick(now) && !model.animating()) stopTimer();
            }
        };
        model.phaseProperty().addListener((o, was, is) -> syncTimer());
    }

    public BorderPane root() { return root; }

    public SpeedModel model() { return model; }

    /** What "Export this screen" and the panel exports render. */
    public Map<String, Node> panels() {
        Map<String, Node> m = new LinkedHashMap<>();
        m.put("Race", race.node());
        m.put("Roofline", roof.node());
        m.put("Conventions", conventions.node());
        return m;
    }

    public Node rooflineNode() { return roof.node(); }

    public void applyLook(Look look) {
        race.setLook(look);
        roof.setLook(look);
    }

    public void shown() {
        shown = true;
        if (model.rooflineProperty().get() == null && !model.rooflineBusyProperty().get()) model.measureRoofline(false);
        syncTimer();
    }

    public void hidden() {
        shown = false;
        stopTimer();
    }

    public void dispose() {
        shown = false;
        stopTimer();
        model.stop();
    }

    private void syncTimer() {
        if (shown && model.animating() && !timerRunning) {
            timer.start();
            timerRunning = true;
        } else if (!model.animating()) {
            stopTimer();
        }
        race.draw();
    }

    private void stopTimer() {
        if (timerRunning) timer.stop();
        timerRunning = false;
    }
}
