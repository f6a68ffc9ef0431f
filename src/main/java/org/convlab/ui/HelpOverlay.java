package org.convlab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts, shown over the window (F1 or ?; Esc or a click closes it). */
public final class HelpOverlay {
    public static final String STYLE = "help-overlay";
    public static final String CARD = "help-card";
    public static final String KEY = "help-key";

    static final String[][] SHORTCUTS = {
        {"Ctrl+O", "Open an image (PNG, JPEG, BMP, GIF)"},
        {"Ctrl+V", "Paste an image from the clipboard"},
        {"G", "Sample gallery"},
        {"1 … 6", "Method: standard, depthwise, pointwise, depthwise-separable, spatial-separable, low-rank"},
        {"Drop a file", "Open it"},
        {"Hover output", "See the input patch and weights behind a value"},
        {"F11  /  Ctrl+Shift+P", "Presentation mode: full screen, large fonts, high contrast"},
        {"Ctrl+=  /  Ctrl+−  /  Ctrl+0", "Larger / smaller / normal font size"},
        {"Ctrl+T", "Next theme: light, dark, high contrast"},
        {"F1  /  ?", "This help"},
        {"Esc", "Close help or gallery; leave presentation mode"},
    };

    private final StackPane root = new StackPane();

    public HelpOverlay(Runnable close) {
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(8);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label k = new Label(SHORTCUTS[i][0]);
            k.getStyleClass().add(KEY);
            k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label d = new Label(SHORTCUTS[i][1]);
            d.setWrapText(true);
            g.addRow(i, k, d);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("gallery-title");
        Label foot = new Label("Press Esc or click anywhere to close.");
        VBox card = new VBox(14, title, g, foot);
        card.getStyleClass().add(CARD);
        card.setMaxSize(760, VBox.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add(STYLE);
        root.setId("help-overlay");
        root.setOnMouseClicked(e -> close.run());
    }

    public StackPane getRoot() { return root; }
}
