package org.convlab.ui;

import org.convlab.ui.core.Theme;
import org.convlab.ui.core.ComputeService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
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
import org.controlsfx.control.Notifications;
import org.controlsfx.control.StatusBar;
import org.convlab.engine.KernelBank;
import org.convlab.engine.Method;
import org.convlab.ui.core.ExportInfo;
import org.convlab.ui.core.Frames;
import org.convlab.ui.core.KeyBinding;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Screen;
import org.convlab.ui.kernel.KernelDesignerLink;
import org.convlab.ui.kernel.KernelDesignerModel;
import org.convlab.ui.kernel.KernelDesignerView;
import org.convlab.ui.workbench.WorkbenchModel;
import org.convlab.ui.workbench.WorkbenchView;

/**
 * The main window: one tab per screen, a status bar, the help overlay, themes, font scale and
 * presentation mode. Each screen is a code-only view over its model; the window only arranges
 * them and disposes them (stopping their timelines) when it closes.
 */
public final class MainWindow {
    public static final String BASE_CSS = "/org/convlab/ui/convlab.css";
    public static final double BASE_FONT_PX = 13;

    private final BorderPane root = new BorderPane();
    private final StackPane layers = new StackPane();
    private final TabPane tabs = new TabPane();
    private final List<Runnable> disposers = new ArrayList<>();
    private final List<Screen> screens = new ArrayList<>();
    private final StatusBar statusBar = new StatusBar();
    private final Label viewInfo = new Label();
    private final Settings settings;
    private final ComputeService compute;
    private final ObjectProperty<KernelBank> bank = new SimpleObjectProperty<>(this, "bank");
    private final WorkbenchModel workbench;
    private final WorkbenchView workbenchView;
    private final KernelDesignerModel designer;
    private HelpOverlay help;
    private Theme themeBeforePresentation;
    private double scaleBeforePresentation;

    public MainWindow(ComputeService compute) { this(compute, new Settings()); }

    public MainWindow(ComputeService compute, Settings settings) {
        this.compute = compute;
        this.settings = settings;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        layers.getChildren().add(tabs);
        root.setCenter(layers);
        root.setBottom(statusBar);
        root.getStyleClass().add("convlab-root");
        Button helpButton = new Button("?");
        helpButton.setTooltip(new Tooltip("Keyboard shortcuts (F1)"));
        helpButton.setOnAction(e -> toggleHelp());
        statusBar.getRightItems().addAll(viewInfo, helpButton);
        org.convlab.ui.export.ExportWork.use(compute);
        statusBar.getRightItems().add(0, org.convlab.ui.export.ExportBar.menuFor(tabs, statusBar::setText));

        workbench = new WorkbenchModel(compute, bank);
        workbenchView = new WorkbenchView(workbench, settings.kernelPreset, settings.kernelSize);
        designer = new KernelDesignerModel();
        KernelDesignerLink.bind(designer, workbench.inputProperty(), workbench.filtersProperty());
        if (!KernelDesignerLink.restore(designer, settings.kernelDesign)) {
            try {
                designer.resize(settings.kernelSize, settings.kernelSize);
                designer.applyPreset(settings.kernelPreset, 0);
            } catch (IllegalArgumentException e) {
                designer.applyPreset("sobel-x", 0);
            }
        }
        workbenchView.useKernelDesigner(new KernelDesignerView(designer).getRoot(), designer.bankProperty());
        addScreen("Workbench", org.convlab.ui.workbench.WorkbenchExportHooks.attach(workbenchView).getRoot(), workbenchView::dispose);
        workbenchView.actions().acceptDrops(root);
        statusBar.textProperty().bind(workbenchView.statusProperty());
        workbench.busyProperty().addListener((o, a, busy) -> statusBar.setProgress(busy ? -1 : 0));
        workbench.noticeProperty().addListener((o, a, n) -> { if (n != null) showNotice(n); });

        boolean restored = WorkbenchPersistence.restore(workbench, settings);
        if (!restored) {
            workbench.loadSample(org.convlab.ui.workbench.Samples.byId("impulse-dot"));
            if (!settings.galleryShown) workbenchView.showGallery(true);
        }
        settings.galleryShown = true;
        for (Observable p : new Observable[] {workbench.methodProperty(), workbench.rankProperty(), workbench.strideProperty(),
                workbench.dilationProperty(), workbench.filtersProperty(), workbench.paddingModeProperty(),
                workbench.paddingAmountProperty(), workbench.displayModeProperty(), workbench.viewChannelProperty(),
                workbench.grayscaleProperty(), workbench.imageSourceProperty(), workbench.getRecentFiles(), bank}) {
            p.addListener(o -> autosave());
        }
        workbench.sourceProperty().addListener(o -> WorkbenchPersistence.keepPasted(workbench, compute));
        applyLook();
        root.sceneProperty().addListener((o, a, s) -> { if (s != null) installKeys(s); });
    }

