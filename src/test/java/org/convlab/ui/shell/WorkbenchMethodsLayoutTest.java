package org.convlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.Method;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.Snapshots;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Theme;
import org.convlab.ui.workbench.Samples;
import org.convlab.ui.workbench.WorkbenchModel;
import org.convlab.ui.workbench.WorkbenchScreen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Workbench with each of its seven methods (grouped with G = 2 of C = 4 channels), laid out
 * headless at the classroom sizes, normal and in presentation mode: no title or label cut off
 * with "…", no controls on top of each other, nothing (the Output panel included) past the
 * window's edge.
 */
class WorkbenchMethodsLayoutTest {
    private static final int[][] SIZES = {{1280, 720}, {1600, 900}, {1920, 1080}};
    private static Snapshots.Stage stage;

    @BeforeAll static void open() {
        HeadlessFx.start();
        stage = HeadlessFx.call(() -> {
            Snapshots.Stage s = Snapshots.Stage.open(1280, 720);
            WorkbenchModel m = s.app().workbench();
            s.app().workbenchView().showGallery(false);
            m.loadSample(Samples.byId("rgb-blocks"));
            m.channelsProperty().set(4);
            return s;
        });
    }

    @AfterAll static void close() { HeadlessFx.call(() -> { stage.close(); return null; }); }

    @Test
    void everyMethodFitsAtEverySizeNormalAndPresentation() {
        List<String> problems = new ArrayList<>();
        for (Method method : Method.values()) {
            for (int[] wh : SIZES) {
                for (boolean presentation : new boolean[] {false, true}) {
                    Look look = new Look(Theme.LIGHT, presentation ? Snapshots.PRESENTATION_SCALE : 1.0, presentation);
                    String where = method.id() + " " + wh[0] + "×" + wh[1] + (presentation ? " presentation" : "") + ": ";
                    HeadlessFx.call(() -> {
                        WorkbenchModel m = stage.app().workbench();
                        m.methodProperty().set(method);
                        m.groupsProperty().set(method == Method.GROUPED ? 2 : 1);
                        stage.show(WorkbenchScreen.ID, wh[0], wh[1], look);
                        assertEquals(method, m.getOutcome().result().method(), where + m.errorProperty().get());
                        var root = stage.window().getRoot();
                        ScreenChecks.elided(root).forEach(p -> problems.add(where + p));
                        ScreenChecks.overlaps(root).forEach(p -> problems.add(where + p));
                        ScreenChecks.cutOff(root).forEach(p -> problems.add(where + p));
                        outputPanelInside(root).forEach(p -> problems.add(where + p));
                        return null;
                    });
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }

    /** The Output panel (an image, not a control, so cutOff does not see it) ends inside the window. */
    private static List<String> outputPanelInside(javafx.scene.Parent root) {
        var out = root.lookup("#output-panel");
        if (out == null) return List.of("no output panel");
        var w = root.localToScene(root.getLayoutBounds());
        var b = out.localToScene(out.getLayoutBounds());
        return b.getMaxX() > w.getMaxX() + 1 ? List.of("the Output panel runs " + Math.round(b.getMaxX() - w.getMaxX()) + " px past the right edge")
                : List.of();
    }
}
