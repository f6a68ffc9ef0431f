package org.convlab.ui.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.convlab.engine.Method;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.convlab.export.ExportOptions;
import org.convlab.export.HeadlessFx;
import org.convlab.export.SnapshotExporter;

/** GIF frames of the animation tab follow its granularity; the picture changes from frame to frame. */
class AnimationExportHooksTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @Test
    void oneFramePerRowAndTheRowRangeCoversOneRow(@TempDir Path dir) throws Exception {
        HeadlessFx.call(() -> {
            AnimationView v = new AnimationView(ComputeService.synchronous());
            AnimationModel m = v.getModel();
            m.sceneProperty().set(SceneSpec.defaults().withChannels(1).withFilters(1));
            m.methodProperty().set(Method.STANDARD);
            m.granularityProperty().set(AnimationModel.Granularity.ROW);
            org.convlab.ui.core.Frames a = AnimationExportHooks.frames(m);
            int rows = m.getTrace().meta().geometry().outH();
            assertEquals(rows + 1, a.count(), "the start and one frame per output row");
            a.show(3);
            assertEquals(3, a.current());
            int[] row = a.ranges().get("Current row");
            assertEquals(1, row[1] - row[0], "one row step");
            javafx.scene.Scene s = new javafx.scene.Scene(v.getRoot(), 1200, 800);
            v.getRoot().applyCss();
            v.getRoot().layout();
            a.show(1);
            BufferedImage f1 = SnapshotExporter.render(v.getSnapshotTarget(), ExportOptions.defaults());
            a.show(rows);
            BufferedImage f2 = SnapshotExporter.render(v.getSnapshotTarget(), ExportOptions.defaults());
            int diff = 0;
            for (int y = 0; y < f1.getHeight(); y += 2) for (int x = 0; x < f1.getWidth(); x += 2) if (f1.getRGB(x, y) != f2.getRGB(x, y)) diff++;
            assertTrue(diff > 100, "frames differ: " + diff);
            v.dispose();
            return null;
        });
    }
}
