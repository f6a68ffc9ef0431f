package org.convlab.ui.export;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.convlab.export.Caption;
import org.convlab.export.ClipboardExport;
import org.convlab.export.ExportNames;
import org.convlab.export.ExportOptions;
import org.convlab.export.ExportPrefs;
import org.convlab.export.SnapshotExporter;

/**
 * The in-app export button: PNG at 1×, 2× or 3×, copy to the clipboard, and (when the screen has
 * an animation) an animated GIF with progress and cancel. A screen adds it with one line, e.g.
 * {@code toolbar.getItems().add(ExportMenu.create(view::getSnapshotTarget, this::caption, this::fileStem, null, status::set))}.
 *
 * <p>The picture is rendered on the FX thread; the file is encoded and written on a background
 * thread, atomically. The save dialog proposes {@code <lesson>-<step>-<method>.png} in the last
 * folder used ({@link ExportPrefs}).
 */
public final class ExportMenu {
    public static final String CSS_CLASS = "export-menu";

    private ExportMenu() { }

    /**
     * What a menu exports: the screen, the whole window, or one of the screen's named panels.
     * {@link #create} turns it into "What to export" radio items and exports the chosen node.
     */
    public static final class Targets implements Supplier<Node> {
        private final Supplier<Node> screen;
        private final Supplier<java.util.Map<String, Node>> panels;
        private final Supplier<Node> window;
        private String chosen = SCREEN;
        public static final String SCREEN = "This screen", WINDOW = "Whole window";

        Targets(Supplier<Node> screen, Supplier<java.util.Map<String, Node>> panels, Supplier<Node> window) {
            this.screen = screen;
            this.panels = panels;
            this.window = window;
        }

        /** The choices, in menu order. */
        public java.util.List<String> names() {
            var n = new java.util.ArrayList<String>(java.util.List.of(SCREEN, WINDOW));
            n.addAll(panels.get().keySet());
            return n;
        }

        public void choose(String name) { chosen = name; }
        public String chosen() { return chosen; }

        @Override public Node get() {
            if (WINDOW.equals(chosen)) return window.get();
            Node p = SCREEN.equals(chosen) ? null : panels.get().get(chosen);
            return p != null ? p : screen.get();
        }
    }

    public static Targets targets(Supplier<Node> screen, Supplier<java.util.Map<String, Node>> panels, Supplier<Node> window) {
        return new Targets(screen, panels, window);
    }

    /**
     * @param target    the node to export (a panel, or the whole view); a {@link Targets} adds a "What to export" choice
     * @param caption   what the caption strip says (lesson, step, method, counts); may return null
     * @param fileStem  the default file name without extension, e.g. {@code 06-depthwise-03-depthwise}
     * @param animation the screen's animation for GIF export, or null for none
     * @param status    receives one-line messages ("Saved …", "Copied …", errors)
     */
    public static MenuButton create(Supplier<Node> target, Supplier<Caption> caption, Supplier<String> fileStem,
                                    GifExportDialog.Animation animation, Consumer<String> status) {
        Supplier<String> stem = () -> target instanceof Targets t && !Targets.SCREEN.equals(t.chosen())
                ? fileStem.get() + "-" + ExportNames.slug(t.chosen()) : fileStem.get();
        MenuButton b = new MenuButton("Export");
        b.getStyleClass().add(CSS_CLASS);
        b.setId("export-menu");
        CheckMenuItem withCaption = new CheckMenuItem("Caption (lesson, step, method, counts)");
        withCaption.setSelected(true);
        CheckMenuItem transparent = new CheckMenuItem("Transparent background");
        Supplier<ExportOptions> options = () -> new ExportOptions(1,
                transparent.isSelected() ? ExportOptions.Background.TRANSPARENT : ExportOptions.Background.WHITE,
                withCaption.isSelected() ? caption.get() : null);
        for (int s = 1; s <= ExportOptions.MAX_SCALE; s++) {
            int scale = s;
            MenuItem png = new MenuItem("Save PNG " + s + "×…");
            png.setId("export-png-" + s);
            png.setOnAction(e -> savePng(target.get(), options.get().withScale(scale), stem.get(), status));
            b.getItems().add(png);
        }
        MenuItem copy = new MenuItem("Copy picture (2×)");
        copy.setId("export-copy");
        copy.setOnAction(e -> {
            try {
                BufferedImage img = ClipboardExport.copy(target.get(), options.get().withScale(2));
                status.accept("Copied a " + img.getWidth() + "×" + img.getHeight() + " picture to the clipboard");
            } catch (RuntimeException ex) {
                SaveNotices.failed(b.getScene() == null ? null : b.getScene().getRoot(), "Could not copy the picture", ex, status);
            }
        });
        b.getItems().add(copy);
        if (animation != null) {
            MenuItem gif = new MenuItem("Save animation as GIF…");
            gif.setId("export-gif");
            gif.setOnAction(e -> GifExportDialog.show(b.getScene() == null ? null : b.getScene().getWindow(), target.get(),
                    animation, options.get(),
                    () -> withCaption.isSelected() ? caption.get() : null, stem.get(), status));
            b.getItems().add(gif);
        }
        b.getItems().addAll(new SeparatorMenuItem(), withCaption, transparent);
        if (target instanceof Targets t) {
            SeparatorMenuItem sep = new SeparatorMenuItem();
            b.getItems().add(sep);
            int first = b.getItems().size();
            Runnable fill = () -> {
                b.getItems().remove(first, b.getItems().size());
                javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
                for (String name : t.names()) {
                    javafx.scene.control.RadioMenuItem r = new javafx.scene.control.RadioMenuItem("Export: " + name);
                    r.setId("export-what-" + ExportNames.slug(name));
                    r.setToggleGroup(group);
                    r.setSelected(name.equals(t.chosen()));
                    r.setOnAction(e -> t.choose(name));
                    b.getItems().add(r);
                }
            };
            fill.run();
            b.setOnShowing(e -> fill.run());
        }
        return b;
    }

    /** Asks where to save (proposing the default name in the last folder), renders, writes in the background. */
    static void savePng(Node node, ExportOptions o, String stem, Consumer<String> status) {
        File f = choose(node.getScene() == null ? null : node.getScene().getWindow(), stem + ".png", "PNG picture", "*.png");
        if (f == null) return;
        BufferedImage img;
        try {
            img = SnapshotExporter.render(node, o);
        } catch (RuntimeException ex) {
            SaveNotices.failed(node.getScene() == null ? null : node.getScene().getRoot(), "Could not render the picture", ex, status);
            return;
        }
        Path p = f.toPath();
        Node owner = node.getScene() == null ? null : node.getScene().getRoot();
        ExportWork.run(() -> {
            SnapshotExporter.writePng(img, p);
            ExportPrefs.standard().rememberFolder(p);
            return p;
        }, done -> SaveNotices.saved(owner, p, img.getWidth() + "×" + img.getHeight(), status),
           err -> SaveNotices.failed(owner, "Could not save " + p, err, status));
    }

    /** Asks for a file to save; tests replace it. Arguments: owner window, proposed name, kind, pattern. */
    interface Chooser { File choose(Window owner, String name, String what, String pattern); }

    static volatile Chooser chooser = ExportMenu::askUser;

    static File choose(Window owner, String name, String what, String pattern) { return chooser.choose(owner, name, what, pattern); }

    private static File askUser(Window owner, String name, String what, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export " + what);
        fc.setInitialFileName(name);
        ExportPrefs.standard().lastFolder().ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        return fc.showSaveDialog(owner);
    }
}
