package org.convlab.ui.animation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.convlab.engine.KernelBank.StandardWeights;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;

/**
 * The Animation's scene settings: one wrapping row of "label + control" fields (a label never
 * leaves its control), so the bar takes a second or third line on a narrow window or at
 * presentation size instead of cutting controls off. Fields that do not apply to the method
 * (rank r outside low-rank, groups and shuffle outside grouped, the standard-weights choice outside
 * standard and grouped) are hidden, not greyed: a student sees only what changes the picture.
 */
final class SceneBar {
    private final AnimationModel model;
    private final Consumer<UnaryOperator<SceneSpec>> edit;
    private final VBox root;
    /** Whether every scene field is shown; when off, one line sums the scene up (presentation mode starts so). */
    private final ToggleButton expanded = new ToggleButton("Scene settings");
    private Boolean presentation;

    /** {@code edit} applies a change to the scene (and to the race when it is shown). */
    SceneBar(AnimationModel model, ToggleButton raceToggle, Consumer<UnaryOperator<SceneSpec>> edit) {
        this.model = model;
        this.edit = edit;
        SceneSpec s = model.sceneProperty().get();
        ComboBox<Method> method = combo(List.of(Method.values()), model.methodProperty().get());
        method.setId("anim-method");
        method.valueProperty().bindBidirectional(model.methodProperty());
        ComboBox<String> image = combo(SampleImages.IDS, s.image());
        image.setId("anim-image");
        image.valueProperty().addListener((o, a, v) -> change(x -> x.withImage(v)));
        Spinner<Integer> channels = spinner(1, 8, s.channels(), v -> change(x -> x.withChannels(v)));
        channels.setId("anim-channels");
        Spinner<Integer> filters = spinner(1, 8, s.filters(), v -> change(x -> x.withFilters(v)));
        filters.setId("anim-filters");
        filters.setTooltip(new Tooltip("Filters F (output planes). Depthwise: F = m·C gives channel multiplier m, m planes per input channel"));
        ComboBox<String> preset = combo(KernelPresets.IDS, s.preset());
        preset.valueProperty().addListener((o, a, v) -> change(x -> x.withPreset(v)));
        ComboBox<Integer> size = combo(List.of(1, 2, 3, 4, 5), s.kernelSize());
        size.valueProperty().addListener((o, a, v) -> change(x -> x.withKernelSize(v)));
        ComboBox<Integer> stride = combo(List.of(1, 2, 3), s.stride());
        stride.valueProperty().addListener((o, a, v) -> change(x -> x.withStride(v)));
        ComboBox<String> padding = combo(List.of("0", "1", "2", "same"), s.padding());
        padding.valueProperty().addListener((o, a, v) -> change(x -> x.withPadding(v)));
        ComboBox<Integer> dilation = combo(List.of(1, 2, 3), s.dilation());
        dilation.valueProperty().addListener((o, a, v) -> change(x -> x.withDilation(v)));
        Spinner<Integer> rank = spinner(1, 5, s.rank(), v -> change(x -> x.withRank(v)));
        rank.setId("anim-rank");
        ComboBox<Integer> groups = combo(ConvSpec.groupCounts(s.channels()), s.groups());
        groups.setId("anim-groups");
        groups.setTooltip(new Tooltip("Groups G of a grouped convolution (divisors of C): G = 1 is standard, G = C is depthwise"));
        groups.valueProperty().addListener((o, a, v) -> { if (v != null) change(x -> x.withGroups(v)); });
        channels.valueProperty().addListener((o, a, v) -> {
            groups.getItems().setAll(ConvSpec.groupCounts(v));
            int g = model.sceneProperty().get().groups();
            groups.setValue(v % g == 0 ? g : 1);
        });
        CheckBox shuffle = new CheckBox("channel shuffle");
        shuffle.setId("anim-shuffle");
        shuffle.setTooltip(new Tooltip("ShuffleNet (arXiv 1707.01083): after a grouped convolution, interleave the groups' channels"));
        shuffle.setSelected(s.shuffle());
        shuffle.selectedProperty().addListener((o, a, v) -> change(x -> x.withShuffle(v)));
        ComboBox<StandardWeights> standard = combo(List.of(StandardWeights.values()), s.standard());
        standard.setId("anim-standard");
        standard.setConverter(new StringConverter<>() {
            @Override public String toString(StandardWeights w) { return w == null ? "" : w == StandardWeights.FREE ? "free" : "composed pw·dw"; }
            @Override public StandardWeights fromString(String x) { return null; }
        });
        standard.setTooltip(new Tooltip("The standard filters: free weights (each filter its own), or composed from depthwise + pointwise"
                + " (W[f,c] = pw[f,c]·dw[c], equal output for output to depthwise-separable)"));
        standard.valueProperty().addListener((o, a, v) -> change(x -> x.withStandard(v)));
        CheckBox bias = new CheckBox("bias");
        bias.setSelected(s.bias());
        bias.selectedProperty().addListener((o, a, v) -> change(x -> x.withBias(v)));
        Label msg = new Label();
        msg.setId("anim-message");
        msg.getStyleClass().add("error-text");
        msg.textProperty().bind(model.messageProperty());
        msg.setWrapText(true);
        msg.visibleProperty().bind(model.messageProperty().isNotEmpty());
        msg.managedProperty().bind(msg.visibleProperty());
        Button crop = new Button("Crop to fit");
        crop.setId("anim-crop-to-fit");
        crop.setOnAction(e -> model.cropToFit());
        Button smaller = new Button("Smaller scene");
        smaller.setId("anim-smaller-scene");
        smaller.setOnAction(e -> model.smallerScene());
        for (Button b : List.of(crop, smaller)) {
            b.visibleProperty().bind(model.tooBigProperty());
            b.managedProperty().bind(b.visibleProperty());
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        raceToggle.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane fields = new FlowPane(14, 4);
        fields.getStyleClass().add(AnimationView.STYLE_BAR);
        fields.setPadding(new Insets(6, 10, 4, 10));
        fields.setAlignment(Pos.CENTER_LEFT);
        expanded.setId("anim-scene-settings");
        expanded.setSelected(true);
        expanded.setFocusTraversable(false);
        expanded.setMinWidth(Region.USE_PREF_SIZE);
        expanded.setTooltip(new Tooltip("Show or hide the scene's settings (presentation mode hides them to give the canvas the room)"));
        Label summary = new Label();
        summary.setId("anim-scene-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(model.sceneProperty().get(), model.methodProperty().get()),
                model.sceneProperty(), model.methodProperty()));
        summary.visibleProperty().bind(expanded.selectedProperty().not());
        summary.managedProperty().bind(summary.visibleProperty());
        fields.getChildren().addAll(field("Method", method), summary, shown(field("Image", image)), shown(field("Channels C", channels)),
                shown(field("Filters F", filters)), shown(field("Kernel", preset)), shown(field("size", size)), shown(field("Stride", stride)),
                shown(field("Padding", padding)), shown(field("Dilation", dilation)), onlyFor(field("Rank r", rank), Method.LOW_RANK),
                onlyFor(field("Groups G", groups), Method.GROUPED), onlyFor(shuffle, Method.GROUPED),
                onlyFor(field("Weights", standard), Method.STANDARD, Method.GROUPED), shown(bias), expanded, raceToggle, crop, smaller);
        // the bar wraps at the width the window gives it (a FlowPane alone would wrap at its default 400 px)
        fields.prefWrapLengthProperty().bind(fields.widthProperty());
        VBox.setMargin(msg, new Insets(0, 10, 4, 10));
        Label lesson = new Label();
        lesson.setId("animation-external");
        lesson.setWrapText(true);
        lesson.getStyleClass().add("lesson-banner");
        lesson.textProperty().bind(Bindings.createStringBinding(() -> model.externalProperty().get() == null ? ""
                : "Showing the lesson's scene: " + model.externalProperty().get().title()
                        + ". The controls above are your own scene: change any of them to go back to it.", model.externalProperty()));
        lesson.visibleProperty().bind(model.externalProperty().isNotNull());
        lesson.managedProperty().bind(lesson.visibleProperty());
        VBox.setMargin(lesson, new Insets(0, 10, 4, 10));
        root = new VBox(fields, msg, lesson);
    }

