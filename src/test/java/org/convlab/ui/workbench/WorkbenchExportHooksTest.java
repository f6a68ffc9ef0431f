package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.MainWindow;
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
class WorkbenchExportHooksTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    /** The real main window, laid out at 1400×900 (call on the FX thread). */
    private static MainWindow laidOutWindow() {
        MainWindow w = new MainWindow(ComputeService.synchronous(), new Settings());
        new Scene(w.getRoot(), 1400, 900);
        w.getRoot().applyCss();
        w.getRoot().layout();
        return w;
    }

    @Test
    void workbenchPanelsExportWithACaption() {
        HeadlessFx.call(() -> {
            MainWindow w = laidOutWindow();
            var root = w.getWorkbenchView().getRoot();
            Caption c = ExportBar.property(root, ExportBar.CAPTION, Caption.class, null);
            assertTrue(c.text().startsWith("Workbench") && c.text().contains("standard") && c.text().contains(" multiplies"), c.text());
            Node target = ExportBar.property(root, ExportBar.TARGET, Node.class, null);
            assertEquals(w.getWorkbenchView().getSnapshotTarget(), target);
            BufferedImage img = SnapshotExporter.render(target, ExportOptions.defaults().withScale(2).withCaption(c));
            var b = target.getLayoutBounds();
            assertEquals(Math.round(b.getWidth() * 2), img.getWidth());
            assertEquals(Math.round(b.getHeight() * 2) + 60, img.getHeight());
            String stem = ExportBar.property(root, ExportBar.FILE_STEM, String.class, null);
            assertTrue(stem.startsWith("workbench-") && stem.endsWith("-standard"), stem);
            w.dispose();
            return null;
        });
    }

    @Test
    void onePanelOrTheWholeWindowCanBeChosen() {
        HeadlessFx.call(() -> {
            MainWindow w = laidOutWindow();
            var root = w.getWorkbenchView().getRoot();
            var panels = ExportBar.panels(root);
            assertTrue(panels.keySet().containsAll(java.util.List.of("Input", "Output", "Kernel", "Cost")), panels.keySet().toString());
            ExportMenu.Targets t = ExportMenu.targets(() -> w.getWorkbenchView().getSnapshotTarget(), () -> ExportBar.panels(root),
                    () -> w.getRoot());
            assertEquals(w.getWorkbenchView().getSnapshotTarget(), t.get(), "the screen by default");
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
