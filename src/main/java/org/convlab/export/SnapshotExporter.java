package org.convlab.export;

import org.convlab.io.AtomicFiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Renders a JavaFX node (one panel or a whole scene root) to an image at 1×, 2× or 3×.
 *
 * <p>The node is drawn through a scale transform, so text and shapes are rasterised at the target
 * resolution (sharp on a projector), not enlarged afterwards. The picture covers exactly the
 * node's layout bounds: a w×h node at scale s gives round(w·s)×round(h·s) pixels, plus the caption
 * strip when one is asked for. With the software renderer the same node gives the same pixels
 * every time.
 *
 * <p>{@link #render} and {@link #renderOffscreen} must run on the FX thread; {@link #writePng}
 * runs anywhere (use a background thread in the app).
 */
public final class SnapshotExporter {
    /** Caption strip height and font size at 1×, in layout units. */
    static final double CAPTION_HEIGHT = 30, CAPTION_FONT = 13;

    private SnapshotExporter() { }

    /** Snapshots a node that is already laid out in a scene (a live panel in the app). */
    public static BufferedImage render(Node node, ExportOptions o) {
        return render(node, o, true);
    }

    private static BufferedImage render(Node node, ExportOptions o, boolean ownBackground) {
        requireFx();
        Bounds b = node.localToParent(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            throw new IllegalStateException("nothing to export: the view has no size yet (" + b.getWidth() + "×" + b.getHeight() + ")");
        }
        int s = o.scale();
        int w = (int) Math.round(b.getWidth() * s), h = (int) Math.round(b.getHeight() * s);
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(s, s));
        p.setViewport(new Rectangle2D(b.getMinX() * s, b.getMinY() * s, w, h));
        p.setFill(fill(o));
        Runnable restore = PixelatedImages.sharpen(node, s);
        WritableImage img;
        try {
            img = ownBackground ? snapshotOnBackground(node, p, w, h) : node.snapshot(p, new WritableImage(w, h));
        } finally {
            restore.run();
        }
        BufferedImage body = toBufferedImage(img, w, h);
        if (o.caption() == null || o.caption().isEmpty()) return body;
        return stack(body, captionStrip(o, b.getWidth()));
    }

    /**
     * The exported node's own background (for a scene root, the theme's light grey) is replaced
     * by the chosen background for the snapshot and restored at once, in the same FX pulse, so
     * the screen never shows it. Borders and everything inside stay as they are.
     */
    private static WritableImage snapshotOnBackground(Node node, SnapshotParameters p, int w, int h) {
        if (!(node instanceof javafx.scene.layout.Region)) return node.snapshot(p, new WritableImage(w, h));
        String old = node.getStyle();
        node.setStyle((old == null || old.isBlank() ? "" : old + "; ") + "-fx-background-color: transparent;");
        try {
            node.applyCss();
            return node.snapshot(p, new WritableImage(w, h));
        } finally {
            node.setStyle(old);
            node.applyCss();
        }
    }

    /**
     * Lays out {@code root} alone in a new scene of the given size (with the bundled fonts) and
     * renders it: the way the command line renders a view that is not on screen.
     */
    public static BufferedImage renderOffscreen(Parent root, double width, double height, ExportOptions o) {
        try (Offscreen off = new Offscreen(root, width, height)) {
            return off.render(o);
        }
    }

    /**
     * A view laid out at a fixed size in a scene of its own, for rendering several pictures of
     * it (the frames of an animation): change the view's model, then {@link #render} again.
     * Create, render and close on the FX thread.
     */
    public static final class Offscreen implements AutoCloseable {
        private final Parent root;
        private final Scene scene;

        public Offscreen(Parent root, double width, double height) {
            requireFx();
            if (!(width > 0 && height > 0)) throw new IllegalArgumentException("export size must be positive, got " + width + "×" + height);
            ExportFonts.apply(root);
            this.root = root;
            this.scene = new Scene(root, width, height);
        }

        public Parent root() { return root; }

        /** Lays the view out again (CSS, layout) and renders it. */
        public BufferedImage render(ExportOptions o) {
            return render(o, root);
        }

        /** Lays the view out again and renders {@code target}, a node inside it. */
        public BufferedImage render(ExportOptions o, Node target) {
            requireFx();
            scene.setFill(fill(o));
            root.applyCss();
            root.layout();
            return SnapshotExporter.render(target, o);
        }

        /** Detaches the view from the scene so it can be reused or collected. */
        @Override public void close() {
            if (scene.getRoot() == root) scene.setRoot(new StackPane());
        }
    }

    /** Writes a PNG atomically (temporary file in the same folder, then a move). */
    public static void writePng(BufferedImage img, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer available");
        });
    }

    /** The caption strip alone, as wide as the picture ({@code width} in layout units). */
    static BufferedImage captionStrip(ExportOptions o, double width) {
        ExportFonts.load();
        Label text = new Label(o.caption().text());
        text.setFont(Font.font(ExportFonts.FAMILY, FontWeight.NORMAL, CAPTION_FONT));
        text.setTextFill(Color.web("#303030"));
        text.setMinWidth(0);
        StackPane strip = new StackPane(text);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(0, 12, 0, 12));
        strip.setStyle("-fx-border-color: #c8c8c8 transparent transparent transparent; -fx-border-width: 1 0 0 0;"
                + (o.background() == ExportOptions.Background.WHITE ? " -fx-background-color: #f5f5f5;" : " -fx-background-color: transparent;"));
        strip.setPrefSize(width, CAPTION_HEIGHT);
        new Scene(strip, width, CAPTION_HEIGHT, fill(o));
        strip.applyCss();
        strip.layout();
        return render(strip, new ExportOptions(o.scale(), o.background(), null), false);
    }

    static BufferedImage stack(BufferedImage top, BufferedImage bottom) {
        int w = top.getWidth(), h = top.getHeight() + bottom.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < top.getHeight(); y++) {
            top.getRGB(0, y, w, 1, row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        int bw = Math.min(w, bottom.getWidth());
        for (int y = 0; y < bottom.getHeight(); y++) {
            bottom.getRGB(0, y, bw, 1, row, 0, bw);
            out.setRGB(0, top.getHeight() + y, bw, 1, row, 0, bw);
        }
        return out;
    }

    /** Copies a JavaFX image into an ARGB (non-premultiplied) BufferedImage. */
    public static BufferedImage toBufferedImage(javafx.scene.image.Image img, int w, int h) {
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    private static Color fill(ExportOptions o) {
        return o.background() == ExportOptions.Background.WHITE ? Color.WHITE : Color.TRANSPARENT;
    }

    private static void requireFx() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("rendering must run on the JavaFX thread (use HeadlessFx.call)");
        }
    }
}
