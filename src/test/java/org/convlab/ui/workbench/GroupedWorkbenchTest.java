package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.CostModel;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Weights;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Workbench's grouped method: G from the divisors of C, the ends checked, hover and cost per group. */
class GroupedWorkbenchTest {
    private WorkbenchModel model;

    @BeforeEach
    void setUp() {
        // free standard weights: every filter mixes every channel, so the groups change the output
        KernelBank bank = KernelBank.teaching(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 4, 4, KernelBank.StandardWeights.FREE);
        model = new WorkbenchModel(ComputeService.synchronous(), new SimpleObjectProperty<>(bank));
        model.loadSample(Samples.byId("rgb-blocks"));
        model.channelsProperty().set(4);
    }

    @Test
    void channelsRepeatTheImageAndGroupsAreItsDivisors() {
        assertEquals(4, model.inputProperty().get().channels());
        assertEquals(List.of(1, 2, 4), org.convlab.engine.ConvSpec.groupCounts(4));
        assertEquals(List.of(1, 2, 3, 6), org.convlab.engine.ConvSpec.groupCounts(6));
        var t = model.inputProperty().get();
        int n = t.height() * t.width();
        for (int i = 0; i < n; i++) assertEquals(t.data()[i], t.data()[3 * n + i], "channel 3 repeats channel 0");
    }

    @Test
    void groupedRunChecksBothEndsAndCostsFollowG() {
        model.methodProperty().set(Method.GROUPED);
        model.groupsProperty().set(2);
        WorkbenchModel.Outcome o = model.getOutcome();
        assertEquals(2, o.groups());
        var in = o.input();
        long expected = CostModel.grouped(4, in.height(), in.width(), 4, 3, 3, o.spec().withGroups(2), false).multiplies();
        assertEquals(expected, o.result().counts().multiplies());
        assertEquals(4L * in.height() * in.width() * 2 * 9, expected, "F·H_out·W_out·(C/G)·K_h·K_w");
        var rep = model.equalityProperty().get();
        assertNotNull(rep);
        assertTrue(rep.allEqual() && rep.standard().countsAgree() && rep.depthwise().countsAgree());
        List<String> every = ChannelGroupsPanel.everyGroupCount(4, in.height(), in.width(), 4, 3, 3, o.spec(), 2);
        assertEquals(3, every.size());
        assertTrue(every.get(1).startsWith("G = 2: " + CostPanel.group(expected)) && every.get(1).endsWith("◂"), every.get(1));
        model.groupsProperty().set(4);
        assertEquals(expected / 2, model.getOutcome().result().counts().multiplies());
        model.methodProperty().set(Method.STANDARD);
        assertNull(model.equalityProperty().get(), "the check belongs to the grouped method only");
    }

    @Test
    void hoverShowsOnlyTheGroupsChannelsAndTheirWeights() {
        model.methodProperty().set(Method.GROUPED);
        model.groupsProperty().set(2);
        WorkbenchModel.Outcome o = model.getOutcome();
        ConvSpec spec = o.spec().withGroups(2);
        List<int[]> boxes = HoverWindows.input(Method.GROUPED, 4, 128, 128, 4, 3, 3, spec, 3, 10, 20);
        assertEquals(List.of(2, 3), boxes.stream().map(b -> b[0]).toList(), "filter 3 is in group 1: channels 2 and 3");
        // the explained channel's partial sums over the group add up to the output value
        double sum = 0;
        for (int c = 2; c <= 3; c++) {
            var e = PixelExplainer.explain(Method.GROUPED, o.input(), o.bank(), spec, o.result().output(), 3, 10, 20, c);
            assertTrue(e.note().contains("group 1"), e.note());
            sum += e.partialSum();
        }
        assertEquals(o.result().output().get(3, 10, 20), sum, 1e-4);
        Weights dense = o.bank().standard();
        assertTrue(org.convlab.engine.GroupedEquality.droppedSlices(dense, 2)[0] > 0, "free weights mix across groups");
    }
}
