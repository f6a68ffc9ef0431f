package org.convlab.ui.export;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.HBox;
import org.convlab.export.Caption;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.Frames;
import org.convlab.ui.core.Screen;

/**
 * The main window's Export menu for whatever screen is shown, built only from the
 * {@link Screen} contract: {@link Screen#snapshotTarget()}, {@link Screen#panels()},
 * {@link Screen#exportInfo()} (caption and file name) and {@link Screen#frames()} (GIF).
 */
public final class ExportBar {
    public static final String CSS_CLASS = "export-bar";

    private ExportBar() { }

    /**
     * The Export menu for the selected screen, in a holder that swaps the menu when the screen
     * changes; {@code window} is the whole window's root; messages go to {@code status}.
     */
    public static HBox menuFor(ObservableValue<Screen> selected, Supplier<Node> window, Consumer<String> status) {
        HBox bar = new HBox();
        bar.getStyleClass().add(CSS_CLASS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 10, 0, 4));
        Runnable rebuild = () -> {
            Screen s = selected.getValue();
            bar.getChildren().setAll(s == null ? new Node[0] : new Node[] {menu(s, window, status)});
        };
        selected.addListener((o, a, b) -> rebuild.run());
        rebuild.run();
        return bar;
    }

    /** The Export menu of one screen. */
    public static MenuButton menu(Screen s, Supplier<Node> window, Consumer<String> status) {
        Supplier<Map<String, Node>> panels = s::panels;
        return ExportMenu.create(ExportMenu.targets(s::snapshotTarget, panels, window),
                () -> caption(s.exportInfo()), () -> s.exportInfo().fileStem(), animation(s.frames()), status);
    }

    /** The caption strip's text for an export of a screen as it is now. */
    public static Caption caption(ExportInfo i) {
        return new Caption(i.lesson(), i.step(), i.method(), i.counts());
    }

    /** The GIF dialog's view of a screen's frames, or null when the screen has none. */
    static GifExportDialog.Animation animation(Frames f) {
        if (f == null) return null;
        return new GifExportDialog.Animation() {
            @Override public int frameCount() { return f.count(); }
            @Override public int currentFrame() { return f.current(); }
            @Override public void showFrame(int i) { f.show(i); }
            @Override public Map<String, int[]> ranges() { return f.ranges(); }
        };
    }
}
