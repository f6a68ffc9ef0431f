package org.convlab.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Cost;
import org.convlab.engine.CostModel;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench model without a robot: synchronous compute, real engine. */
class WorkbenchModelTest {
    private WorkbenchModel model;
    private SimpleObjectProperty<KernelBank> bank;

    @BeforeEach
    void setUp() {
        bank = new SimpleObjectProperty<>(KernelBank.of(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 3, 3));
        model = new WorkbenchModel(ComputeService.synchronous(), bank);
    }

    @Test
    void loadsASampleAndCountsEqualTheClosedFormForEveryMethod() {
        model.loadSample(Samples.byId("rgb-blocks"));
        Tensor in = model.inputProperty().get();
        assertNotNull(in);
        assertEquals(3, in.channels());
        WorkbenchModel.Outcome std = model.getOutcome();
        assertNotNull(std);
        Cost expected = CostModel.standard(3, in.height(), in.width(), 3, 3, 3, new ConvSpec(1, 1, Padding.same(), 1, 1, 1), false);
        assertEquals(expected.multiplies(), std.result().counts().multiplies());
        assertEquals(expected.additions(), std.result().counts().additions());
        assertEquals(expected.multiplies(), std.standard().multiplies());

        model.methodProperty().set(Method.DEPTHWISE_SEPARABLE);
        WorkbenchModel.Outcome ds = model.getOutcome();
        Cost dsCost = CostModel.depthwiseSeparable(3, in.height(), in.width(), 1, 3, 3, 3, new ConvSpec(1, 1, Padding.same(), 1, 1, 3), false);
        assertEquals(dsCost.multiplies(), ds.result().counts().multiplies());
        assertTrue(ds.result().counts().multiplies() < std.result().counts().multiplies(), "depthwise-separable is cheaper");
        assertNotNull(ds.result().intermediate(), "the two-stage method shows its intermediate");
        // The default bank composes pointwise·depthwise, so both outputs agree.
        assertTrue(ds.result().output().maxAbsDiff(std.result().output()) < 1e-4f);

        model.methodProperty().set(Method.POINTWISE);
        Cost pw = CostModel.pointwise(3, in.height(), in.width(), 3, false);
        assertEquals(pw.multiplies(), model.getOutcome().result().counts().multiplies());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void nonSeparableKernelShowsTheEngineMessageAndSuggestsLowRank() {
        bank.set(KernelBank.of(KernelPresets.create("laplacian-8", 3, 3, 0), 3, 3, 1, 1));
        model.loadSample(Samples.byId("square"));
        model.methodProperty().set(Method.SPATIAL_SEPARABLE);
        assertNull(model.getOutcome());
        assertTrue(model.errorProperty().get().contains("not separable"), model.errorProperty().get());
        assertTrue(model.hintProperty().get().contains("low-rank"));
        model.methodProperty().set(Method.LOW_RANK);
        model.rankProperty().set(2);
        assertNotNull(model.getOutcome());
        assertEquals("", model.errorProperty().get());
        assertEquals(2, model.getOutcome().result().rank());
    }

    @Test
    void parametersChangeTheOutputShapeAndImpossibleOnesAreReported() {
        model.loadSample(Samples.byId("checkerboard"));
        assertEquals(128, model.getOutcome().result().output().width());
        model.paddingModeProperty().set(WorkbenchModel.PaddingMode.VALID);
        assertEquals(126, model.getOutcome().result().output().width());
        model.strideProperty().set(2);
        assertEquals(63, model.getOutcome().result().output().width());
        model.paddingModeProperty().set(WorkbenchModel.PaddingMode.SAME);
        assertTrue(model.errorProperty().get().contains("stride 1"), model.errorProperty().get());
        model.strideProperty().set(1);
        assertEquals("", model.errorProperty().get());
        model.filtersProperty().set(5);
        model.methodProperty().set(Method.STANDARD);
        assertEquals(5, model.getOutcome().result().output().channels());
    }

    @Test
    void grayscaleMakesOneChannelAndTheBankFollows() {
        model.loadSample(Samples.byId("astronaut"));
        assertEquals(3, model.inputProperty().get().channels());
        model.grayscaleProperty().set(true);
        assertEquals(1, model.inputProperty().get().channels());
        assertEquals(1, model.getOutcome().bank().channels());
        assertEquals(1, model.getOutcome().result().output().channels());
    }

    @Test
    void largeImagesArePreviewedDownscaledAndComputedFullSizeOnDemand() {
        Tensor big = new Tensor(1, 900, 1500);
        model.setImage("big", "pasted", big);
        Tensor in = model.inputProperty().get();
        assertEquals(WorkbenchModel.PREVIEW_MAX_SIDE, in.width());
        assertFalse(model.previewNoteProperty().get().isEmpty());
        assertFalse(model.getOutcome().fullSize());
        model.computeFullSize();
        assertTrue(model.getOutcome().fullSize());
        assertEquals(1500, model.getOutcome().result().output().width());
    }

    @Test
    void aCorruptFileKeepsThePreviousImageAndNamesTheFile(@TempDir Path dir) throws Exception {
        model.loadSample(Samples.byId("square"));
        Tensor before = model.inputProperty().get();
        Path bad = dir.resolve("broken.png");
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        model.loadFile(bad);
        assertEquals(before, model.inputProperty().get());
        assertNotNull(model.noticeProperty().get());
        assertTrue(model.noticeProperty().get().title().contains("broken.png"));
        assertTrue(model.noticeProperty().get().text().contains("broken.png"), model.noticeProperty().get().text());
    }

    @Test
    void openedFilesBecomeRecent(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dot.png");
        org.convlab.io.ImageDecoder.writePng(Samples.load(Samples.byId("impulse-dot")), f);
        model.loadFile(f);
        assertEquals("dot.png", model.imageNameProperty().get());
        assertEquals(f.toAbsolutePath().toString(), model.getRecentFiles().get(0));
    }

    @Test
    void theInspectorRedoesTheDotProduct() {
        model.loadSample(Samples.byId("square"));
        WorkbenchModel.Outcome o = model.getOutcome();
        PixelExplainer.Explanation e = PixelExplainer.explain(Method.STANDARD, o.input(), o.bank(), o.spec(),
                o.result().output(), 0, 40, 31, 0);
        // One input channel (square.png is grey), so the shown patch·weights is the whole value.
        assertEquals(e.value(), e.partialSum(), 1e-5);
        assertEquals(4f, Math.abs(e.value()), 1e-5f, "Sobel x on the left edge of the square");
    }
}
