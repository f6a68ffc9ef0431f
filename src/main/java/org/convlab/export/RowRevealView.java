package org.convlab.export;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.io.DisplayMapping;

/**
 * A simple view of one computed lesson step, used for GIF frames: the lesson and step titles,
 * the step text, and the input, kernel and output (first channel) as coloured grids
 * ({@link DisplayMapping}, drawn as squares so they stay sharp at 2× and 3×), with the counted
 * multiplies. Frame i shows output rows 1..i+1 computed; later rows are blank. It stands in for
 * the animation view, which cannot yet be driven by a lesson scene.
 */
public final class RowRevealView implements ExportDeck.StepView {
    private static final double CELL_AREA = 360;
    private final BorderPane root = new BorderPane();
    private final ConvResult result;
    /** Grids up to this many values are drawn as squares (sharp at any scale); bigger ones as a pixelated image. */
    private static final int MAX_SHAPES = 4096;
    private final Rectangle[] outCells;
    private WritableImage outImage;
    private final Label rowLabel = new Label();
    private final Caption caption;

    /**
     * What the simple view shows: titles, text, and the computed convolution.
     *
     * @param kernel one 2D slice of the kernel (1×kH×kW)
     */
    public record StepData(String lessonTitle, int step, int steps, String stepTitle, Node text,
                           Tensor input, Tensor kernel, String kernelLabel, Method method, ConvResult result) { }

    /** A simple view of a step; {@code note} is a small line above the title (null for none). */
    public RowRevealView(StepData d, String note) {
        result = d.result();
        Tensor input = d.input();
        Method method = d.method();
        Tensor out = result.output();
        outCells = out.height() * out.width() <= MAX_SHAPES ? new Rectangle[out.height() * out.width()] : null;
        String counts = String.format(Locale.ROOT, "%,d multiplies · %,d additions", result.counts().multiplies(), result.counts().additions());
        caption = new Caption(d.lessonTitle(), "Step " + d.step() + " of " + d.steps() + ": " + d.stepTitle(), method.id(), counts);

        Label fallback = new Label(note == null ? "" : note);
        fallback.setManaged(note != null);
        fallback.setStyle("-fx-text-fill: #a04000; -fx-font-size: 12px;");
        Label title = new Label(d.lessonTitle());
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label stepTitle = new Label("Step " + d.step() + " of " + d.steps() + " — " + d.stepTitle());
        stepTitle.setStyle("-fx-font-size: 20px;");
        VBox head = new VBox(4, fallback, title, stepTitle);
        head.setPadding(new Insets(20, 24, 12, 24));
        root.setTop(head);

        Node text = d.text();
        VBox left = new VBox(text);
        left.setPrefWidth(420);
        left.setMinWidth(420);
        left.setPadding(new Insets(8, 24, 24, 24));
        root.setLeft(left);

        HBox panels = new HBox(24,
                panel("Input " + input.shapeString() + (input.channels() > 1 ? ", channel 1" : ""), cells(input, DisplayMapping.Mode.CLAMP, null)),
                panel("Kernel " + d.kernelLabel(), cells(d.kernel(), DisplayMapping.Mode.DIVERGING, null)),
                panel("Output " + out.shapeString() + (out.channels() > 1 ? ", channel 1" : "") + " (" + method.id() + ")",
                        cells(out, DisplayMapping.Mode.DIVERGING, outCells)));
        showFrame(out.height() - 1);
        Label countLabel = new Label(counts);
        countLabel.setStyle("-fx-font-size: 20px; -fx-font-family: '" + ExportFonts.MONO_FAMILY + "';");
        rowLabel.setStyle("-fx-font-size: 14px; -fx-text-fill: #505050;");
        VBox center = new VBox(20, panels, countLabel, rowLabel);
        center.setPadding(new Insets(8, 24, 24, 0));
        HBox.setHgrow(center, Priority.ALWAYS);
        root.setCenter(center);
    }

    private static VBox panel(String title, Node grid) {
        Label l = new Label(title);
        l.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        VBox box = new VBox(8, l, grid);
        box.setPrefWidth(CELL_AREA);
        return box;
    }

    /**
     * One square per value, drawn as vector shapes so they stay sharp at 2× and 3× (an ImageView
     * of a 16×16 bitmap is interpolated when the snapshot scales it).
     */
    private Node cells(Tensor t, DisplayMapping.Mode mode, Rectangle[] keep) {
        int h = t.height(), w = t.width();
        int[] px = DisplayMapping.plane(t.data(), 0, h, w, mode, 0);
        double cell = Math.max(1, Math.floor(CELL_AREA / Math.max(h, w)));
        if (h * w > MAX_SHAPES) {
            WritableImage img = new WritableImage(w, h);
            img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            if (t == result.output()) outImage = img;
            ImageView v = new ImageView(img);
            v.setSmooth(false); // kept pixelated in exports by PixelatedImages
            v.setFitWidth(cell * w);
            v.setFitHeight(cell * h);
            return v;
        }
        Group g = new Group();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Rectangle r = new Rectangle(x * cell, y * cell, cell, cell);
                r.setFill(argb(px[y * w + x]));
                r.setSmooth(false);
                g.getChildren().add(r);
                if (keep != null) keep[y * w + x] = r;
            }
        }
        Rectangle frame = new Rectangle(0, 0, w * cell, h * cell);
        frame.setFill(null);
        frame.setStroke(Color.web("#909090"));
        frame.setStrokeType(javafx.scene.shape.StrokeType.INSIDE); // keeps the grid's bounds at 0,0 so cells sit on whole pixels
        g.getChildren().add(frame);
        return g;
    }

    private static Color argb(int p) {
        return Color.rgb((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF);
    }

    private static Tensor square(int n) {
        Tensor t = new Tensor(1, n, n);
        for (int y = n / 4; y < n - n / 4; y++) for (int x = n / 4; x < n - n / 4; x++) t.set(0, y, x, 1f);
        return t;
    }

    @Override public Parent root() { return root; }
    @Override public Caption caption() { return caption; }
    @Override public int frameCount() { return result.output().height(); }

    /** Shows output rows 0..{@code index}; later rows are still blank. */
    @Override public void showFrame(int index) {
        Tensor out = result.output();
        int h = out.height(), w = out.width();
        int[] px = DisplayMapping.plane(out.data(), 0, h, w, DisplayMapping.Mode.DIVERGING, 0);
        for (int i = (index + 1) * w; i < px.length; i++) px[i] = 0xFFE6E6E6;
        if (outCells != null) {
            for (int i = 0; i < px.length; i++) outCells[i].setFill(argb(px[i]));
        } else {
            outImage.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        }
        rowLabel.setText(index >= h - 1 ? "all " + h + " output rows" : "output row " + (index + 1) + " of " + h);
    }
}
