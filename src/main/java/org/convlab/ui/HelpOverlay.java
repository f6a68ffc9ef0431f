package org.convlab.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Screen;

/**
 * The keyboard shortcuts, shown over the window (F1 or ?; Esc or a click closes it): the
 * window's own keys, then every screen's {@link Screen#keys()}, the screen shown now first.
 */
public final class HelpOverlay {
    public static final String STYLE = "help-overlay";
    public static final String CARD = "help-card";
    public static final String KEY = "help-key";
    public static final String SECTION = "help-section";

    private final StackPane root = new StackPane();

    public HelpOverlay(List<KeyBinding> windowKeys, List<Screen> screens, Screen current, Runnable close) {
        VBox sections = new VBox(10);
        if (current != null) section(sections, current.title() + " (shown now)", current.keys());
        section(sections, "Everywhere", windowKeys);
        for (Screen s : screens) if (s != current) section(sections, s.title(), s.keys());
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("gallery-title");
        Label foot = new Label("Press Esc or click anywhere to close.");
        foot.getStyleClass().add("note");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("help-scroll");
        VBox card = new VBox(14, title, scroll, foot);
        card.getStyleClass().add(CARD);
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.maxHeightProperty().bind(root.heightProperty().multiply(0.9));
        card.prefWidthProperty().bind(root.widthProperty().multiply(0.7));
        card.setMaxWidth(Double.MAX_VALUE);
        card.maxWidthProperty().bind(root.widthProperty().multiply(0.8));
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add(STYLE);
        root.setId("help-overlay");
        root.setOnMouseClicked(e -> close.run());
    }

    private static void section(VBox into, String heading, List<KeyBinding> keys) {
        Label h = new Label(heading);
        h.getStyleClass().addAll("panel-title", SECTION);
        into.getChildren().add(h);
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(6);
        if (keys.isEmpty()) g.addRow(0, new Label("No keys of its own; Tab moves between controls."));
        for (int i = 0; i < keys.size(); i++) {
            Label k = new Label(keys.get(i).keys());
            k.getStyleClass().add(KEY);
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label d = new Label(keys.get(i).description());
            d.setWrapText(true);
            g.addRow(i, k, d);
        }
        into.getChildren().add(g);
    }

    public StackPane getRoot() { return root; }
}
