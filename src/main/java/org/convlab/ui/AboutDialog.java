package org.convlab.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.convlab.app.AppInfo;
import org.convlab.app.AppLog;
import org.convlab.app.ThirdParty;

/** Help ▸ About: version, licence, what ConvLab ships and under which licences, where it keeps its files. */
public final class AboutDialog {
    private AboutDialog() { }

    /** The dialog's content (also used by tests and snapshots). */
    public static VBox content() {
        ImageView icon = new ImageView(new Image(AboutDialog.class.getResourceAsStream("/org/convlab/app/icon-64.png")));
        Label name = new Label(AppInfo.nameAndVersion());
        name.getStyleClass().add("about-title");
        name.setId("about-version");
        Label tag = new Label("Teaching factorized convolutions, one multiply at a time.\n"
                + "Licensed under the Apache License 2.0.");
        tag.setWrapText(true);
        VBox head = new VBox(4, name, tag);
        HBox top = new HBox(14, icon, head);

        GridPane table = new GridPane();
        table.setHgap(14);
        table.setVgap(4);
        table.addRow(0, bold("Component"), bold("Version"), bold("Licence"), bold("Used for"));
        int row = 1;
        for (ThirdParty.Component c : ThirdParty.all()) {
            table.addRow(row++, cell(c.name()), cell(c.version()), cell(c.licence()), cell(c.use()));
        }
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToHeight(true);
        scroll.setPrefViewportHeight(260);

        Label files = new Label("Settings and saved work: " + Settings.home()
                + (AppLog.folder() == null ? "" : "\nLog: " + AppLog.folder()));
        files.setWrapText(true);
        VBox box = new VBox(14, top, new Label("ConvLab ships with:"), scroll, files);
        box.setPadding(new Insets(16));
        box.setId("about-content");
        box.setPrefWidth(980);
        return box;
    }

    /** A table cell that is never elided (the table scrolls instead). */
    private static Label cell(String s) {
        Label l = new Label(s);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label bold(String s) {
        Label l = cell(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** Shows the dialog over {@code owner} and waits until it is closed. */
    public static void show(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("About " + AppInfo.name());
        d.getDialogPane().setContent(content());
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) d.getDialogPane().getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
        d.showAndWait();
    }
}
