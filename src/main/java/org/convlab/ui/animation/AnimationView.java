package org.convlab.ui.animation;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.animation.AnimationModel.Granularity;

/**
 * The Animation tab (code only): scene settings on top, the animation canvas (or the race) in
 * the middle, playback controls and the timeline below. Keyboard: Space play/pause, ←/→ one
 * step of the chosen granularity, Shift+←/→ one output value, ↑/↓ one row, Page Up/Down one
 * stage (presenter remotes), Home/End.
 */
public final class AnimationView {
    public static final String STYLE_ROOT = "animation-view";
    public static final String STYLE_BAR = "animation-bar";

    private final AnimationModel model;
    private final RaceModel race;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final AnimationCanvas canvas;
    private final RaceCanvas raceCanvas;
    private final Slider timeline = new Slider(0, 1, 0);
    private final Button play = new Button("▶ Play");
    private final ToggleButton raceToggle = new ToggleButton("Race");
    private SceneBar sceneBar;

    public AnimationView(ComputeService compute) { this(new AnimationModel(compute), new RaceModel(compute)); }

    public AnimationView(AnimationModel model, RaceModel race) {
        this.model = model;
        this.race = race;
        root.getStyleClass().add(STYLE_ROOT);
        startupOptions();
        canvas = new AnimationCanvas(model);
        raceCanvas = new RaceCanvas(race);
        center.getChildren().addAll(canvas.node(), racePane());
        center.getChildren().get(1).setVisible(false);
        center.getChildren().forEach(n -> n.managedProperty().bind(n.visibleProperty()));
        sceneBar = new SceneBar(model, raceToggle, this::edit);
        root.setTop(sceneBar.node());
        root.setCenter(center);
        root.setBottom(controls());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        raceToggle.setTooltip(new Tooltip("A counted race: the chosen method against standard, bars advancing by counted multiplies"));
        raceToggle.selectedProperty().addListener((o, a, on) -> {
            center.getChildren().get(0).setVisible(!on);
            center.getChildren().get(1).setVisible(on);
            model.playingProperty().set(false);
            if (on) race.load(model.sceneProperty().get()); else race.reset();
        });
        model.reload();
        // keys reach the filter only through a focused node inside the view: the canvas takes focus
        model.traceProperty().addListener((o, a, t) -> { if (root.getScene() != null && root.getScene().getFocusOwner() == null) canvas.node().requestFocus(); });
        root.sceneProperty().addListener((o, a, sc) -> { if (sc != null) canvas.node().requestFocus(); });
    }

