package org.convlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.Snapshots;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Theme;
import org.junit.jupiter.api.Test;

/**
 * The cost table is never wider than the window: with presentation fonts at 1280×720 the layer's
 * fields move above it; where there is room they stay beside it.
 */
class CostLayoutTest {
    /** The bounds in the scene of the one node of this style class that is shown (the other tab's are hidden). */
    private static Bounds shown(javafx.scene.Parent root, String selector) {
        for (javafx.scene.Node n : root.lookupAll(selector)) {
            boolean visible = true;
            for (javafx.scene.Node p = n; p != null; p = p.getParent()) visible &= p.isVisible();
            if (visible) return n.localToScene(n.getBoundsInLocal());
        }
        throw new AssertionError("no " + selector + " shown");
    }

    @Test
    void theTableFitsTheWindowAndTheFieldsMoveAboveItWhenNarrow() {
        HeadlessFx.start();
        HeadlessFx.call(() -> {
            Snapshots.Stage stage = Snapshots.Stage.open(1280, 720);
            try {
                for (boolean presentation : new boolean[] {true, false}) {
                    for (int[] wh : new int[][] {{1280, 720}, {1920, 1080}}) {
                        stage.show("cost", wh[0], wh[1], new Look(Theme.DARK, presentation ? Snapshots.PRESENTATION_SCALE : 1.0, presentation));
                        var root = stage.window().getRoot();
                        Bounds table = shown(root, ".cost-results"), form = shown(root, ".cost-form");
                        String where = wh[0] + "×" + wh[1] + (presentation ? " presentation" : "");
                        assertTrue(table.getMaxX() <= wh[0], where + ": the table ends at " + table.getMaxX());
                        boolean beside = form.getMaxX() <= table.getMinX();
                        boolean above = form.getMaxY() <= table.getMinY();
                        assertTrue(beside || above, where + ": fields beside or above the table");
                        if (!presentation) assertTrue(beside, where + ": room for the fields beside the table");
                    }
                }
            } finally {
                stage.close();
            }
            return null;
        });
    }
}
