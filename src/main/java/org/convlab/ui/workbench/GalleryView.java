package org.convlab.ui.workbench;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The sample gallery: a card of thumbnails over the workbench; a click loads the sample. */
public final class GalleryView {
    public static final String STYLE = "gallery";
    public static final String TILE = "gallery-tile";
    private final StackPane root = new StackPane();

    public GalleryView(Consumer<Samples.Sample> onPick, Runnable onClose) {
        Label title = new Label("Choose a picture to start");
        title.getStyleClass().add("gallery-title");
        Label sub = new Label("Teaching patterns first (the impulse shows the kernel itself), then photos (CC0 / public domain, see assets/CREDITS.md). "
                + "You can also open your own file (Ctrl+O), paste (Ctrl+V) or drop one onto the window.");
        sub.setWrapText(true);
        sub.setMinHeight(Region.USE_PREF_SIZE);
        sub.setMaxWidth(860);
        Button close = new Button("Close");
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane tiles = new FlowPane(10, 10);
        for (Samples.Sample s : Samples.ALL) {
            String url = Samples.url(s);
            ImageView iv = new ImageView(url == null ? null : new Image(url, 112, 112, true, false, false));
            iv.setFitWidth(112);
            iv.setFitHeight(112);
            iv.setPreserveRatio(true);
            StackPane frame = new StackPane(iv);
            frame.setPrefSize(116, 116);
            Button b = new Button(s.title(), frame);
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            b.getStyleClass().add(TILE);
            b.setId("sample-" + s.id());
            b.setTooltip(new Tooltip(s.hint()));
            b.setOnAction(e -> onPick.accept(s));
            tiles.getChildren().add(b);
        }
        VBox card = new VBox(10, top, sub, tiles);
        card.getStyleClass().add(STYLE);
        card.setMaxSize(900, 560);
        root.getChildren().add(card);
        root.getStyleClass().add("gallery-backdrop");
        root.setId("gallery");
    }

    public StackPane getRoot() { return root; }
}
