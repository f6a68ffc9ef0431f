package org.convlab.ui.export;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.convlab.export.Caption;
import org.convlab.export.ExportNames;

/**
 * A slim bar for the main window: a status line and the {@link ExportMenu} for whatever tab is
 * selected. A screen can say more than "the whole tab" through its root node's properties:
 * <ul>
 *   <li>{@link #TARGET}: a {@code Supplier<Node>} of the node to export (e.g. the view's
 *       {@code getSnapshotTarget()}); default the tab's content;</li>
 *   <li>{@link #CAPTION}: a {@code Supplier<Caption>} (lesson, step, method, counts); default the tab title;</li>
 *   <li>{@link #FILE_STEM}: a {@code Supplier<String>}, e.g. {@code 06-depthwise-03-depthwise}; default the tab title;</li>
 *   <li>{@link #ANIMATION}: a {@link GifExportDialog.Animation}; when present the menu offers a GIF.</li>
 * </ul>
 */
public final class ExportBar {
    public static final String TARGET = "convlab.export.target";
    public static final String CAPTION = "convlab.export.caption";
    public static final String FILE_STEM = "convlab.export.fileStem";
    public static final String ANIMATION = "convlab.export.animation";
    /** A {@code Supplier<Map<String, Node>>} of panels that can be exported on their own (e.g. Input, Output, Cost). */
    public static final String PANELS = "convlab.export.panels";
    public static final String CSS_CLASS = "export-bar";

    private ExportBar() { }

    /** A bar of its own: a status line and the menu, rebuilt for the selected tab. */
    public static HBox forTabs(TabPane tabs) {
        Label status = new Label();
        status.setId("export-status");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(8, status, menuFor(tabs, status::setText));
        bar.getStyleClass().add(CSS_CLASS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    /**
     * Just the Export menu for the selected tab (in a holder that swaps the menu when the tab
     * changes), for a status bar the window already has; messages go to {@code status}.
     */
    public static HBox menuFor(TabPane tabs, java.util.function.Consumer<String> status) {
        HBox bar = new HBox();
        bar.getStyleClass().add(CSS_CLASS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 10, 0, 4));
        Runnable rebuild = () -> {
            bar.getChildren().clear();
            Tab t = tabs.getSelectionModel().getSelectedItem();
            if (t == null || t.getContent() == null) return;
            Node content = t.getContent();
            MenuButton m = ExportMenu.create(
                    ExportMenu.targets(() -> property(content, TARGET, Node.class, content), () -> panels(content),
                            () -> content.getScene() == null ? content : content.getScene().getRoot()),
                    () -> property(content, CAPTION, Caption.class, new Caption(null, null, t.getText(), null)),
                    () -> property(content, FILE_STEM, String.class, ExportNames.slug("convlab " + t.getText())),
                    content.getProperties().get(ANIMATION) instanceof GifExportDialog.Animation a ? a : null,
                    status);
            bar.getChildren().add(m);
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> rebuild.run());
        tabs.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) c -> rebuild.run());
        rebuild.run();
        return bar;
    }

    @SuppressWarnings("unchecked")
    public static java.util.Map<String, Node> panels(Node content) {
        Object v = content.getProperties().get(PANELS);
        if (v instanceof Supplier<?> s) v = s.get();
        return v instanceof java.util.Map<?, ?> m ? (java.util.Map<String, Node>) m : java.util.Map.of();
    }

    /** A value from the content's properties: a Supplier of T (or a T); else the fallback. */
    public static <T> T property(Node content, String key, Class<T> type, T fallback) {
        Object v = content.getProperties().get(key);
        if (v instanceof Supplier<?> s) v = s.get();
        return type.isInstance(v) ? type.cast(v) : fallback;
    }
}
