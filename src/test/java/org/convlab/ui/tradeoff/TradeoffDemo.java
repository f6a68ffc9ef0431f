package org.convlab.ui.tradeoff;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Theme;

/**
 * Opens the Trade-off screen alone, for screenshots:
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.convlab.ui.tradeoff.TradeoffDemo\$Main [dark|contrast] [WxH] [sweep] [scale=1.4]}.
 */
public final class TradeoffDemo extends Application {
    private ComputeService compute;
    private TradeoffScreen screen;

    @Override public void start(Stage stage) {
        List<String> a = getParameters().getRaw();
        Theme theme = a.contains("dark") ? Theme.DARK : a.contains("contrast") ? Theme.CONTRAST : Theme.LIGHT;
        int w = 1280, h = 720;
        double scale = 1.0;
        for (String s : a) {
            if (s.matches("\\d+x\\d+")) { w = Integer.parseInt(s.split("x")[0]); h = Integer.parseInt(s.split("x")[1]); }
            if (s.startsWith("scale=")) scale = Double.parseDouble(s.substring(6));
        }
        compute = ComputeService.background();
        screen = new TradeoffScreen(compute);
        Scene scene = new Scene(screen.root(), w, h);
        scene.getStylesheets().add(TradeoffDemo.class.getResource("/org/convlab/ui/convlab.css").toExternalForm());
        if (theme.stylesheet() != null) scene.getStylesheets().add(TradeoffDemo.class.getResource(theme.stylesheet()).toExternalForm());
        screen.root().getStyleClass().add("convlab-root");
        screen.root().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * scale));
        screen.applyLook(new Look(theme, scale, scale > 1));
        if (a.contains("sweep")) {
            screen.model().schemeProperty().addListener((o, x, y) -> { });
            screen.model().spectraProperty().addListener((o, x, s) -> { if (!s.isEmpty()) screen.model().sweep(); });
        }
        stage.setTitle("ConvLab trade-off");
        stage.setScene(scene);
        stage.show();
        screen.shown();
    }

    @Override public void stop() {
        screen.dispose();
        compute.close();
    }

    /** Launches from the class path (the main class must not itself extend Application). */
    public static final class Main {
        public static void main(String[] args) { Application.launch(TradeoffDemo.class, args); }
    }
}
