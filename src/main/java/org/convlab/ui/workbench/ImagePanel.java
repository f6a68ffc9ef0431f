package org.convlab.ui.workbench;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.engine.Tensor;
import org.convlab.io.DisplayMapping;

/**
 * One titled image of a tensor, scaled to fit (pixels stay crisp when enlarged), with its shape
 * and a legend that states the real value range of what is shown.
 */
public final class ImagePanel {
    public static final String STYLE = "image-panel";
    public static final String TITLE = "panel-title";
    public static final String CAPTION = "panel-caption";
    public static final String LEGEND = "legend";
    public static final String IMAGE_HOLDER = "image-holder";

    private final VBox root = new VBox(4);
    private final Label title = new Label();
    private final Label caption = new Label();
    private final ImageView view = new ImageView();
    private final javafx.scene.layout.Pane overlay = new javafx.scene.layout.Pane();
    private final GroupBands bands = new GroupBands(view);
    private final StackPane holder = new StackPane(view, bands.frames(), overlay);
    private final HBox legend = new HBox(6);
    private final Label legendLo = new Label(), legendHi = new Label(), legendMid = new Label();
    private final ImageView strip = new ImageView();
    private TensorImages.Rendered rendered;
    private int firstChannel, shownChannel = -1, groups = 1;

