package org.convlab.ui.animation;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.convlab.engine.Method;
import org.convlab.export.ExportOptions;
import org.convlab.export.SnapshotExporter;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Theme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a check: writes PNGs of the Animation mid-run for every method (and the pointwise dot
 * product, grouped G = 2 with the shuffle, light and dark) to look at. Runs only with
 * {@code -Dconvlab.snapshots=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
class AnimationSnapshots {
    @Start void start(Stage stage) { }

    @Test
    void write(FxRobot robot) throws Exception {
        String dir = System.getProperty("convlab.snapshots");
        Assumptions.assumeTrue(dir != null);
        Files.createDirectories(Path.of(dir));
        robot.interact(() -> {
            try {
                for (int[] size : new int[][] {{1600, 1000}, {1920, 1080}}) {
                    for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
                        for (Method m : Method.values()) {
                            if (theme == Theme.DARK && size[0] == 1920 && m != Method.GROUPED) continue;
                            shot(dir, m, size, theme, 0.45, m == Method.GROUPED);
                        }
                    }
                }
                shot(dir, Method.DEPTHWISE_SEPARABLE, new int[] {1600, 1000}, Theme.LIGHT, 0.8, false);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }

    private static void shot(String dir, Method m, int[] size, Theme theme, double at, boolean shuffle) throws Exception {
        AnimationScreen s = new AnimationScreen(ComputeService.synchronous());
        s.applyLook(new Look(theme, 1.0, false));
        AnimationModel model = s.model();
        SceneSpec spec = model.sceneProperty().get();
        if (m == Method.POINTWISE || m == Method.DEPTHWISE_SEPARABLE) spec = spec.withChannels(3).withFilters(4);
        if (m == Method.GROUPED) spec = spec.withChannels(4).withFilters(4).withGroups(2).withShuffle(shuffle);
        model.sceneProperty().set(spec);
        model.methodProperty().set(m);
        int p = (int) (model.getTrace().size() * at);
        model.positionProperty().set(Math.max(1, model.valueStart(p) + 3));
        Path out = Path.of(dir, String.format("anim-%s-%dx%d-%s-%02d.png", m.id(), size[0], size[1],
                theme.name().toLowerCase(java.util.Locale.ROOT), (int) (at * 100)));
        SnapshotExporter.writePng(SnapshotExporter.renderOffscreen(s.root(), size[0], size[1], ExportOptions.defaults()), out);
        s.dispose();
    }
}
