package org.convlab.ui.workbench;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Getting an image in: open, paste, drop, recent files, samples, and the full-size run. */
public final class ImageActions {
    private final WorkbenchModel model;
    private final Node owner;
    private final VBox root = new VBox(6);
    private final MenuButton recent = new MenuButton("Recent");
    private File lastDir;

    public ImageActions(WorkbenchModel model, Node owner, Runnable toggleGallery) {
        this.model = model;
        this.owner = owner;
        Label title = new Label("Image");
        title.getStyleClass().add(ImagePanel.TITLE);
        Button open = new Button("Open…");
        open.setId("open-image");
        open.setTooltip(new Tooltip("Open a PNG, JPEG, BMP or GIF file (Ctrl+O)"));
        open.setOnAction(e -> openDialog());
        Button paste = new Button("Paste");
        paste.setTooltip(new Tooltip("Paste an image from the clipboard (Ctrl+V)"));
        paste.setOnAction(e -> paste());
        Button samples = new Button("Samples…");
        samples.setId("samples");
        samples.setTooltip(new Tooltip("Teaching patterns and photos (G)"));
        samples.setOnAction(e -> toggleGallery.run());
        recent.setTooltip(new Tooltip("Reopen a recent file"));
        model.getRecentFiles().addListener((javafx.collections.ListChangeListener<String>) c -> fillRecent());
        fillRecent();
        Label name = new Label();
        name.textProperty().bind(model.imageNameProperty());
        name.getStyleClass().add("image-name");
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add(WorkbenchView.NOTE);
        note.textProperty().bind(model.previewNoteProperty());
        Button full = new Button("Compute full size");
        full.setTooltip(new Tooltip("Run the current settings on the full-resolution image (may take a while)"));
        full.setOnAction(e -> model.computeFullSize());
        for (Node n : List.of(note, full)) {
            n.visibleProperty().bind(model.previewNoteProperty().isNotEmpty());
            n.managedProperty().bind(n.visibleProperty());
        }
        FlowPane buttons = new FlowPane(6, 6, open, paste, samples, recent);
        root.getChildren().addAll(title, buttons, name, note, full);
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (String p : model.getRecentFiles()) {
            MenuItem mi = new MenuItem(Path.of(p).getFileName() + "   " + p);
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> model.loadFile(Path.of(p)));
            recent.getItems().add(mi);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    public void openDialog() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open image");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images (PNG, JPEG, BMP, GIF)", "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastDir != null && lastDir.isDirectory()) fc.setInitialDirectory(lastDir);
        File f = fc.showOpenDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (f != null) {
            lastDir = f.getParentFile();
            model.loadFile(f.toPath());
        }
    }

    /** Pastes an image (or an image file) from the system clipboard. */
    public void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasFiles() && !cb.getFiles().isEmpty()) {
            model.loadFile(cb.getFiles().get(0).toPath());
        } else if (cb.hasImage() && cb.getImage() != null) {
            loadImage("pasted image", cb.getImage());
        } else {
            model.notify("Nothing to paste", "The clipboard holds no image. Copy an image (or an image file) and press Ctrl+V again.");
        }
    }

    /** Reads a JavaFX image's pixels into the model. */
    public void loadImage(String name, Image img) {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        if (img.isError() || w <= 0 || h <= 0 || img.getPixelReader() == null) {
            model.notify("Could not read " + name, "The image could not be decoded.");
            return;
        }
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        model.loadPixels(name, argb, w, h);
    }

    /** Accepts files dropped anywhere on {@code target}. */
    public void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() || e.getDragboard().hasImage()) e.acceptTransferModes(TransferMode.COPY);
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard db = e.getDragboard();
            boolean ok = false;
            if (db.hasFiles() && !db.getFiles().isEmpty()) {
                model.loadFile(db.getFiles().get(0).toPath());
                ok = true;
            } else if (db.hasImage()) {
                loadImage("dropped image", db.getImage());
                ok = true;
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public VBox getRoot() { return root; }
}