    private void startupOptions() {
        // for scripted screenshots: -Dconvlab.animation.method=low-rank -Dconvlab.animation.image="ring 12×12"
        // (and .preset, .step, .channels, .filters, .groups, .shuffle, .rank, .stride, .dilation)
        String m = System.getProperty("convlab.animation.method"), img = System.getProperty("convlab.animation.image");
        String kp = System.getProperty("convlab.animation.preset");
        if (img != null && SampleImages.IDS.contains(img)) model.sceneProperty().set(model.sceneProperty().get().withImage(img));
        if (kp != null && KernelPresets.IDS.contains(kp)) model.sceneProperty().set(model.sceneProperty().get().withPreset(kp));
        SceneSpec sc = model.sceneProperty().get();
        sc = sc.withChannels(Integer.getInteger("convlab.animation.channels", sc.channels()))
                .withFilters(Integer.getInteger("convlab.animation.filters", sc.filters()))
                .withStride(Integer.getInteger("convlab.animation.stride", sc.stride()))
                .withDilation(Integer.getInteger("convlab.animation.dilation", sc.dilation()))
                .withRank(Integer.getInteger("convlab.animation.rank", sc.rank()))
                .withShuffle(Boolean.getBoolean("convlab.animation.shuffle") || sc.shuffle());
        int groups = Integer.getInteger("convlab.animation.groups", sc.groups());
        sc = sc.withGroups(sc.channels() % groups == 0 && sc.filters() % groups == 0 ? groups : 1);
        if (!sc.equals(model.sceneProperty().get())) model.sceneProperty().set(sc);
        if (m != null) model.methodProperty().set(Method.parse(m));
        String at = System.getProperty("convlab.animation.step");
        if (at != null) {
            model.traceProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override public void changed(javafx.beans.value.ObservableValue<? extends org.convlab.trace.Trace> o,
                                              org.convlab.trace.Trace a, org.convlab.trace.Trace t) {
                    if (t.method() != model.methodProperty().get()) return; // an earlier request finishing first
                    model.traceProperty().removeListener(this);
                    double v = Double.parseDouble(at);
                    model.positionProperty().set(v < 1 ? (int) Math.round(v * t.size()) : (int) v);
                }
            });
        }
    }

    private void edit(UnaryOperator<SceneSpec> change) {
        model.sceneProperty().set(change.apply(model.sceneProperty().get()));
        if (raceToggle.isSelected()) race.load(model.sceneProperty().get());
    }

    private Node controls() {
        Button start = button("|◀◀", "Jump to start (Home)", model::toStart);
        Button back = button("◀", "Step back (←)", () -> model.step(-1));
        Button fwd = button("▶|", "Step forward (→)", () -> model.step(1));
        Button end = button("▶▶|", "Jump to end (End)", model::toEnd);
        play.setId("anim-play");
        play.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        play.setOnAction(e -> model.togglePlay());
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("⏸ Pause").otherwise("▶ Play"));
        back.setId("anim-back");
        fwd.setId("anim-forward");
        ComboBox<Granularity> gran = SceneBar.combo(List.of(Granularity.values()), model.granularityProperty().get());
        gran.setId("anim-granularity");
        gran.setTooltip(new javafx.scene.control.Tooltip("What one step forward does: one multiply, one output value, one row, "
                + "or one stage (one filter of a standard conv, one pass of a factorized one)"));
        gran.valueProperty().bindBidirectional(model.granularityProperty());
        timeline.setId("anim-timeline");
        timeline.maxProperty().bind(Bindings.max(1, model.sizeProperty()));
        timeline.valueProperty().addListener((o, a, v) -> {
            if (Math.round(v.doubleValue()) != model.positionProperty().get()) model.positionProperty().set((int) Math.round(v.doubleValue()));
        });
        model.positionProperty().addListener((o, a, v) -> timeline.setValue(v.doubleValue()));
        HBox.setHgrow(timeline, Priority.ALWAYS);
        // speed: log10 scale from 1 step per second (0) to 100 000 (5); the far right is instant
        Slider speed = new Slider(0, 6, Math.log10(model.speedProperty().get()));
        speed.setId("anim-speed");
        speed.setPrefWidth(170);
        Label speedLabel = new Label();
        speed.valueProperty().addListener((o, a, v) -> model.speedProperty().set(v.doubleValue() >= 5.95 ? AnimationModel.INSTANT : Math.pow(10, v.doubleValue())));
        speedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            double sp = model.speedProperty().get();
            return sp >= AnimationModel.INSTANT ? "instant" : String.format(Locale.ROOT, sp < 10 ? "%.1f steps/s" : "%,.0f steps/s", sp);
        }, model.speedProperty()));
        timeline.setMinWidth(80);
        speed.setMinWidth(60);
        speedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the counters are drawn on the canvas (so they are in every exported frame), not repeated here
        HBox bar = bar(start, back, play, fwd, end, label("Step by"), gran, timeline, label("Speed"), speed, speedLabel);
        bar.setPadding(new Insets(6, 10, 8, 10));
        return bar;
    }


    private Node racePane() {
        ComboBox<Method> who = SceneBar.combo(List.of(Method.DEPTHWISE_SEPARABLE, Method.SPATIAL_SEPARABLE, Method.LOW_RANK, Method.DEPTHWISE,
                Method.POINTWISE, Method.GROUPED), race.contenderProperty().get());
        who.setId("race-contender");
        who.valueProperty().bindBidirectional(race.contenderProperty());
        who.valueProperty().addListener((o, a, v) -> race.load(model.sceneProperty().get()));
        Slider rate = new Slider(1, 5, Math.log10(race.rateProperty().get()));
        rate.setPrefWidth(180);
        rate.valueProperty().addListener((o, a, v) -> race.rateProperty().set(Math.pow(10, v.doubleValue())));
        Label rateLabel = new Label();
        rateLabel.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%,.0f multiplies/s each",
                race.rateProperty().get()), race.rateProperty()));
        Button go = new Button("▶ Start race");
        go.setId("race-start");
        go.setOnAction(e -> race.start());
        Button reset = new Button("Reset");
        reset.setOnAction(e -> race.reset());
        Label counted = label("Counted race: bars advance by counted multiplies, not by time.");
        counted.setStyle("-fx-font-weight: bold;");
        // wraps rather than widening the window: a hidden race must not push the animation past the edge
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, label("Standard vs"), who, go, reset, label("Speed"), rate, rateLabel, counted);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add(STYLE_BAR);
        VBox box = new VBox(bar, raceCanvas.node());
        VBox.setVgrow(raceCanvas.node(), Priority.ALWAYS);

        return box;
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || raceToggle.isSelected()) return;
        boolean shift = e.isShiftDown();
        switch (e.getCode()) {
            case SPACE -> model.togglePlay();
            case RIGHT -> model.step(shift ? Granularity.VALUE : model.granularityProperty().get(), 1);
            case LEFT -> model.step(shift ? Granularity.VALUE : model.granularityProperty().get(), -1);
            case DOWN -> model.step(Granularity.ROW, 1);
            case UP -> model.step(Granularity.ROW, -1);
            case PAGE_DOWN -> model.step(Granularity.STAGE, 1);
            case PAGE_UP -> model.step(Granularity.STAGE, -1);
            case HOME -> model.toStart();
            case END -> model.toEnd();
            default -> { return; }
        }
        e.consume();
    }


    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static HBox bar(Node... nodes) {
        HBox b = new HBox(6, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setPadding(new Insets(6, 10, 6, 10));
        b.getStyleClass().add(STYLE_BAR);
        return b;
    }

    public Parent getRoot() { return root; }
    /** The node to capture for slides: the canvas (or the race). */
    public Node getSnapshotTarget() { return center; }
    public AnimationModel getModel() { return model; }

    /**
     * Gives the keyboard to the animation (space, arrows, Home/End, Page Up/Down). Call it when the
     * tab is selected: a tab header keeps the focus after a click and would take ←/→ to switch tabs.
     */
    public void focusAnimation() { canvas.node().requestFocus(); }
    public RaceModel getRace() { return race; }
    AnimationCanvas canvasPainter() { return canvas; }
    Slider timeline() { return timeline; }

    public void dispose() { model.dispose(); race.dispose(); }

    /** The look changed: the canvases take its palette and scale and redraw. */
    void applyLook(org.convlab.ui.core.Look look) {
        sceneBar.presentation(look.presentation());
        GridPainter.apply(look);
        Layout.scale(look.scale());
        canvas.relayout();
        raceCanvas.draw();
    }
}
