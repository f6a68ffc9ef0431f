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
    /** How long {@link #write} waits for a screen's background work before it takes the picture anyway. */
    public static final long SETTLE_MILLIS = 20_000;

    /** A window built once and laid out at a size, on the FX thread. */
    public static final class Stage implements AutoCloseable {
        private final Composition.App app;
        private final ComputeService compute;
        private Scene scene;

        private Stage(double w, double h, ComputeService compute) {
            this.compute = compute;
            app = Composition.build(compute, new Settings(), false);
            scene = new Scene(app.window().getRoot(), w, h);
        }

        /** Builds the window (FX thread), with the lessons of the default folder; all work runs at once. */
        public static Stage open(double w, double h) { return new Stage(w, h, ComputeService.synchronous()); }

        /**
         * Builds the window (FX thread) on background threads, as the app runs; {@link #settle}
         * waits for them. The stage closes the service.
         */
        public static Stage openInBackground(double w, double h) {
            return new Stage(w, h, ComputeService.background(javafx.application.Platform::runLater));
        }

        /**
         * Waits, never on the FX thread and at most {@code millis}, until what the shown screen
         * started has finished: the FX events queued so far have run (a tab runs its
         * {@code shown()} after the selection) and the service is idle, twice in a row. True if it settled.
         */
        public boolean settle(long millis) throws InterruptedException {
            if (javafx.application.Platform.isFxApplicationThread()) throw new IllegalStateException("settle() blocks: not on the FX thread");
            long end = System.nanoTime() + millis * 1_000_000;
            int quiet = 0;
            while (quiet < 2) {
                HeadlessFx.call(() -> null);   // runs after every event queued before it
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0 || !compute.awaitIdle(left)) return false;
                quiet = compute.isIdle() ? quiet + 1 : 0;
            }
            return true;
        }

        public MainWindow window() { return app.window(); }
        public Composition.App app() { return app; }
        public ComputeService compute() { return compute; }

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

        @Override public void close() {
            app.window().dispose();
            compute.close();
        }
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
        Stage s = HeadlessFx.call(() -> Stage.openInBackground(w, h));
        try {
            List<String> known = s.window().screens().stream().map(Screen::id).toList();
            List<String> chosen = new ArrayList<>();
            for (String id : ids) {
                if (id.equals("all")) chosen.addAll(known);
                else if (known.contains(id)) chosen.add(id);
                else throw new IllegalArgumentException("--screen: no screen '" + id + "'; the screens are " + String.join(", ", known) + " and all");
            }
            Look look = new Look(theme, presentation ? PRESENTATION_SCALE : 1.0, presentation);
            List<Path> written = new ArrayList<>();
            for (String id : chosen.stream().distinct().toList()) {
                HeadlessFx.call(() -> { s.show(id, w, h, look); return null; });
                // the screen's background work (a model loading, a measurement) finishes before the picture
                if (!s.settle(SETTLE_MILLIS)) {
                    System.err.println("snapshot: " + id + " was still busy after " + SETTLE_MILLIS / 1000 + " s; pictured as it is");
                }
                BufferedImage shot = HeadlessFx.call(() -> { s.show(id, w, h, look); return s.render(scale); });
                Path p = out.resolve(fileName(id, theme, w, h, presentation));
                SnapshotExporter.writePng(shot, p);
                written.add(p);
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the screens", e);
        } finally {
            HeadlessFx.call(() -> { s.close(); return null; });
        }
    }
}
