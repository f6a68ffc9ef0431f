package org.convlab.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import org.convlab.export.ExportOptions;
import org.convlab.export.HeadlessFx;
import org.convlab.export.SnapshotExporter;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Screen;
import org.convlab.ui.core.Theme;

/**
 * Renders the real window, one screen at a time, with no display (the {@code convlab snapshot}
 * command and the rendering tests). Every screen the composition root adds is covered, found
 * through {@link MainWindow#screens()}.
 */
public final class Snapshots {
    /** Zoom of presentation mode in snapshots (the app's minimum in presentation mode). */
    public static final double PRESENTATION_SCALE = 1.4;

    /** A window built once and laid out at a size, on the FX thread. */
    public static final class Stage implements AutoCloseable {
        private final Composition.App app;
        private Scene scene;

        private Stage(double w, double h) {
            app = Composition.build(ComputeService.synchronous(), new Settings(), false);
            scene = new Scene(app.window().getRoot(), w, h);
        }

        /** Builds the window (FX thread), with the lessons of the default folder. */
        public static Stage open(double w, double h) { return new Stage(w, h); }

        public MainWindow window() { return app.window(); }
        public Composition.App app() { return app; }

        /** Shows screen {@code id} at this size and look, laid out (FX thread). */
        public void show(String id, double w, double h, Look look) {
            MainWindow win = app.window();
            if (scene.getWidth() != w || scene.getHeight() != h) {
                scene.setRoot(new javafx.scene.Group());
                scene = new Scene(win.getRoot(), w, h);
            }
            win.setLook(look);
            win.select(id);
            for (int i = 0; i < 3; i++) {   // some views size themselves after their first layout
                win.getRoot().applyCss();
                win.getRoot().layout();
            }
        }

        /** The window as it is now, at {@code scale}× (FX thread). */
        public BufferedImage render(int scale) {
            return SnapshotExporter.render(app.window().getRoot(), ExportOptions.defaults().withScale(scale));
        }

        @Override public void close() { app.window().dispose(); }
    }

    private Snapshots() { }

    /** {@code SCREEN-THEME-WxH[-presentation].png} */
    public static String fileName(String screen, Theme theme, int w, int h, boolean presentation) {
        return screen + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + w + "x" + h + (presentation ? "-presentation" : "") + ".png";
    }

    /** The ids of every screen of the app, in tab order. */
    public static List<String> screenIds() {
        HeadlessFx.start();
        return HeadlessFx.call(() -> {
            try (Stage s = Stage.open(800, 600)) {
                return s.window().screens().stream().map(Screen::id).toList();
            }
        });
    }

    /**
     * Renders each screen in {@code ids} ("all" = every screen) and writes the PNGs to {@code out};
     * returns the files written. An unknown id is an {@link IllegalArgumentException} naming the known ones.
     */
    public static List<Path> write(List<String> ids, Theme theme, int w, int h, boolean presentation, int scale, Path out)
            throws IOException {
        HeadlessFx.start();
        List<Object[]> shots = HeadlessFx.call(() -> {
            try (Stage s = Stage.open(w, h)) {
                List<String> known = s.window().screens().stream().map(Screen::id).toList();
                List<String> chosen = new ArrayList<>();
                for (String id : ids) {
                    if (id.equals("all")) chosen.addAll(known);
                    else if (known.contains(id)) chosen.add(id);
                    else throw new IllegalArgumentException("--screen: no screen '" + id + "'; the screens are " + String.join(", ", known) + " and all");
                }
                Look look = new Look(theme, presentation ? PRESENTATION_SCALE : 1.0, presentation);
                List<Object[]> r = new ArrayList<>();
                for (String id : chosen.stream().distinct().toList()) {
                    s.show(id, w, h, look);
                    r.add(new Object[] {id, s.render(scale)});
                }
                return r;
            }
        });
        List<Path> written = new ArrayList<>();
        for (Object[] shot : shots) {
            Path p = out.resolve(fileName((String) shot[0], theme, w, h, presentation));
            SnapshotExporter.writePng((BufferedImage) shot[1], p);
            written.add(p);
        }
        return written;
    }
}