    Node node() { return root; }
    ToggleButton settingsToggle() { return expanded; }

    private void change(UnaryOperator<SceneSpec> c) { edit.accept(c); }

    /**
     * Presentation mode (on or off) starts with the settings folded into the summary line, normal
     * mode with them open; the teacher's own choice holds until the mode changes.
     */
    void presentation(boolean on) {
        if (presentation != null && presentation == on) return;
        presentation = on;
        expanded.setSelected(!on);
    }

    /** One line for the scene: "square 8×8 · C 2 · F 2 · sobel-x 3×3 · stride 1 · pad 1 · dil 1". */
    static String summary(SceneSpec s, Method m) {
        return s.image() + " · C " + s.channels() + " · F " + s.filters() + " · " + s.preset() + " " + s.kernelSize() + "×" + s.kernelSize()
                + " · stride " + s.stride() + " · pad " + s.padding() + " · dil " + s.dilation()
                + (m == Method.LOW_RANK ? " · r " + s.rank() : "") + (m == Method.GROUPED ? " · G " + s.groups() + (s.shuffle() ? " + shuffle" : "") : "")
                + (m == Method.DEPTHWISE ? " · m " + s.multiplier() : "") + (s.bias() ? " · bias" : "");
    }

    /** Shown (and laid out) only while the settings are open. */
    private <T extends Node> T shown(T node) {
        node.visibleProperty().bind(expanded.selectedProperty());
        node.managedProperty().bind(expanded.selectedProperty());
        return node;
    }

    /** Shown (and laid out) only while the settings are open and the method is one of {@code methods}. */
    private <T extends Node> T onlyFor(T node, Method... methods) {
        List<Method> ms = List.of(methods);
        BooleanBinding applies = Bindings.createBooleanBinding(() -> expanded.isSelected() && ms.contains(model.methodProperty().get()),
                model.methodProperty(), expanded.selectedProperty());
        node.visibleProperty().bind(applies);
        node.managedProperty().bind(applies);
        return node;
    }

    private static HBox field(String label, Node control) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    static <T> ComboBox<T> combo(List<T> items, T value) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setValue(value);
        c.setFocusTraversable(false);
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static Spinner<Integer> spinner(int min, int max, int value, Consumer<Integer> onChange) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.getStyleClass().add("small-spinner");
        s.getEditor().setPrefColumnCount(2);
        s.setMinWidth(Region.USE_PREF_SIZE);
        s.setFocusTraversable(false);
        s.valueProperty().addListener((o, a, v) -> onChange.accept(v));
        return s;
    }
}
