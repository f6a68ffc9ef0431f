package org.convlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Screen;
import org.convlab.ui.core.Theme;
import org.convlab.ui.export.ExportBar;

/**
 * The shell: one tab per {@link Screen}, a status bar with the Export menu, the F1 overlay,
 * themes, zoom and presentation mode. It knows screens only through the contract; which screens
 * exist and how their models are wired is decided by the composition root ({@link Composition}).
 */
public final class MainWindow {
    public static final String BASE_CSS = "/org/convlab/ui/convlab.css";
    public static final double BASE_FONT_PX = 13;

    private final BorderPane root = new BorderPane();
    private final StackPane layers = new StackPane();
    private final TabPane tabs = new TabPane();
    private final List<Screen> screens = new ArrayList<>();
    private final List<Consumer<Settings>> capturers = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Screen> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StatusBar statusBar = new StatusBar();
    private final Label viewInfo = new Label();
    private final Settings settings;
    private final ComputeService compute;
    private final boolean persistent;
    private HelpOverlay help;
    private Theme themeBeforePresentation;
    private double scaleBeforePresentation;

    /** A window that writes its settings on every change. */
    public MainWindow(ComputeService compute, Settings settings) { this(compute, settings, true); }

    /** {@code persistent = false}: never writes settings (headless snapshots, tests). */
    public MainWindow(ComputeService compute, Settings settings, boolean persistent) {
        this.compute = compute;
        this.settings = settings;
        this.persistent = persistent;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("screens");
        layers.getChildren().add(tabs);
        root.setCenter(layers);
        root.setBottom(statusBar);
        root.getStyleClass().add("convlab-root");
        statusBar.setText("");
        Button helpButton = new Button("?");
        helpButton.setId("help-button");
        helpButton.setTooltip(new Tooltip("Keyboard shortcuts (F1)"));
        helpButton.setOnAction(e -> toggleHelp());
        org.convlab.ui.export.ExportWork.use(compute);
        statusBar.getRightItems().addAll(ExportBar.menuFor(selected.getReadOnlyProperty(), () -> root, this::status), viewInfo, helpButton);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> selected.set(screenOf(t)));
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, this::keepArrowsOnScreen);
        applyLook();
        root.sceneProperty().addListener((o, a, s) -> { if (s != null) installKeys(s); });
    }

    /**
     * Adds a screen: a tab with its title, its keys dispatched while it is selected and listed by
     * F1, its look kept current, shown/hidden on selection, disposed on close, and the Export menu
     * fed from its snapshot target, panels, export info and frames.
     */
    public Tab addScreen(Screen screen) {
        Tab tab = new Tab(screen.title(), screen.root());
        tab.setId("tab-" + screen.id());
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) Platform.runLater(screen::shown);
            else screen.hidden();
        });
        screens.add(screen);
        tabs.getTabs().add(tab);
        if (tabs.getSelectionModel().getSelectedItem() == tab) selected.set(screen);
        screen.applyLook(look());
        return tab;
    }

    /** The screens, in tab order. */
    public List<Screen> screens() { return List.copyOf(screens); }

    /** The screen shown now (null before the first is added). */
    public ReadOnlyObjectProperty<Screen> selectedScreenProperty() { return selected.getReadOnlyProperty(); }

    /** The look now: theme, zoom and presentation mode. */
    public Look look() { return new Look(settings.theme, settings.fontScale, settings.presentation); }

    private Screen screenOf(Tab t) {
        for (Screen s : screens) if (t != null && t.getContent() == s.root()) return s;
        return null;
    }

    /** Brings the screen with this {@link Screen#id()} to the front (no-op when there is none). */
    public void select(String id) {
        for (Tab t : tabs.getTabs()) if (t.getId().equals("tab-" + id)) tabs.getSelectionModel().select(t);
    }

    /** A one-line message in the status bar (saves, errors, what a screen is doing). */
    public void status(String text) { statusBar.setText(text == null ? "" : text); }

    /** Shows the busy indicator in the status bar. */
    public void setBusy(boolean busy) { statusBar.setProgress(busy ? -1 : 0); }

    /** A warning pop-up (ControlsFX) naming a problem; waits for the window when it is not shown yet. */
    public void showNotice(String title, String text) {
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w == null || !w.isShowing()) {
            status(title + ": " + text);
            return;
        }
        Notifications.create().owner(root).title(title).text(text).hideAfter(javafx.util.Duration.seconds(12)).showWarning();
    }

    /** Keys the window itself handles, as F1 lists them. */
    public static List<KeyBinding> windowKeys() {
        return List.of(
                KeyBinding.info("F11  /  Ctrl+Shift+P", "Presentation mode: full screen, large fonts, high contrast"),
                KeyBinding.info("Ctrl+=  /  Ctrl+−  /  Ctrl+0", "Larger / smaller / normal size"),
                KeyBinding.info("Ctrl+T", "Next theme: light, dark, high contrast"),
                KeyBinding.info("Ctrl+Tab  /  Ctrl+Shift+Tab", "Next / previous screen"),
                KeyBinding.info("Ctrl+Q", "Save and quit"),
                KeyBinding.info("F1  /  ?", "This help"),
                KeyBinding.info("Esc", "Close help; leave presentation mode"));
    }

    private void installKeys(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) { toggleHelp(); e.consume(); }
        });
    }

    /**
     * The TabPane moves between tabs on arrow keys when it has the focus; while the selected screen
     * declares arrow keys of its own, arrows never switch tabs: the screen gets the focus instead.
     */
    private void keepArrowsOnScreen(KeyEvent e) {
        if (!e.getCode().isArrowKey() || e.getTarget() != tabs) return;
        Screen s = selected.get();
        if (s == null || !usesArrows(s)) return;
        e.consume();
        s.shown();
    }

    static boolean usesArrows(Screen s) {
        for (KeyBinding b : s.keys()) {
            if (b.combination() instanceof javafx.scene.input.KeyCodeCombination c && c.getCode().isArrowKey()) return true;
            if (b.keys().matches(".*(←|→|↑|↓|Arrow|arrow|Left|Right|Up|Down).*")) return true;
        }
        return false;
    }

    private void onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.ESCAPE && help != null) { toggleHelp(); e.consume(); return; }
        boolean typing = e.getTarget() instanceof TextInputControl;
        Screen current = selected.get();
        if (current != null && !typing) {
            for (KeyBinding b : current.keys()) {
                if (b.dispatched() && b.combination().match(e)) { b.action().run(); e.consume(); return; }
            }
        }
        if (k == KeyCode.F1) toggleHelp();
        else if (k == KeyCode.F11 || (e.isShortcutDown() && e.isShiftDown() && k == KeyCode.P)) togglePresentation();
        else if (e.isShortcutDown() && (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD)) setFontScale(settings.fontScale + 0.1);
        else if (e.isShortcutDown() && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) setFontScale(settings.fontScale - 0.1);
        else if (e.isShortcutDown() && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) setFontScale(1.0);
        else if (e.isShortcutDown() && k == KeyCode.T) setTheme(Theme.values()[(settings.theme.ordinal() + 1) % 3]);
        else if (e.isShortcutDown() && k == KeyCode.Q) quit();
        else return;
        e.consume();
    }

    /** Saves everything, then closes the window as its close button would (the app then exits). */
    public void quit() {
        if (persistent) captureSettings().save();
        Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w == null) return;
        WindowEvent close = new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST);
        w.fireEvent(close);
        if (!close.isConsumed()) w.hide();
    }

    public void toggleHelp() {
        if (help == null) {
            help = new HelpOverlay(windowKeys(), screens, selected.get(), this::toggleHelp);
            layers.getChildren().add(help.getRoot());
        } else {
            layers.getChildren().remove(help.getRoot());
            help = null;
        }
    }

    public boolean isHelpShown() { return help != null; }

    /** Presentation mode: full screen, high-contrast theme, fonts at least 140 %. */
    public void togglePresentation() { setPresentation(!settings.presentation); }

    public void setPresentation(boolean on) {
        Stage stage = root.getScene() != null && root.getScene().getWindow() instanceof Stage s ? s : null;
        if (on && themeBeforePresentation == null) {
            themeBeforePresentation = settings.theme == Theme.CONTRAST ? Theme.LIGHT : settings.theme;
            scaleBeforePresentation = settings.fontScale;
            settings.theme = settings.theme == Theme.DARK ? Theme.DARK : Theme.CONTRAST;
            settings.fontScale = Math.max(1.4, settings.fontScale);
        } else if (!on && themeBeforePresentation != null) {
            settings.theme = themeBeforePresentation;
            settings.fontScale = scaleBeforePresentation;
            themeBeforePresentation = null;
        }
        settings.presentation = on;
        if (stage != null && stage.isFullScreen() != on) {
            stage.setFullScreenExitHint(on ? "Presentation mode: F11 or Esc to leave" : "");
            stage.setFullScreen(on);
        }
        applyLook();
    }

    /** Sets theme, zoom and presentation at once, without touching the stage (headless snapshots). */
    public void setLook(Look look) {
        settings.theme = look.theme();
        settings.fontScale = look.scale();
        settings.presentation = look.presentation();
        applyLook();
    }

    public void setTheme(Theme t) { settings.theme = t; applyLook(); }

    public void setFontScale(double s) {
        settings.fontScale = Math.max(0.6, Math.min(3.0, Math.round(s * 10) / 10.0));
        applyLook();
    }

    private void applyLook() {
        List<String> css = new ArrayList<>();
        css.add(MainWindow.class.getResource(BASE_CSS).toExternalForm());
        if (settings.theme.stylesheet() != null) css.add(MainWindow.class.getResource(settings.theme.stylesheet()).toExternalForm());
        root.getStylesheets().setAll(css);
        // the bundled DejaVu family (org.convlab.export.ExportFonts): the app looks like its exports on every machine
        // the theme's series colours as looked-up colours, for charts styled in CSS (-cl-series0 …)
        root.setStyle(String.format(Locale.ROOT, "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx;",
                org.convlab.export.ExportFonts.FAMILY, BASE_FONT_PX * settings.fontScale) + settings.theme.palette().seriesCss());
        Look look = look();
        for (Screen s : screens) s.applyLook(look);
        viewInfo.setText(settings.theme.name().toLowerCase(Locale.ROOT) + " · " + Math.round(settings.fontScale * 100) + " %"
                + (settings.presentation ? " · presentation" : ""));
        autosave();
    }

    /** Adds what a screen or model keeps in the settings; runs on every save (FX thread). */
    public void onCapture(Consumer<Settings> capture) { capturers.add(capture); }

    /**
     * Writes the settings and the screens' state: captured on the FX thread, serialised and
     * written on the one writer thread, where the latest state always wins; nothing when not persistent.
     */
    public void autosave() {
        if (!persistent) return;
        Settings snapshot = captureSettings().copy();
        compute.writeLatest("settings", () -> Settings.write(snapshot.toJson()), e -> { });
    }

    /** Copies window geometry and every screen's state into the settings (FX thread). */
    public Settings captureSettings() {
        capturers.forEach(c -> c.accept(settings));
        settings.selectedTab = tabs.getSelectionModel().getSelectedIndex();
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage s && !s.isFullScreen()) {
            settings.maximized = s.isMaximized();
            if (!s.isMaximized()) {
                settings.windowX = s.getX();
                settings.windowY = s.getY();
                settings.windowWidth = s.getWidth();
                settings.windowHeight = s.getHeight();
            }
        }
        return settings;
    }

    public Settings getSettings() { return settings; }
    public StatusBar getStatusBar() { return statusBar; }
    public TabPane getTabs() { return tabs; }
    public BorderPane getRoot() { return root; }

    public void dispose() { screens.forEach(Screen::dispose); }
}
