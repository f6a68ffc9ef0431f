package org.convlab.ui.kernel;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.engine.KernelPresets;
import org.convlab.ui.kernel.KernelDesignerModel.Layer;

/**
 * The kernel designer (code-only): tool rows (preset, size, normalize, transpose, flips, scale,
 * undo/redo, copy/paste, save/load), a layer selector (2D kernel | depthwise | pointwise |
 * standard), the editable {@link KernelGrid} and the {@link FactorizationPanel}.
 *
 * <p>Embed: {@code var v = new KernelDesignerView(model); pane.setCenter(v.getRoot());}
 */
public final class KernelDesignerView {
    public static final String STYLE_CLASS = "kernel-designer";
    public static final String TOOLBAR_STYLE_CLASS = "kernel-designer-toolbar";
    public static final String STATUS_STYLE_CLASS = "kernel-designer-status";
    public static final String INFO_STYLE_CLASS = "kernel-designer-info";
    public static final String STYLESHEET = KernelDesignerView.class.getResource("kernel-designer.css").toExternalForm();

    private final KernelDesignerModel model;
    private final VBox content = new VBox(8);
    private final KernelGrid grid = new KernelGrid(true, 24, 64);
    private final DoubleProperty gridWidth = new SimpleDoubleProperty(this, "gridWidth", 440);
    private final FactorizationPanel factorization = new FactorizationPanel();
    private final ComboBox<String> preset = new ComboBox<>();
    private final Spinner<Double> param = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1e6, 1.0, 0.1));
    private final Spinner<Integer> kh = new Spinner<>(1, 15, 3);
    private final Spinner<Integer> kw = new Spinner<>(1, 15, 3);
    private final Spinner<Double> factor = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(-1e6, 1e6, 2.0, 0.5));
    private final Spinner<Integer> channel = new Spinner<>(1, 1, 1);
    private final Spinner<Integer> filter = new Spinner<>(1, 1, 1);
    private final Label status = new Label(" ");
    private final Label info = new Label();
    private final Button reset = new Button();
    private final KernelFileActions files;
    private boolean syncing;

    public KernelDesignerView(KernelDesignerModel model) {
        this.model = model;
        this.files = new KernelFileActions(model, content);
        content.getStyleClass().add(STYLE_CLASS);
        content.getStylesheets().add(STYLESHEET);
        content.setPadding(new Insets(8));
        preset.setId("kernel-preset");
        param.setId("kernel-param");
        kh.setId("kernel-height");
        kw.setId("kernel-width");
        factor.setId("kernel-scale-factor");
        channel.setId("kernel-channel");
        filter.setId("kernel-filter");
        grid.setId("kernel-grid");
        for (Spinner<Integer> sp : java.util.List.of(kh, kw)) forgiving(sp, Integer::valueOf);
        for (Spinner<Double> sp : java.util.List.of(param, factor)) forgiving(sp, t -> Double.valueOf(t.replace(',', '.').replace('\u2212', '-')));
        grid.setWidthBudget(gridWidth.get());
        gridWidth.addListener((o, a, w) -> grid.setWidthBudget(w.doubleValue()));
        status.getStyleClass().add(STATUS_STYLE_CLASS);
        info.getStyleClass().add(INFO_STYLE_CLASS);
        info.setWrapText(true);
        grid.setEditor(new KernelGrid.Editor() {
            @Override public void set(int r, int c, float v) { run(() -> model.setCell(r, c, v)); }
            @Override public void adjust(int r, int c, double d, double step) { run(() -> model.adjustCell(r, c, d, step)); }
            @Override public void beginGesture() { model.beginGesture(); }
            @Override public void endGesture() { model.endGesture(); }
        });
        HBox gridBox = new HBox(grid);
        gridBox.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().addAll(presetRow(), editRow(), layerRow(), info, gridBox, status, factorization.getRoot());
        content.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        model.stateProperty().addListener(o -> refresh());
        model.layerProperty().addListener(o -> refresh());
        model.channelIndexProperty().addListener(o -> refresh());
        model.filterIndexProperty().addListener(o -> refresh());
        model.factorizationProperty().addListener((o, a, f) -> factorization.show(f));
        model.statusProperty().addListener((o, a, s) -> showStatus(s, false));
        refresh();
        factorization.show(model.factorizationProperty().get());
    }

    /**
     * The node to embed (a VBox, about 460 px wide; it does not scroll by itself: put it in a
     * ScrollPane where the height is short, as the workbench's side panel does).
     */
    public Parent getRoot() { return content; }

    /** The width the editable grid may take (default 440 px; raise it for presentation mode). */
    public DoubleProperty gridWidthProperty() { return gridWidth; }

    /** The whole designer without the scroll pane, for screenshots. */
    public Node getSnapshotTarget() { return content; }

    /** The theme's colours for the grids (the shell's look, passed on by the screen that embeds the designer). */
    public void applyLook(org.convlab.ui.core.Look look) {
        grid.setPalette(look.palette());
        factorization.applyLook(look);
    }

    /** The editable grid (for tests and focus). */
    public KernelGrid getGrid() { return grid; }

    private FlowPane presetRow() {
        preset.getItems().setAll(KernelPresets.IDS);
        preset.setPromptText("preset…");
        preset.setTooltip(new Tooltip("Apply a preset to the grid being edited"));
        preset.setOnAction(e -> applyPreset());
        param.setEditable(true);
        param.setPrefWidth(95);
        param.setTooltip(new Tooltip("σ for gaussian (0 = automatic), seed for random presets"));
        param.valueProperty().addListener(o -> { if (preset.getValue() != null && usesParam(preset.getValue())) applyPreset(); });
        Label paramLabel = new Label("σ / seed");
        for (Spinner<Integer> s : java.util.List.of(kh, kw)) {
            s.setEditable(true);
            s.setPrefWidth(80);
            s.valueProperty().addListener(o -> { if (!syncing) run(() -> model.resize(kh.getValue(), kw.getValue())); });
        }
        kh.setTooltip(new Tooltip("kernel height kH (1–15)"));
        kw.setTooltip(new Tooltip("kernel width kW (1–15)"));
        Button again = button("Apply", "Apply the chosen preset again (after edits, or with a new σ / seed)", this::applyPreset);
        again.disableProperty().bind(preset.valueProperty().isNull());
        return toolbar(group(new Label("Preset"), preset), group(paramLabel, param, again),
                group(new Label("Size"), kh, new Label("×"), kw));
    }

    private static boolean usesParam(String id) { return id.equals("gaussian") || id.startsWith("random"); }

    private void applyPreset() {
        String id = preset.getValue();
        if (id == null) return;
        double p = param.getValue() == null ? 0 : param.getValue();
        run(() -> model.applyPreset(id, p));
    }

    private FlowPane editRow() {
        factor.setEditable(true);
        factor.setPrefWidth(90);
        Button undo = button("Undo", "Undo (Ctrl+Z)", model::undo);
        Button redo = button("Redo", "Redo (Ctrl+Y or Ctrl+Shift+Z)", model::redo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        return toolbar(group(button("Normalize", "Divide by the sum (sum = 1); zero-sum kernels: by Σ|v| (L1 = 1)", model::normalize),
                        button("Transpose", "Swap rows and columns (Sobel x ↔ Sobel y)", model::transpose)),
                group(button("Flip ↔", "Mirror left–right", model::flipHorizontal),
                        button("Flip ↕", "Mirror top–bottom", model::flipVertical)),
                group(button("Scale ×", "Multiply every value by the factor", () -> model.scale(factor.getValue())), factor),
                group(undo, redo),
                group(button("Copy", "Copy as rows of numbers (Ctrl+C); Ctrl+Shift+C: NumPy style", this::copy),
                        button("Paste", "Paste rows of numbers or [[…]] (Ctrl+V)", this::paste)),
                group(button("Save…", "Save as .kernel (text) or .npy", files::save),
                        button("Load…", "Open a .kernel or .npy file", files::load)));
    }

    private VBox layerRow() {
        // separate toggles in a flow (not a segmented bar): in presentation mode they wrap instead of shrinking to "…"
        javafx.scene.control.ToggleGroup layers = new javafx.scene.control.ToggleGroup();
        javafx.scene.layout.FlowPane seg = new javafx.scene.layout.FlowPane(4, 4);
        for (Layer l : Layer.values()) {
            ToggleButton b = new ToggleButton(switch (l) {
                case KERNEL -> "2D kernel";
                case DEPTHWISE -> "Depthwise";
                case POINTWISE -> "Pointwise";
                case STANDARD -> "Standard";
            });
            b.setUserData(l);
            b.setToggleGroup(layers);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setId("kernel-layer-" + l.name().toLowerCase(java.util.Locale.ROOT));
            b.setTooltip(new Tooltip(switch (l) {
                case KERNEL -> "The designed kH×kW kernel";
                case DEPTHWISE -> "One kH×kW kernel per input channel (C in all)";
                case POINTWISE -> "The F×C channel-mixing matrix";
                case STANDARD -> "The F×C×kH×kW standard weights, slice by slice";
            }));
            b.setSelected(model.layerProperty().get() == l);
            b.selectedProperty().addListener((o, was, now) -> { if (now) model.layerProperty().set(l); });
            seg.getChildren().add(b);
        }
        model.layerProperty().addListener((o, a, l) -> layers.getToggles().forEach(b -> b.setSelected(b.getUserData() == l)));
        layers.selectedToggleProperty().addListener((o, a, b) -> { if (b == null && a != null) a.setSelected(true); });
        channel.setPrefWidth(85);
        filter.setPrefWidth(85);
        channel.valueProperty().addListener((o, a, v) -> { if (!syncing && v != null) model.channelIndexProperty().set(v - 1); });
        filter.valueProperty().addListener((o, a, v) -> { if (!syncing && v != null) model.filterIndexProperty().set(v - 1); });
        reset.setOnAction(e -> run(() -> {
            switch (model.layerProperty().get()) {
                case DEPTHWISE -> model.resetDepthwise();
                case POINTWISE -> model.resetPointwise();
                case STANDARD -> model.recompose();
                default -> { }
            }
        }));
        channel.setTooltip(new Tooltip("input channel c shown (depthwise, standard)"));
        filter.setTooltip(new Tooltip("output filter f shown (standard)"));
        FlowPane slice = toolbar(new Label("channel c"), channel, new Label("filter f"), filter, reset);
        return new VBox(6, seg, slice);
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId("kernel-" + text.replace("↔", "h").replace("↕", "v").replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> run(action));
        return b;
    }

    /** Typed text that is not a number restores the last value instead of throwing on the FX thread. */
    private <T> void forgiving(Spinner<T> sp, java.util.function.Function<String, T> parse) {
        SpinnerValueFactory<T> f = sp.getValueFactory();
        f.setConverter(new javafx.util.StringConverter<T>() {
            @Override public String toString(T v) { return v == null ? "" : v instanceof Double d ? KernelText.exact(d.floatValue()) : v.toString(); }
            @Override public T fromString(String t) {
                try {
                    return parse.apply(t.strip());
                } catch (RuntimeException e) {
                    showStatus("'" + t.strip() + "' is not a number", true);
                    return f.getValue();
                }
            }
        });
    }

    private static HBox group(Node... nodes) {
        HBox b = new HBox(4, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    private static FlowPane toolbar(Node... nodes) {
        FlowPane p = new FlowPane(nodes);
        p.getStyleClass().add(TOOLBAR_STYLE_CLASS);
        p.setHgap(12);
        p.setVgap(6);
        p.setPrefWrapLength(440);
        p.setAlignment(Pos.CENTER_LEFT);
        return p;
    }

    /** Runs a model command; a rejected command shows its message and changes nothing. */
    private void run(Runnable command) {
        try {
            command.run();
        } catch (IllegalArgumentException e) {
            showStatus(e.getMessage(), true);
        }
    }

    private void showStatus(String text, boolean error) {
        status.setText(text == null || text.isEmpty() ? " " : (error ? "⚠ " : "") + text);
        if (error) { if (!status.getStyleClass().contains("error")) status.getStyleClass().add("error"); }
        else status.getStyleClass().remove("error");
    }

    private void copy() { copy(false); }

    private void copy(boolean numpy) {
        ClipboardContent c = new ClipboardContent();
        c.putString(numpy ? model.copyNumpy() : model.copyText());
        Clipboard.getSystemClipboard().setContent(c);
        showStatus("copied " + model.gridRows() + "×" + model.gridCols() + (numpy ? " as NumPy" : " as text"), false);
    }

    private void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null) { showStatus("the clipboard holds no text", true); return; }
        run(() -> model.paste(text));
    }

    private void shortcuts(KeyEvent e) {
        if (grid.isEditing()) return;
        if (KeyCombination.valueOf("Shortcut+Z").match(e)) { model.undo(); e.consume(); }
        else if (KeyCombination.valueOf("Shortcut+Y").match(e) || KeyCombination.valueOf("Shortcut+Shift+Z").match(e)) { model.redo(); e.consume(); }
        else if (e.getCode() == KeyCode.C && e.isShortcutDown() && grid.isFocused()) { copy(e.isShiftDown()); e.consume(); }
        else if (e.getCode() == KeyCode.V && e.isShortcutDown() && grid.isFocused()) { paste(); e.consume(); }
    }

    private void refresh() {
        syncing = true;
        try {
            KernelState s = model.getState();
            kh.getValueFactory().setValue(s.kh());
            kw.getValueFactory().setValue(s.kw());
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) channel.getValueFactory()).setMax(s.channels());
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) filter.getValueFactory()).setMax(s.filters());
            channel.getValueFactory().setValue(Math.min(s.channels(), model.channelIndexProperty().get() + 1));
            filter.getValueFactory().setValue(Math.min(s.filters(), model.filterIndexProperty().get() + 1));
            Layer l = model.layerProperty().get();
            channel.setDisable(l == Layer.KERNEL || l == Layer.POINTWISE);
            filter.setDisable(l != Layer.STANDARD);
            reset.setVisible(l != Layer.KERNEL);
            reset.setManaged(l != Layer.KERNEL);
            reset.setText(switch (l) {
                case DEPTHWISE -> "Reset to 2D kernel";
                case POINTWISE -> "Reset mixing";
                default -> "Recompose dw × pw";
            });
            info.setText(describe(s, l));
            factorization.setSubject(switch (l) {
                case KERNEL -> "the 2D kernel";
                case POINTWISE -> "the 2D kernel (a 1×1 mixing matrix has no spatial factorization)";
                case DEPTHWISE -> "depthwise kernel c " + (model.channelIndexProperty().get() + 1);
                case STANDARD -> "standard slice [f " + (model.filterIndexProperty().get() + 1) + ", c " + (model.channelIndexProperty().get() + 1) + "]";
            });
            grid.setData(model.gridValues(), model.gridRows(), model.gridCols());
        } finally {
            syncing = false;
        }
    }

    private String describe(KernelState s, Layer l) {
        String shape = s.kh() + "×" + s.kw();
        return switch (l) {
            case KERNEL -> "The designed " + shape + " kernel. C = " + s.channels() + " channel(s), F = " + s.filters() + " filter(s).";
            case DEPTHWISE -> "Depthwise: one " + shape + " kernel per input channel (" + s.channels() + " in all); showing channel "
                    + (model.channelIndexProperty().get() + 1) + (s.depthwiseFollows() ? " — all equal to the 2D kernel." : " — custom.");
            case POINTWISE -> "Pointwise: " + s.filters() + "×" + s.channels() + " mixing matrix, row f = output filter, column c = input channel"
                    + (s.pointwiseCustom() ? " — custom." : " — default.");
            case STANDARD -> "Standard: " + s.filters() + "×" + s.channels() + "×" + shape + " weights; showing slice [f " + (model.filterIndexProperty().get() + 1)
                    + ", c " + (model.channelIndexProperty().get() + 1) + "]. " + (s.standardIsComposition()
                    ? "= depthwise × pointwise ✓ (so depthwise-separable gives the same output)" : "custom: differs from depthwise × pointwise.");
        };
    }
}
