package org.convlab.ui.workbench;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.convlab.ui.core.Palette;

/**
 * The channel groups of a grouped convolution drawn on one image panel: a frame in the group's
 * colour ({@link Palette#group}) around every channel tile, and a legend of the groups
 * ("■ group 1: channels 2–3"). Channel k of n belongs to group k / (n/G).
 */
final class GroupBands {
    static final String LEGEND = "group-legend";
    static final String FRAME = "group-frame";

    private final ImageView view;
    private final Pane frames = new Pane();
    private final FlowPane legend = new FlowPane(10, 2);
    private TensorImages.Rendered rendered;
    private int groups = 1, channels, first;
    private Palette palette;

    GroupBands(ImageView view) {
        this.view = view;
        frames.setMouseTransparent(true);
        frames.setId("group-frames");
        legend.getStyleClass().add(LEGEND);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.managedProperty().bind(legend.visibleProperty());
        legend.setVisible(false);
        view.boundsInParentProperty().addListener(o -> draw());
    }

    Pane frames() { return frames; }
    FlowPane legend() { return legend; }

    /** G groups over {@code channels} channels of which the tiles show {@code first}…; {@code unit} names them ("channels", "filters"). */
    void set(int groups, int channels, Palette palette, String unit) {
        this.groups = groups;
        this.channels = channels;
        this.palette = palette;
        legend.getChildren().clear();
        boolean on = groups > 1 && palette != null && channels % groups == 0;
        legend.setVisible(on);
        if (on) {
            int per = channels / groups;
            for (int g = 0; g < groups; g++) {
                Rectangle sw = new Rectangle(12, 12, palette.group(g));
                Label l = new Label("group " + g + ": " + named(unit, g * per, (g + 1) * per - 1));
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                l.getStyleClass().add(ImagePanel.CAPTION);
                HBox item = new HBox(4, sw, l);
                item.setAlignment(Pos.CENTER_LEFT);
                legend.getChildren().add(item);
            }
        }
        draw();
    }

    /** The image now shown (null: none) and the channel of its first tile. */
    void show(TensorImages.Rendered r, int firstChannel) {
        rendered = r;
        first = firstChannel;
        draw();
    }

    static String range(int a, int b) { return a == b ? Integer.toString(a) : a + "–" + b; }

    /** "channels 2–3", or "channel 2" for one ({@code plural} ends in "s"). */
    static String named(String plural, int a, int b) {
        return (a == b ? plural.substring(0, plural.length() - 1) : plural) + " " + range(a, b);
    }

    /** Which group channel {@code c} of {@code n} is in, with G groups. */
    static int groupOf(int c, int n, int groups) { return c / Math.max(1, n / groups); }

    private void draw() {
        frames.getChildren().clear();
        if (rendered == null || view.getImage() == null || groups <= 1 || palette == null || channels % groups != 0) return;
        Bounds b = view.getBoundsInParent();
        double s = b.getWidth() / view.getImage().getWidth();
        double w = 3; // drawn inside the tile's edge, so tiles one gap apart never share a frame
        for (int t = 0; t < rendered.tiles(); t++) {
            double[] r = rendered.box(t, 0, 0, rendered.tileH(), rendered.tileW());
            if (r == null) continue;
            Color c = palette.group(groupOf(first + t, channels, groups));
            Rectangle rect = new Rectangle(b.getMinX() + r[0] * s + w / 2, b.getMinY() + r[1] * s + w / 2,
                    Math.max(1, r[2] * s - w), Math.max(1, r[3] * s - w));
            rect.getStyleClass().add(FRAME);
            rect.setFill(Color.TRANSPARENT);
            rect.setStroke(c);
            rect.setStrokeWidth(w);
            frames.getChildren().add(rect);
        }
    }
}