    /** A warning pop-up (ControlsFX) naming the problem; waits for the window when it is not shown yet. */
    private void showNotice(WorkbenchModel.Notice n) {
        if (root.getScene() == null || root.getScene().getWindow() == null || !root.getScene().getWindow().isShowing()) {
            root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene a, Scene s) {
                    if (s == null) return;
                    root.sceneProperty().removeListener(this);
                    s.windowProperty().addListener((ow, wa, w) -> {
                        if (w != null) w.setOnShown(e -> javafx.application.Platform.runLater(() -> showNotice(n)));
                    });
                }
            });
            return;
        }
        Notifications.create().owner(root).title(n.title()).text(n.text())
                .hideAfter(javafx.util.Duration.seconds(12)).showWarning();
    }

    /** Adds a screen as a tab; {@code dispose} runs when the window closes. */
    public Tab addScreen(String title, Parent content, Runnable dispose) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        tabs.getTabs().add(tab);
        if (dispose != null) disposers.add(dispose);
        return tab;
    }

    /**
     * Adds a screen behind the {@link Screen} contract: a tab with its title, its keys dispatched
     * while it is selected, its look kept current, shown/hidden on selection, disposed on close,
     * and the Export menu fed from {@link Screen#snapshotTarget()}, {@link Screen#panels()},
     * {@link Screen#exportInfo()} and {@link Screen#frames()}.
     */
    public Tab addScreen(Screen screen) {
        Parent content = screen.root();
        var props = content.getProperties();
        props.put(org.convlab.ui.export.ExportBar.TARGET, (java.util.function.Supplier<javafx.scene.Node>) screen::snapshotTarget);
        props.put(org.convlab.ui.export.ExportBar.PANELS, (java.util.function.Supplier<java.util.Map<String, javafx.scene.Node>>) screen::panels);
        props.put(org.convlab.ui.export.ExportBar.CAPTION, (java.util.function.Supplier<org.convlab.export.Caption>) () -> {
            ExportInfo i = screen.exportInfo();
            return new org.convlab.export.Caption(i.lesson(), i.step(), i.method(), i.counts());
        });
        props.put(org.convlab.ui.export.ExportBar.FILE_STEM, (java.util.function.Supplier<String>) () -> screen.exportInfo().fileStem());
        Frames frames = screen.frames();
        if (frames != null) {
            props.put(org.convlab.ui.export.ExportBar.ANIMATION, new org.convlab.ui.export.GifExportDialog.Animation() {
                @Override public int frameCount() { return frames.count(); }
                @Override public int currentFrame() { return frames.current(); }
                @Override public void showFrame(int i) { frames.show(i); }
                @Override public java.util.Map<String, int[]> ranges() { return frames.ranges(); }
            });
        }
        Tab tab = new Tab(screen.title(), content);
        tab.setId("tab-" + screen.id());
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) javafx.application.Platform.runLater(screen::shown);
            else screen.hidden();
        });
        screens.add(screen);
        tabs.getTabs().add(tab);
        disposers.add(screen::dispose);
        screen.applyLook(look());
        return tab;
    }

    /** The screens added through the contract, in tab order. */
    public List<Screen> screens() { return List.copyOf(screens); }

    /** The look now: theme, zoom and presentation mode. */
    public Look look() { return new Look(settings.theme, settings.fontScale, settings.presentation); }

    private Screen selectedScreen() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        for (Screen s : screens) if (t != null && t.getContent() == s.root()) return s;
        return null;
    }

    private void installKeys(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) { toggleHelp(); e.consume(); }
        });
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        Screen current = selectedScreen();
        if (current != null && !typing) {
            for (KeyBinding b : current.keys()) {
                if (b.dispatched() && b.combination().match(e)) { b.action().run(); e.consume(); return; }
            }
        }
        KeyCode k = e.getCode();
        boolean onWorkbench = tabs.getSelectionModel().getSelectedIndex() == 0;
        if (k == KeyCode.F1) toggleHelp();
        else if (k == KeyCode.ESCAPE && help != null) toggleHelp();
        else if (k == KeyCode.ESCAPE && workbenchView.isGalleryShown()) workbenchView.showGallery(false);
        else if (k == KeyCode.F11 || (e.isShortcutDown() && e.isShiftDown() && k == KeyCode.P)) togglePresentation();
        else if (e.isShortcutDown() && (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD)) setFontScale(settings.fontScale + 0.1);
        else if (e.isShortcutDown() && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) setFontScale(settings.fontScale - 0.1);
        else if (e.isShortcutDown() && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) setFontScale(1.0);
        else if (e.isShortcutDown() && k == KeyCode.T) setTheme(Theme.values()[(settings.theme.ordinal() + 1) % 3]);
        else if (onWorkbench && e.isShortcutDown() && k == KeyCode.O) workbenchView.actions().openDialog();
        else if (onWorkbench && e.isShortcutDown() && k == KeyCode.V && !typing) workbenchView.actions().paste();
        else if (onWorkbench && !typing && !e.isShortcutDown() && k == KeyCode.G) workbenchView.showGallery(!workbenchView.isGalleryShown());
        else if (onWorkbench && !typing && !e.isShortcutDown() && methodKey(k) >= 0) workbench.methodProperty().set(Method.values()[methodKey(k)]);
        else return;
        e.consume();
    }

    private static int methodKey(KeyCode k) {
        if (k.isDigitKey()) {
            String n = k.getName().replaceAll("\\D", "");
            int d = n.isEmpty() ? -1 : Integer.parseInt(n);
            return d >= 1 && d <= 7 ? d - 1 : -1;
        }
        return -1;
    }

    public void toggleHelp() {
        if (help == null) {
            help = new HelpOverlay(this::toggleHelp);
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
        root.setStyle(String.format(Locale.ROOT, "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx;",
                org.convlab.export.ExportFonts.FAMILY, BASE_FONT_PX * settings.fontScale));
        Look look = look();
        for (Screen s : screens) s.applyLook(look);
        viewInfo.setText(settings.theme.name().toLowerCase(Locale.ROOT) + " · " + Math.round(settings.fontScale * 100) + " %"
                + (settings.presentation ? " · presentation" : ""));
        autosave();
    }

    /**
     * Writes the settings and the workbench state: captured on the FX thread, serialised and
     * written on the one writer thread, where the latest state always wins.
     */
    public void autosave() {
        Settings snapshot = captureSettings().copy();
        compute.writeLatest("settings", () -> Settings.write(snapshot.toJson()), e -> { });
    }

    /** Copies window geometry and workbench state into the settings (FX thread). */
    public Settings captureSettings() {
        if (workbench == null) return settings;
        WorkbenchPersistence.capture(workbench, workbenchView.kernelChooser(), settings);
        settings.kernelDesign = KernelDesignerLink.capture(designer);
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

    /** Brings the tab titled {@code title} to the front (no-op when there is none). */
    public void selectScreen(String title) {
        for (Tab t : tabs.getTabs()) if (t.getText().equals(title)) tabs.getSelectionModel().select(t);
    }

    public WorkbenchModel getWorkbench() { return workbench; }
    public WorkbenchView getWorkbenchView() { return workbenchView; }
    public KernelDesignerModel getKernelDesigner() { return designer; }
    public ObjectProperty<KernelBank> bankProperty() { return bank; }
    public Settings getSettings() { return settings; }
    public StatusBar getStatusBar() { return statusBar; }
    public TabPane getTabs() { return tabs; }
    public BorderPane getRoot() { return root; }

    public void dispose() { disposers.forEach(Runnable::run); }
}
