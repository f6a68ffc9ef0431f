package org.convlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: one window, {@link MainWindow}. */
public final class ConvLabApp extends Application {
    private MainWindow window;
    private ComputeService compute;

    @Override public void start(Stage stage) {
        compute = ComputeService.background();
        window = new MainWindow(compute);
        { var view = new org.convlab.ui.animation.AnimationView(compute); window.addScreen("Animation", view.getRoot(), view::dispose); }
        Scene scene = new Scene(window.getRoot(), 1400, 900);
        stage.setTitle("ConvLab");
        stage.setScene(scene);
        stage.show();
    }

    @Override public void stop() {
        if (window != null) window.dispose();
        if (compute != null) compute.close();
    }
}
