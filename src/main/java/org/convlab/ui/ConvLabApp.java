package org.convlab.ui;

import org.convlab.ui.core.Theme;
import org.convlab.ui.core.ComputeService;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop app: one window, {@link MainWindow}. Settings and work are restored from
 * {@link Settings#home()}. System properties for demos and screenshots:
 * {@code -Dconvlab.presentation=true} starts in presentation mode,
 * {@code -Dconvlab.theme=dark|light|contrast} picks a theme.
 */
public final class ConvLabApp extends Application {
    private MainWindow window;
    private ComputeService compute;

    @Override public void start(Stage stage) {
        compute = ComputeService.background();
        org.convlab.export.ExportFonts.load();
        Settings settings = Settings.load();
        String theme = System.getProperty("convlab.theme");
        if (theme != null) {
            try { settings.theme = Theme.valueOf(theme.trim().toUpperCase(java.util.Locale.ROOT)); } catch (IllegalArgumentException ignored) { }
        }
        boolean presentation = settings.presentation || Boolean.getBoolean("convlab.presentation");
        settings.presentation = false;
        window = new MainWindow(compute, settings);
        var animation = org.convlab.export.AnimationExportHooks.attach(new org.convlab.ui.animation.AnimationView(compute));
        window.addScreen("Animation", animation.getRoot(), animation::dispose)
                .setOnSelectionChanged(e -> { if (((javafx.scene.control.Tab) e.getSource()).isSelected()) javafx.application.Platform.runLater(animation::focusAnimation); });
        var lessons = org.convlab.export.LessonExportHooks.attach(new org.convlab.ui.lesson.LessonView(compute));
        window.addScreen("Lessons", lessons.getRoot(), null);
        LessonRouting.install(lessons, window, animation, compute);
        org.convlab.ui.cost.CostExplorerView.addTo(window, compute);
        window.addScreen(new org.convlab.ui.tradeoff.TradeoffScreen(compute));
        Scene scene = new Scene(window.getRoot(), settings.windowWidth, settings.windowHeight);
        stage.setTitle("ConvLab");
        stage.setScene(scene);
        placeWindow(stage, settings);
        stage.setOnCloseRequest(e -> saveNow());
        stage.show();
        if (presentation) window.setPresentation(true);
        stage.fullScreenProperty().addListener((o, was, is) -> {
            if (!is && window.getSettings().presentation) window.setPresentation(false);
        });
    }

    private static void placeWindow(Stage stage, Settings s) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(Math.max(800, s.windowWidth), screen.getWidth()));
        stage.setHeight(Math.min(Math.max(600, s.windowHeight), screen.getHeight()));
        if (!Double.isNaN(s.windowX) && !Screen.getScreensForRectangle(s.windowX, s.windowY, 100, 100).isEmpty()) {
            stage.setX(s.windowX);
            stage.setY(s.windowY);
        } else {
            stage.centerOnScreen();
        }
        if (s.maximized) {  // also fill the screen by hand, for window managers that ignore maximize
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        stage.setMaximized(s.maximized);
    }

    private void saveNow() {
        if (window != null) window.captureSettings().save();
    }

    @Override public void stop() {
        saveNow();
        if (window != null) window.dispose();
        if (compute != null) compute.close();
    }
}
