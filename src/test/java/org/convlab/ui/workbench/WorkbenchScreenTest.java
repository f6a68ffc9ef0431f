package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.Composition;
import org.convlab.ui.MainWindow;
import org.convlab.ui.core.Screen;
import org.convlab.ui.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.convlab.export.Caption;
import org.convlab.export.ExportOptions;
import org.convlab.export.HeadlessFx;
import org.convlab.export.SnapshotExporter;
import org.convlab.ui.export.ExportBar;
import org.convlab.ui.export.ExportMenu;

/** The workbench tab exports its panels at 2× with image, method and counts in the caption. */
class WorkbenchScreenTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    /** The real main window, laid out at 1400×900 (call on the FX thread). */
    private static Composition.App laidOutWindow() {
        Composition.App app = Composition.build(ComputeService.synchronous(), new Settings(), false, null);
        new Scene(app.window().getRoot(), 1400, 900);
        app.window().getRoot().applyCss();
        app.window().getRoot().layout();
        return app;
    }

    private static Screen workbench(MainWindow w) {
        return w.screens().stream().filter(s -> s.id().equals("workbench")).findFirst().orElseThrow();
    }

    @Test
    void workbenchPanelsExportWithACaption() {
        HeadlessFx.call(() -> {
            Composition.App app = laidOutWindow();
            MainWindow w = app.window();
            Screen s = workbench(w);
            Caption c = ExportBar.caption(s.exportInfo());
            assertTrue(c.text().startsWith("Workbench") && c.text().contains("standard") && c.text().contains(" multiplies"), c.text());
            Node target = s.snapshotTarget();
            assertEquals(app.workbenchView().getSnapshotTarget(), target);
            BufferedImage img = SnapshotExporter.render(target, ExportOptions.defaults().withScale(2).withCaption(c));
            var b = target.getLayoutBounds();
            assertEquals(Math.round(b.getWidth() * 2), img.getWidth());
            assertEquals(Math.round(b.getHeight() * 2) + 60, img.getHeight());
            String stem = s.exportInfo().fileStem();
            assertTrue(stem.startsWith("workbench-") && stem.endsWith("-standard"), stem);
            w.dispose();
            return null;
        });
    }

    @Test
    void onePanelOrTheWholeWindowCanBeChosen() {
        HeadlessFx.call(() -> {
            Composition.App app = laidOutWindow();
            MainWindow w = app.window();
            var panels = workbench(w).panels();
            assertTrue(panels.keySet().containsAll(java.util.List.of("Input", "Output", "Kernel", "Cost")), panels.keySet().toString());
            ExportMenu.Targets t = ExportMenu.targets(() -> app.workbenchView().getSnapshotTarget(), () -> workbench(w).panels(),
                    () -> w.getRoot());
            assertEquals(app.workbenchView().getSnapshotTarget(), t.get(), "the screen by default");
            t.choose("Output");
            Node output = t.get();
            assertEquals("output-panel", output.getId());
            BufferedImage img = SnapshotExporter.render(output, ExportOptions.defaults().withScale(3));
            assertEquals(Math.round(output.getLayoutBounds().getWidth() * 3), img.getWidth());
            assertTrue(img.getWidth() < Math.round(w.getRoot().getLayoutBounds().getWidth() * 3), "a panel, not the window");
            t.choose(ExportMenu.Targets.WINDOW);
            assertEquals(w.getRoot(), t.get());
            var menu = ExportMenu.create(t, () -> null, () -> "stem", null, msg -> { });
            assertTrue(menu.getItems().stream().anyMatch(i -> "export-what-output".equals(i.getId())), "the menu offers the Output panel");
            w.dispose();
            return null;
        });
    }
}
