package org.convlab.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Weights;
import org.convlab.ui.kernel.KernelDesignerModel.Layer;
import org.junit.jupiter.api.Test;

/** The kernel designer's model, without a robot. */
class KernelDesignerModelTest {
    private final KernelDesignerModel m = new KernelDesignerModel();

    @Test
    void everyPresetApplies() {
        for (String id : KernelPresets.IDS) {
            m.resize(5, 5);
            m.applyPreset(id, id.equals("gaussian") ? 1.0 : 7);
            float[] expected = KernelPresets.create(id, m.getKernelHeight(), m.getKernelWidth(), id.equals("gaussian") ? 1.0 : 7);
            assertArrayEquals(expected, m.getKernel(), id);
            assertEquals(KernelPresets.isFixedSize(id) ? 3 : 5, m.getKernelHeight(), id + " size");
        }
        m.applyPreset("random-rank1", 3);
        assertEquals(1, m.factorizationProperty().get().rank());
    }

    @Test
    void gaussianSigmaAndRandomSeedMatter() {
        m.resize(7, 7);
        m.applyPreset("gaussian", 1.0);
        float[] narrow = m.getKernel();
        m.applyPreset("gaussian", 2.5);
        assertTrue(m.getKernel()[24] < narrow[24], "a wider σ lowers the centre weight");
        assertEquals(1.0, KernelOps.sum(m.getKernel()), 1e-5);
        m.applyPreset("random", 1);
        float[] r1 = m.getKernel();
        m.applyPreset("random", 2);
        assertFalse(java.util.Arrays.equals(r1, m.getKernel()));
    }

