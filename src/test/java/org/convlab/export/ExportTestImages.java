package org.convlab.export;

import java.awt.image.BufferedImage;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** Test helpers: a small panel with text and shapes, and pixel statistics. */
public final class ExportTestImages {
    private ExportTestImages() { }

    /** A 400×250 panel: a title, a row of coloured cells and a number, on no background of its own. */
    public static Pane panel() {
        Label title = new Label("Depthwise 3×3 · 1,296 multiplies");
        title.setStyle("-fx-font-size: 18px; -fx-text-fill: #202020;");
        HBox cells = new HBox(4);
        Color[] cs = {Color.web("#2d004b"), Color.web("#b2abd2"), Color.web("#f7f7f7"), Color.web("#fdb863"), Color.web("#7f3b08")};
        for (Color c : cs) cells.getChildren().add(new Rectangle(50, 50, c));
        Label value = new Label("-0.125");
        value.setStyle("-fx-font-family: 'DejaVu Sans Mono'; -fx-font-size: 14px;");
        VBox box = new VBox(12, title, cells, value);
        box.setPadding(new Insets(16));
        box.setPrefSize(400, 250);
        box.setMinSize(400, 250);
        box.setMaxSize(400, 250);
        return box;
    }

    /** Variance of the luminance over all pixels (0 for a blank picture). */
    static double lumaVariance(BufferedImage img) {
        double sum = 0, sq = 0;
        int n = img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                double l = 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
                sum += l;
                sq += l * l;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** A plain test frame: a dark square that moves right with i. */
    static BufferedImage frame(int i, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean in = x >= i * 4 && x < i * 4 + 10 && y >= 5 && y < 15;
                img.setRGB(x, y, in ? 0xFF203040 : 0xFFFFFFFF);
            }
        }
        return img;
    }
}