    public ImagePanel(String titleText) {
        title.setText(titleText);
        title.getStyleClass().add(TITLE);
        caption.getStyleClass().add(CAPTION);
        // titles and captions wrap within a narrow panel (three panels, presentation mode) and
        // keep the height of all their lines: the image shrinks first, never the words
        for (Label l : new Label[] {title, caption, legendMid}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        bands.legend().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        view.setPreserveRatio(true);
        view.setSmooth(false);
        holder.getStyleClass().add(IMAGE_HOLDER);
        overlay.setMouseTransparent(true);
        overlay.setId("image-outline");
        holder.setMinSize(160, 200); // presentation mode on a small screen scrolls rather than shrink images to a stamp

        holder.setPrefSize(320, 320);
        view.fitWidthProperty().bind(holder.widthProperty().subtract(10));
        view.fitHeightProperty().bind(holder.heightProperty().subtract(10));
        VBox.setVgrow(holder, Priority.ALWAYS);
        strip.setFitWidth(140);
        strip.setFitHeight(12);
        legend.getStyleClass().add(LEGEND);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().addAll(legendLo, strip, legendHi);
        legendMid.getStyleClass().add(CAPTION);
        legendMid.setWrapText(true);
        legendMid.visibleProperty().bind(legend.visibleProperty());
        root.getStyleClass().add(STYLE);
        root.getChildren().addAll(title, holder, caption, bands.legend(), legend, legendMid);
        root.setMinWidth(120);
    }

    /** Shows {@code t} (null clears); {@code what} is the caption before the shape. */
    public void show(Tensor t, DisplayMapping.Mode mode, int channel, String what) {
        if (t == null) {
            overlay.getChildren().clear();
            view.setImage(null);
            rendered = null;
            bands.show(null, 0);
            caption.setText(what);
            legend.setVisible(false);
            return;
        }
        int ch = channel >= t.channels() ? -1 : channel;
        firstChannel = Math.max(ch, 0);
        shownChannel = ch;
        overlay.getChildren().clear();
        rendered = TensorImages.render(t, mode, ch, groups > 1);
        view.setImage(rendered.image());
        bands.show(rendered, firstChannel);
        String tiles = rendered.tiles() > 1 ? " · " + rendered.tiles() + " channels as tiles" : "";
        caption.setText(what + " " + t.shapeString() + (ch >= 0 ? " · channel " + ch : "") + tiles);
        legend.setVisible(true);
        switch (mode) {
            case DIVERGING -> {
                strip.setImage(TensorImages.divergingStrip(140, 12));
                legendLo.setText(fmt(-rendered.scale()));
                legendHi.setText(fmt(rendered.scale()));
                legendMid.setText("0 = white · range " + fmt(rendered.min()) + " … " + fmt(rendered.max()));
            }
            case CLAMP -> {
                strip.setImage(TensorImages.greyStrip(140, 12));
                legendLo.setText("0");
                legendHi.setText("1");
                legendMid.setText("clamped · range " + fmt(rendered.min()) + " … " + fmt(rendered.max()));
            }
            case ABSOLUTE -> {
                strip.setImage(TensorImages.greyStrip(140, 12));
                legendLo.setText("0");
                legendHi.setText(fmt(rendered.scale()));
                legendMid.setText("|value| · range " + fmt(rendered.min()) + " … " + fmt(rendered.max()));
            }
            case NORMALIZED -> {
                strip.setImage(TensorImages.greyStrip(140, 12));
                legendLo.setText(fmt(rendered.min()));
                legendHi.setText(fmt(rendered.max()));
                legendMid.setText("stretched per channel");
            }
        }
    }

    /**
     * Outlines boxes of the shown tensor, each {channel, y0, x0, height, width} in tensor
     * coordinates (channel −1: on every channel shown); an empty list clears the outline.
     */
    public void outline(java.util.List<int[]> boxes) {
        overlay.getChildren().clear();
        if (rendered == null || view.getImage() == null) return;
        javafx.geometry.Bounds b = view.getBoundsInParent();
        double s = b.getWidth() / view.getImage().getWidth();
        for (int[] box : boxes) {
            for (int t = 0; t < rendered.tiles(); t++) {
                boolean composite = rendered.tiles() == 1;
                if (!composite && box[0] >= 0 && box[0] != firstChannel + t) continue;
                if (composite && box[0] >= 0 && shownChannel >= 0 && box[0] != shownChannel) continue;
                double[] r = rendered.box(t, box[1], box[2], box[3], box[4]);
                if (r == null) continue;
                javafx.scene.shape.Rectangle rect = new javafx.scene.shape.Rectangle(b.getMinX() + r[0] * s, b.getMinY() + r[1] * s,
                        Math.max(2, r[2] * s), Math.max(2, r[3] * s));
                rect.getStyleClass().add("image-outline-box");
                rect.setFill(javafx.scene.paint.Color.TRANSPARENT);
                rect.setStroke(javafx.scene.paint.Color.web("#00b4d8"));
                rect.setStrokeWidth(2);
                overlay.getChildren().add(rect);
            }
        }
    }

    /** The boxes outlined now (for tests). */
    public int outlineCount() { return overlay.getChildren().size(); }

    /** Calls {@code onHover} with (channel, y, x) under the mouse, or null when off the image. */
    public void onHover(Consumer<int[]> onHover) {
        view.setOnMouseMoved(e -> onHover.accept(locate(e)));
        view.setOnMousePressed(e -> onHover.accept(locate(e)));
        view.setOnMouseExited(e -> onHover.accept(null));
    }

    private int[] locate(MouseEvent e) {
        if (rendered == null) return null;
        double sx = rendered.image().getWidth() / view.getBoundsInLocal().getWidth();
        double sy = rendered.image().getHeight() / view.getBoundsInLocal().getHeight();
        return rendered.locate(e.getX() * sx, e.getY() * sy, firstChannel);
    }

    public static String fmt(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) return String.format(Locale.ROOT, "%.3g", v);
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * Channel groups to frame in their colours from the next {@link #show} on ({@code groups} ≤ 1:
     * none); {@code channels} is how many the tensor has, {@code unit} what they are ("channels").
     */
    public void groups(int groups, int channels, org.convlab.ui.core.Palette palette, String unit) {
        this.groups = groups;
        bands.set(groups, channels, palette, unit);
    }

    /** The group frames drawn now (for tests). */
    public int groupFrameCount() { return bands.frames().getChildren().size(); }

    /** Test hook: the image view's node id. */
    public void setImageId(String id) { view.setId(id); }

    public void setTitle(String t) { title.setText(t); }
    public ImageView imageView() { return view; }
    public VBox getRoot() { return root; }
}