    @Test
    void resizeKeepsTheCentredOverlap() {
        m.applyPreset("sobel-x", 0);
        m.resize(5, 5);
        float[] k = m.getKernel();
        assertEquals(25, k.length);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, -1, 0, 1, 0, 0, -2, 0, 2, 0, 0, -1, 0, 1, 0, 0, 0, 0, 0, 0}, k);
        m.resize(3, 3);
        assertArrayEquals(KernelPresets.create("sobel-x", 3, 3, 0), m.getKernel());
        m.resize(2, 4);
        assertEquals(8, m.getKernel().length);
        assertArrayEquals(new float[] {-2, 0, 2, 0, -1, 0, 1, 0}, m.getKernel(), "centre (1,1) → new centre (0,1)");
        assertEquals(2, m.getBank().standard().kernelHeight());
        assertEquals(4, m.getBank().depthwise().kernelWidth());
        assertThrows(IllegalArgumentException.class, () -> m.resize(16, 3));
        assertThrows(IllegalArgumentException.class, () -> m.resize(0, 3));
    }

    @Test
    void transposeAndFlips() {
        m.applyPreset("sobel-x", 0);
        m.transpose();
        assertArrayEquals(KernelPresets.create("sobel-y", 3, 3, 0), m.getKernel());
        m.flipVertical();
        assertArrayEquals(new float[] {1, 2, 1, 0, 0, 0, -1, -2, -1}, m.getKernel());
        m.paste("1 2 3\n4 5 6");
        m.flipHorizontal();
        assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4}, m.getKernel());
        m.transpose();
        assertEquals(3, m.getKernelHeight());
        assertEquals(2, m.getKernelWidth());
        assertArrayEquals(new float[] {3, 6, 2, 5, 1, 4}, m.getKernel());
    }

    @Test
    void normalizeSumOrL1AndScale() {
        m.paste("1 2 1");
        m.normalize();
        assertArrayEquals(new float[] {0.25f, 0.5f, 0.25f}, m.getKernel());
        assertTrue(m.statusProperty().get().contains("sum to 1"));
        m.applyPreset("sobel-x", 0);
        m.normalize();
        assertEquals(1.0, KernelOps.l1(m.getKernel()), 1e-6);
        assertEquals(0.25f, m.getKernel()[5], 1e-7);
        assertTrue(m.statusProperty().get().contains("absolute"));
        m.scale(-4);
        assertEquals(-1f, m.getKernel()[5], 1e-7);
        m.paste("0 0\n0 0");
        assertThrows(IllegalArgumentException.class, m::normalize);
        assertThrows(IllegalArgumentException.class, () -> m.scale(Double.NaN));
    }

    @Test
    void undoRedoIsBoundedAndRestores() {
        float[] start = m.getKernel();
        m.applyPreset("laplacian-4", 0);
        m.setCell(1, 1, -5);
        assertEquals(-5f, m.getKernel()[4]);
        m.undo();
        assertArrayEquals(KernelPresets.create("laplacian-4", 3, 3, 0), m.getKernel());
        m.undo();
        assertArrayEquals(start, m.getKernel());
        assertFalse(m.canUndoProperty().get());
        m.redo();
        m.redo();
        assertEquals(-5f, m.getKernel()[4]);
        assertFalse(m.canRedoProperty().get());
        m.undo();
        m.scale(2);
        assertFalse(m.canRedoProperty().get(), "a new edit clears redo");
        for (int i = 0; i < KernelDesignerModel.HISTORY_LIMIT + 50; i++) m.setCell(0, 0, i + 1);
        int undos = 0;
        while (m.canUndoProperty().get()) { m.undo(); undos++; }
        assertEquals(KernelDesignerModel.HISTORY_LIMIT, undos);
    }

    @Test
    void aDragIsOneUndoStep() {
        m.applyPreset("identity", 0);
        m.beginGesture();
        for (int i = 0; i < 10; i++) m.adjustCell(0, 0, 0.1, 0.01);
        m.endGesture();
        assertEquals(1.0f, m.getKernel()[0], 1e-6);
        m.undo();
        assertEquals(0f, m.getKernel()[0]);
    }

    @Test
    void pasteParsesManyStylesAndRejectsBadText() {
        m.paste("1, 2, 3\n4\t5\t6\n");
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, m.getKernel());
        m.paste("[[1, 0], [0, -1.5]]");
        assertArrayEquals(new float[] {1, 0, 0, -1.5f}, m.getKernel());
        m.paste("array([[ 1.,  2.],\n       [ 3.,  4.]], dtype=float32)");
        assertArrayEquals(new float[] {1, 2, 3, 4}, m.getKernel());
        m.paste("[1 2; 3 4]");
        assertArrayEquals(new float[] {1, 2, 3, 4}, m.getKernel());
        m.paste("\u22121 0 1");
        assertArrayEquals(new float[] {-1, 0, 1}, m.getKernel());
        float[] before = m.getKernel();
        assertMessage("line 2 has 2 value(s) but line 1 has 3", () -> m.paste("1 2 3\n4 5"));
        assertMessage("'x' on line 1 is not a number", () -> m.paste("1 x 3"));
        assertMessage("empty", () -> m.paste("  \n "));
        assertMessage("not a number", () -> m.paste("1 NaN"));
        assertMessage("unbalanced", () -> m.paste("[[1, 2], [3, 4]"));
        assertMessage("15×15", () -> m.paste("1 ".repeat(16)));
        assertArrayEquals(before, m.getKernel(), "bad text changes nothing");
        assertTrue(m.copyText().equals("-1 0 1\n"));
        assertEquals("[[-1, 0, 1]]", m.copyNumpy());
    }

    private static void assertMessage(String part, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void cellLabelsAreShort() {
        assertEquals("0.159", KernelText.compact(0.15915494f));
        assertEquals("-2", KernelText.compact(-2f));
        assertEquals("2.4e-4", KernelText.compact(0.00024f));
        assertEquals("-2e-5", KernelText.compact(-0.00002f));
        assertEquals("1.2e5", KernelText.compact(123456f));
        assertEquals("123.5", KernelText.compact(123.45f));
        assertEquals("0", KernelText.compact(0.0001f * 0));
        assertEquals("0.0625", KernelText.exact(0.0625f));
    }

    @Test
    void copyTextRoundTrips() {
        m.resize(5, 5);
        m.applyPreset("gaussian", 1.3);
        float[] g = m.getKernel();
        m.paste(m.copyText());
        assertArrayEquals(g, m.getKernel());
        m.paste(m.copyNumpy());
        assertArrayEquals(g, m.getKernel());
    }

    @Test
    void sobelIsRankOneWithColumn121() {
        m.applyPreset("sobel-x", 0);
        Factorization f = m.factorizationProperty().get();
        assertEquals(1, f.rank());
        assertTrue(f.separable() && f.exact());
        double[] c = f.column();
        assertEquals(2.0, c[1] / c[0], 1e-9);
        assertEquals(1.0, c[2] / c[0], 1e-9);
        double[] r = f.row();
        assertEquals(0.0, r[1], 1e-9);
        assertEquals(-1.0, r[2] / r[0], 1e-9);
        assertTrue(f.maxAbsDifference() < 1e-6);
        assertEquals(0.0, f.errors()[0], 1e-9);
        assertEquals(Math.sqrt(2) * Math.sqrt(6), f.singularValues()[0], 1e-9);
        assertEquals("[1 2 1]ᵀ × [-1 0 1]", f.integerForm());
        m.transpose();
        String y = m.factorizationProperty().get().integerForm();
        assertTrue(y.equals("[-1 0 1]ᵀ × [1 2 1]") || y.equals("[1 0 -1]ᵀ × [-1 -2 -1]"), y); // sign of a tie is EJML's choice
        m.resize(5, 5);
        m.applyPreset("gaussian", 1.0);
        assertEquals(1, m.factorizationProperty().get().rank());
        assertNull(m.factorizationProperty().get().integerForm(), "Gaussian weights are not whole-number ratios");
    }

    @Test
    void laplacianIsRankTwo() {
        m.applyPreset("laplacian-4", 0);
        Factorization f = m.factorizationProperty().get();
        assertEquals(2, f.rank());
        assertFalse(f.separable());
        assertNull(f.column());
        assertTrue(f.errors()[0] > 0.1);
        assertEquals(0.0, f.errors()[1], 1e-6);
        assertEquals(3, f.singularValues().length);
        assertEquals(0.0, f.singularValues()[2], 1e-6);
    }

    @Test
    void bankFollowsKernelChannelsAndFilters() {
        List<KernelBank> seen = new ArrayList<>();
        m.bankProperty().addListener((o, a, b) -> seen.add(b));
        m.applyPreset("box", 0);
        assertEquals(1, seen.size());
        KernelBank b = m.getBank();
        assertArrayEquals(m.getKernel(), b.kernel().data());
        assertArrayEquals(m.getKernel(), b.depthwise().slice(2, 0));
        m.channelsProperty().set(1);
        m.filtersProperty().set(4);
        b = m.getBank();
        assertEquals(1, b.channels());
        assertEquals(4, b.filters());
        assertEquals(4, b.standard().filters());
        assertArrayEquals(KernelBank.compose(b.depthwise(), b.pointwise()).data(), b.standard().data());
        assertNotSame(b.kernel().data(), m.getKernel());
    }

    @Test
    void multiChannelLayersAreEditableAndRecompose() {
        m.applyPreset("identity", 0);
        m.layerProperty().set(Layer.DEPTHWISE);
        m.channelIndexProperty().set(1);
        m.applyPreset("sobel-x", 0);
        KernelBank b = m.getBank();
        assertArrayEquals(KernelPresets.create("identity", 3, 3, 0), b.depthwise().slice(0, 0));
        assertArrayEquals(KernelPresets.create("sobel-x", 3, 3, 0), b.depthwise().slice(1, 0));
        assertArrayEquals(KernelBank.compose(b.depthwise(), b.pointwise()).data(), b.standard().data(), "standard follows dw × pw");

        m.layerProperty().set(Layer.POINTWISE);
        assertEquals(3, m.gridRows());
        assertEquals(3, m.gridCols());
        m.paste("1 1 1\n0 1 0\n0 0 2");
        assertEquals(2f, m.getBank().pointwise().get(2, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> m.paste("1 2\n3 4"));
        assertArrayEquals(KernelBank.compose(m.getBank().depthwise(), m.getBank().pointwise()).data(), m.getBank().standard().data());

        m.layerProperty().set(Layer.STANDARD);
        m.filterIndexProperty().set(2);
        m.channelIndexProperty().set(0);
        m.setCell(0, 0, 9);
        assertEquals(9f, m.getBank().standard().get(2, 0, 0, 0));
        assertFalse(m.getState().standardIsComposition());
        m.layerProperty().set(Layer.KERNEL);
        m.scale(2);
        assertEquals(9f, m.getBank().standard().get(2, 0, 0, 0), "a custom standard slice survives kernel edits");
        m.recompose();
        assertTrue(m.getState().standardIsComposition());
        m.layerProperty().set(Layer.DEPTHWISE);
        m.resetDepthwise();
        assertArrayEquals(m.getKernel(), m.getBank().depthwise().slice(1, 0));
    }

    @Test
    void undoAfterTheImageChangedKeepsTheNewChannelCount() {
        m.applyPreset("box", 0);
        m.channelsProperty().set(1);
        m.filtersProperty().set(2);
        m.undo();
        assertArrayEquals(KernelPresets.create("sobel-x", 3, 3, 0), m.getKernel());
        assertEquals(1, m.getBank().channels());
        assertEquals(2, m.getBank().filters());
        m.redo();
        assertEquals(1, m.getBank().channels());
    }

    @Test
    void loadChecksShapes() {
        m.load(Layer.KERNEL, Weights.of2d(new float[][] {{1, 2}, {3, 4}, {5, 6}}));
        assertEquals(3, m.getKernelHeight());
        assertEquals(2, m.getKernelWidth());
        assertThrows(IllegalArgumentException.class, () -> m.load(Layer.POINTWISE, new Weights(2, 3, 1, 1)));
        m.load(Layer.POINTWISE, new Weights(3, 3, 1, 1, new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1}));
        assertEquals(0f, m.getBank().pointwise().get(0, 1, 0, 0));
    }
}
