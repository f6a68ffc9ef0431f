package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Pane;
import org.convlab.engine.KernelBank;
import org.convlab.engine.Method;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grouped method on screen: G offers the divisors of C, tiles framed per group, the panel and its checks. */
class GroupedViewTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @Test
    void groupsControlFramesAndPanelFollowTheModel() {
        String[] r = HeadlessFx.call(() -> {
            WorkbenchModel m = new WorkbenchModel(ComputeService.synchronous(), new SimpleObjectProperty<KernelBank>());
            WorkbenchView v = new WorkbenchView(m, "sobel-x", 3);
            v.applyLook(new Look(Theme.DARK, 1.0, false));
            Scene scene = new Scene(v.getRoot(), 1280, 720);
            m.loadSample(Samples.byId("rgb-blocks"));
            m.channelsProperty().set(6);
            m.methodProperty().set(Method.GROUPED);
            m.groupsProperty().set(3);
            v.getRoot().applyCss();
            v.getRoot().layout();
            @SuppressWarnings("unchecked") ComboBox<Integer> g = (ComboBox<Integer>) scene.lookup("#groups");
            @SuppressWarnings("unchecked") Spinner<Integer> f = (Spinner<Integer>) scene.lookup("#filters");
            int frames = 0;
            for (var n : v.getRoot().lookupAll("#group-frames")) frames += ((Pane) n).getChildren().size();
            String checks = ((Label) scene.lookup("#grouped-checks")).getText();
            boolean panel = scene.lookup("#channel-groups").isVisible();
            m.methodProperty().set(Method.STANDARD);
            boolean panelAfter = scene.lookup("#channel-groups").isVisible();
            return new String[] {g.getItems().toString(), String.valueOf(g.getValue()), f.getEditor().getText(),
                String.valueOf(frames), checks, String.valueOf(panel), String.valueOf(panelAfter)};
        });
        assertEquals("[1, 2, 3, 6]", r[0]);
        assertEquals("3", r[1]);
        assertEquals("= C", r[2], "Filters F says '= C', not 0");
        assertEquals("12", r[3], "six input and six output tiles framed");
        assertTrue(r[4].contains("G = 1 vs standard: max|diff| = 0") && r[4].contains("G = 6 vs depthwise: max|diff| = 0"), r[4]);
        assertTrue(Boolean.parseBoolean(r[5]));
        assertFalse(Boolean.parseBoolean(r[6]));
    }
}
