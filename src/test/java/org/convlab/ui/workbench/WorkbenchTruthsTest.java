package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.io.DisplayMapping;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Workbench tells a student is true: images stay images, comparisons are like for like, stride 2 works. */
class WorkbenchTruthsTest {
    private WorkbenchModel model;
    private SimpleObjectProperty<KernelBank> bank;

    @BeforeEach
    void setUp() {
        bank = new SimpleObjectProperty<>(KernelBank.of(KernelPresets.create("gaussian", 3, 3, 1.0), 3, 3, 3, 3));
        model = new WorkbenchModel(ComputeService.synchronous(), bank);
        model.loadSample(Samples.byId("chelsea"));
    }

    @Test
    void aBlurredPhotoIsShownAsAPhotoByDefault() {
        assertEquals(DisplayMapping.Mode.AUTO, model.displayModeProperty().get());
        model.methodProperty().set(Method.DEPTHWISE);
        Tensor out = model.getOutcome().result().output();
        assertEquals(DisplayMapping.Mode.CLAMP, DisplayMapping.resolve(DisplayMapping.Mode.AUTO, out.data(), 0, out.data().length));
        // a signed result (an edge detector) is shown with the signed colours
        bank.set(KernelBank.of(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 3, 3));
        Tensor edges = model.getOutcome().result().output();
        assertEquals(DisplayMapping.Mode.DIVERGING, DisplayMapping.resolve(DisplayMapping.Mode.AUTO, edges.data(), 0, edges.data().length));
    }

    /** Pointwise is compared with the 3×3 standard conv that makes an output of the same size: exactly 9×. */
    @Test
    void pointwiseIsComparedWithAStandardLayerOfTheSameOutputSize() {
        for (WorkbenchModel.PaddingMode p : WorkbenchModel.PaddingMode.values()) {
            model.paddingModeProperty().set(p);
            model.methodProperty().set(Method.STANDARD);
            model.methodProperty().set(Method.POINTWISE);
            WorkbenchModel.Outcome o = model.getOutcome();
            assertNotNull(o, p.toString());
            assertEquals(9 * o.result().counts().multiplies(), o.standard().multiplies(), "padding " + p);
        }
    }

    @Test
    void strideTwoWithSameOffersAPaddingThatWorks() {
        model.strideProperty().set(2);
        assertNull(model.getOutcome());
        assertEquals(1, model.offeredPaddingProperty().get());
        assertTrue(model.hintProperty().get().contains("stride 1"), model.hintProperty().get());
        model.acceptOfferedPadding();
        assertEquals(WorkbenchModel.PaddingMode.EXPLICIT, model.paddingModeProperty().get());
        WorkbenchModel.Outcome o = model.getOutcome();
        assertNotNull(o);
        Tensor in = model.inputProperty().get();
        assertEquals((in.height() + 1) / 2, o.result().output().height());
        assertEquals(-1, model.offeredPaddingProperty().get());
    }

    @Test
    void hoverWindowIsTheDilatedKernelUnderStrideAndPadding() {
        ConvSpec s = new ConvSpec(2, 2, Padding.of(1), 2, 2, 1);
        int[] box = HoverWindows.input(Method.STANDARD, 3, 32, 32, 3, 3, 3, s, 1, 4, 5).get(0);
        assertArrayEquals(new int[] {-1, 4 * 2 - 1, 5 * 2 - 1, 5, 5}, box);
        int[] dw = HoverWindows.input(Method.DEPTHWISE, 3, 32, 32, 6, 3, 3, ConvSpec.DEFAULT, 5, 0, 0).get(0);
        assertEquals(2, dw[0], "output plane 5 of a multiplier-2 depthwise layer reads input channel 2");
        int[] pw = HoverWindows.input(Method.POINTWISE, 3, 32, 32, 8, 3, 3, new ConvSpec(1, 1, Padding.same(), 1, 1, 1), 7, 3, 4).get(0);
        assertArrayEquals(new int[] {-1, 3, 4, 1, 1}, pw);
    }
}
