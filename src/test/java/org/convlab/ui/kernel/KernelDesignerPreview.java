package org.convlab.ui.kernel;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the kernel designer alone in a window, for looking at it while the workbench is being
 * built: {@code java -cp target/classes:target/test-classes:$(deps) org.convlab.ui.kernel.KernelDesignerPreview [preset]}.
 */
public final class KernelDesignerPreview {
    private KernelDesignerPreview() { }

    /** The window (a nested class so the classpath launch works without the module path). */
    public static final class App extends Application {
    @Override public void start(Stage stage) {
        KernelDesignerModel model = new KernelDesignerModel();
        var args = getParameters().getRaw();
        if (!args.isEmpty()) {
            int n = args.size() > 1 ? Integer.parseInt(args.get(1)) : 3;
            model.resize(n, n);
            model.applyPreset(args.get(0), 1.0);
        }
        KernelDesignerView view = new KernelDesignerView(model);
        stage.setTitle("ConvLab kernel designer");
        javafx.scene.control.ScrollPane sp = new javafx.scene.control.ScrollPane(view.getRoot());
        sp.setFitToWidth(true);
        stage.setScene(new Scene(sp, 560, 980));
        stage.show();
    }
    }

    public static void main(String[] args) { Application.launch(App.class, args); }
}
