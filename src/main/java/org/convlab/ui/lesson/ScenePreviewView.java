package org.convlab.ui.lesson;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.convlab.io.DisplayMapping;
import org.convlab.lesson.Scene;
import org.convlab.ui.core.Quantity;
import org.convlab.ui.core.Reveal;

/** The scene beside the lesson text: input, kernel, intermediate and output images, and the counts. */
public final class ScenePreviewView {
    public static final String CSS_ROOT = "scene-preview";
    public static final String CSS_PANEL = "scene-panel";
    public static final String CSS_HIGHLIGHT = "scene-panel-highlight";
    public static final String CSS_CAPTION = "scene-caption";
    private static final double IMAGE_SIDE = 150;

    private final ScenePreviewModel model;
    private final VBox root = new VBox(10);
    private final Label description = new Label();
    private final Label viewNote = new Label();
    private final FlowPane panels = new FlowPane(12, 12);
    private final GridPane counts = new GridPane();
    private final Label error = new Label();

    private final Reveal reveal;

    public ScenePreviewView(ScenePreviewModel model) { this(model, new Reveal()); }

    /** The scene panel; quantities in {@code reveal.hidden()} show a placeholder until the question about them is answered. */
    public ScenePreviewView(ScenePreviewModel model, Reveal reveal) {
        this.model = model;
        this.reveal = reveal;
        reveal.hidden().addListener((javafx.collections.SetChangeListener<Quantity>) c -> {
            redraw();
            describe(model.sceneProperty().get());
        });
        root.getStyleClass().add(CSS_ROOT);
        root.setPadding(new Insets(14));
        Label title = new Label("SCENE");
        title.getStyleClass().add(CSS_CAPTION);
        ComboBox<Method> method = new ComboBox<>(FXCollections.observableArrayList(Method.values()));
        method.setId("scene-method");
        method.valueProperty().bindBidirectional(model.methodProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        Label try_ = new Label("method:");
        HBox top = new HBox(8, title, new Pane(), try_, method, busy);
        HBox.setHgrow(top.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        description.setWrapText(true);
        viewNote.setWrapText(true);
        viewNote.getStyleClass().add("lesson-muted");
        error.setWrapText(true);
        error.getStyleClass().add("lesson-problem");
        counts.setHgap(14);
        counts.setVgap(4);
        Label computing = new Label("Computing with the engine…");
        computing.getStyleClass().add("lesson-muted");
        computing.visibleProperty().bind(model.busyProperty());
        computing.managedProperty().bind(model.busyProperty());
        root.getChildren().addAll(top, description, viewNote, computing, counts, error, panels);
        model.shownProperty().addListener((o, a, b) -> redraw());
        model.errorProperty().addListener((o, a, b) -> error.setText(b));
        model.sceneProperty().addListener((o, a, b) -> describe(b));
    }

    public VBox getRoot() { return root; }
    public Node getSnapshotTarget() { return root; }

    private void describe(Scene s) {
        if (s == null) return;
        String d = s.describe();
        // "3→4 channels" names the output's channel count: not while a question asks for the output's size
        if (reveal.isHidden(Quantity.OUTPUT_SIZE)) d = d.replaceFirst("(\\d+)→\\d+ channels", "$1→? channels");
        description.setText(d);
        viewNote.setText("Opens in the " + s.view().id() + " view"
                + (s.view() == Scene.View.ANIMATION || s.view() == Scene.View.RACE
                ? " (step by " + s.animation().granularity().id() + ", from " + (s.animation().position() < 0 ? "the end" : "step " + s.animation().position()) + ")" : "")
                + ". Try another method above; “Reset this step” puts the lesson's scene back.");
    }

    private void redraw() {
        panels.getChildren().clear();
        counts.getChildren().clear();
        ScenePreviewModel.Shown v = model.shownProperty().get();
        if (v == null) return;
        Scene s = v.built().scene();
        ConvResult r = v.result();
        Tensor in = v.built().image();
        boolean sizeHidden = reveal.isHidden(Quantity.OUTPUT_SIZE);
        boolean valuesHidden = sizeHidden || reveal.isHidden(Quantity.OUTPUT_VALUES);
        panels.getChildren().add(panel("INPUT " + in.shapeString(), image(in, true), "input", s));
        panels.getChildren().add(panel("KERNEL " + kernelCaption(v), kernelGrid(v), "kernel", s));
        if (r.intermediate() != null) {
            String what = r.method() == Method.DEPTHWISE_SEPARABLE ? "INTERMEDIATE (depthwise) " : "INTERMEDIATE (column pass) ";
            panels.getChildren().add(panel(what + (sizeHidden ? "?" : r.intermediate().shapeString()) + shownChannel(r.intermediate()),
                    valuesHidden ? hiddenImage() : image(r.intermediate(), false), "intermediate", s));
        }
        panels.getChildren().add(panel("OUTPUT " + (sizeHidden ? "?" : r.output().shapeString()) + shownChannel(r.output()),
                valuesHidden ? hiddenImage() : image(r.output(), false), "output", s));
        boolean multHidden = reveal.isHidden(Quantity.MULTIPLIES);
        boolean ratioHidden = multHidden || reveal.isHidden(Quantity.RATIO);
        int row = 0;
        row = count("multiplies (counted)", r.counts().multiplies(), Quantity.MULTIPLIES, row);
        row = count("additions (counted)", r.counts().additions(), multHidden ? Quantity.MULTIPLIES : Quantity.ADDITIONS, row);
        row = count("parameters", r.parameters(), Quantity.PARAMETERS, row);
        if (r.method() != Method.STANDARD) {
            row = count("standard conv multiplies (formula)", v.standard().multiplies(), ratioHidden ? Quantity.RATIO : Quantity.MULTIPLIES, row);
            double ratio = v.standard().multiplies() == 0 ? 0 : r.counts().multiplies() / (double) v.standard().multiplies();
            counts.addRow(row++, new Label("ratio to standard"), bold(ratioHidden ? Reveal.PLACEHOLDER
                    : String.format(Locale.ROOT, "%.4f  (%s)", ratio, org.convlab.engine.CostRatio.describe(r.counts().multiplies(), v.standard().multiplies(), null))));
        }
        boolean anyCount = multHidden || reveal.isHidden(Quantity.ADDITIONS) || reveal.isHidden(Quantity.PARAMETERS) || ratioHidden;
        Label formula = new Label(r.cost().formula() + (anyCount ? "" : " = " + r.cost().substituted()));
        formula.setWrapText(true);
        formula.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace; -fx-font-size: 0.92em;");
        counts.add(formula, 0, row, 2, 1);
        if (r.method() == Method.LOW_RANK) {
            counts.addRow(row + 1, new Label("kernel error ‖W−Wᵣ‖/‖W‖"), bold(reveal.show(Quantity.KERNEL_ERROR, String.format(Locale.ROOT, "%.4f", r.relativeError()))));
            if (!Double.isNaN(v.outputError())) {
                counts.addRow(row + 2, new Label("output error on this image"), bold(reveal.show(Quantity.OUTPUT_VALUES, String.format(Locale.ROOT, "%.4f", v.outputError()))));
            }
        }
        if (s.highlight().panels().contains("cost")) counts.getStyleClass().add(CSS_HIGHLIGHT); else counts.getStyleClass().remove(CSS_HIGHLIGHT);
    }

    private static String shownChannel(Tensor t) { return t.channels() > 1 ? " (channel 1 shown)" : ""; }

    private int count(String what, long n, Quantity q, int row) {
        counts.addRow(row, new Label(what), bold(reveal.show(q, String.format(Locale.ROOT, "%,d", n))));
        return row + 1;
    }

    /** What an image the open question asks about shows until it is answered. */
    private static Node hiddenImage() {
        Label l = new Label("hidden until you answer\nthe question");
        l.setId("scene-hidden");
        l.setAlignment(Pos.CENTER);
        l.setMinSize(IMAGE_SIDE, IMAGE_SIDE * 0.6);
        l.setStyle("-fx-border-color: #9aa3ab; -fx-border-style: dashed; -fx-text-fill: #5b6670; -fx-text-alignment: center;");
        return l;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private VBox panel(String caption, Node content, String id, Scene s) {
        Label c = new Label(caption);
        c.getStyleClass().add(CSS_CAPTION);
        StackPane body = new StackPane(content);
        body.setAlignment(Pos.TOP_LEFT);
        if (s.highlight().cellPanel().equals(id) && !s.highlight().cells().isEmpty() && content instanceof ImageView iv) {
            Tensor t = (Tensor) iv.getUserData();
            Pane overlay = new Pane();
            overlay.setMouseTransparent(true);
            double sx = iv.getFitWidth() / t.width(), sy = iv.getFitHeight() / t.height();
            for (int[] cell : s.highlight().cells()) {
                Rectangle r = new Rectangle(cell[1] * sx, cell[0] * sy, Math.max(sx, 3), Math.max(sy, 3));
                r.setFill(null);
                r.setStroke(javafx.scene.paint.Color.web("#d7191c"));
                r.setStrokeWidth(2);
                overlay.getChildren().add(r);
            }
            body.getChildren().add(overlay);
        }
        VBox p = new VBox(4, c, body);
        p.getStyleClass().add(CSS_PANEL);
        p.setId("scene-panel-" + id);
        if (s.highlight().panels().contains(id)) p.getStyleClass().add(CSS_HIGHLIGHT);
        return p;
    }

    /** A tensor as an image: photos and patterns as RGB or grey, results in the diverging map. */
    static ImageView image(Tensor t, boolean input) {
        int h = t.height(), w = t.width();
        int[] px;
        if (input && t.channels() == 3) px = DisplayMapping.rgb(t.data(), h, w, DisplayMapping.Mode.CLAMP);
        else px = DisplayMapping.plane(t.data(), 0, h, w, input ? DisplayMapping.Mode.CLAMP : resultMode(t, h * w), 0);
        // Scale up by a whole factor with our own nearest-neighbour copy: every tensor cell stays a
        // crisp square whatever the rendering pipeline does with ImageView smoothing.
        int f = Math.max(1, (int) Math.floor(IMAGE_SIDE / Math.max(h, w)));
        int[] big = new int[w * f * h * f];
        for (int y = 0; y < h * f; y++) for (int x = 0; x < w * f; x++) big[y * w * f + x] = px[(y / f) * w + x / f];
        WritableImage img = new WritableImage(w * f, h * f);
        img.getPixelWriter().setPixels(0, 0, w * f, h * f, PixelFormat.getIntArgbInstance(), big, 0, w * f);
        ImageView v = new ImageView(img);
        double scale = IMAGE_SIDE / Math.max(h, w);
        v.setFitWidth(w * scale);
        v.setFitHeight(h * scale);
        v.setSmooth(false);
        v.setUserData(t);
        return v;
    }

    /**
     * How a result is shown: a result with no negative values is an image (grey, brightness as
     * computed; stretched only if it exceeds 1), a signed one uses the diverging map.
     */
    public static DisplayMapping.Mode resultMode(Tensor t, int plane) {
        float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
        float[] d = t.data();
        for (int i = 0; i < plane; i++) { min = Math.min(min, d[i]); max = Math.max(max, d[i]); }
        if (min < -1e-6f) return DisplayMapping.Mode.DIVERGING;
        return max <= 1.0001f ? DisplayMapping.Mode.CLAMP : DisplayMapping.Mode.NORMALIZED;
    }

    private static String kernelCaption(ScenePreviewModel.Shown v) {
        Weights k = v.result().method() == Method.POINTWISE ? v.built().bank().pointwise() : v.built().bank().kernel();
        Scene.KernelRef ref = v.built().scene().kernel();
        return v.result().method() == Method.POINTWISE ? "(pointwise " + k.filters() + "×" + k.channelsPerGroup() + ")"
                : k.kernelHeight() + "×" + k.kernelWidth() + (ref != null && ref.perChannel() != null
                ? " (channel 1 of " + ref.perChannel().length + "; each channel has its own)" : "");
    }

    private static Node kernelGrid(ScenePreviewModel.Shown v) {
        boolean pw = v.result().method() == Method.POINTWISE;
        Weights k = pw ? v.built().bank().pointwise() : v.built().bank().kernel();
        int rows = pw ? k.filters() : k.kernelHeight(), cols = pw ? k.channelsPerGroup() : k.kernelWidth();
        if (rows > 9 || cols > 9) {
            Label l = new Label(rows + "×" + cols + " values (too many to list)");
            l.getStyleClass().add("lesson-muted");
            return l;
        }
        float max = DisplayMapping.maxAbs(k.data(), 0, k.size());
        GridPane g = new GridPane();
        g.setHgap(2);
        g.setVgap(2);
        double cell = Math.max(30, Math.min(44, IMAGE_SIDE / Math.max(rows, cols)));
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float val = pw ? k.get(y, x, 0, 0) : k.get(0, 0, y, x);
                Label l = new Label(fmt(val));
                int argb = DisplayMapping.diverging(max == 0 ? 0 : val / max);
                l.setMinSize(cell, cell * 0.75);
                l.setAlignment(Pos.CENTER);
                l.setStyle(String.format(Locale.ROOT, "-fx-background-color: #%06x; -fx-font-size: 0.85em; -fx-text-fill: %s;",
                        argb & 0xFFFFFF, textOn(argb)));
                g.add(l, x, y);
            }
        }
        return g;
    }

    private static String fmt(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1000) return Integer.toString((int) v);
        return String.format(Locale.ROOT, Math.abs(v) < 0.01 ? "%.3f" : "%.2f", v);
    }

    /** Black or white, whichever reads better on the cell colour (WCAG relative luminance). */
    static String textOn(int argb) {
        javafx.scene.paint.Color c = javafx.scene.paint.Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
        return org.convlab.ui.core.Palette.textOn(c).equals(javafx.scene.paint.Color.BLACK) ? "black" : "white";
    }
}
