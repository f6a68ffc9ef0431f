package org.convlab.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convlab.engine.ConvSpec;
import org.convlab.engine.CostModel;
import org.convlab.engine.Padding;
import org.junit.jupiter.api.Test;

class LayerComparisonTest {
    private static LayerComparison.Query q(int h, int w, int c, int kh, int kw, int f, int s, Padding p, int d, int g, int r) {
        return new LayerComparison.Query(h, w, c, kh, kw, f, s, p, d, g, r);
    }

    @Test
    void fourVariantsComeFromTheCostModel() {
        LayerComparison c = LayerComparison.of(q(14, 14, 512, 3, 3, 512, 1, null, 1, 1, 2));
        ConvSpec spec = ConvSpec.DEFAULT.withPadding(Padding.same());
        assertEquals(CostModel.standard(512, 14, 14, 512, 3, 3, spec, false), c.standard());
        assertEquals(CostModel.depthwiseSeparable(512, 14, 14, 1, 512, 3, 3, spec, false), c.separable());
        assertEquals(CostModel.spatialSeparable(512, 14, 14, 512, 3, 3, spec, false), c.spatialSeparable());
        assertEquals(CostModel.lowRank(512, 14, 14, 512, 3, 3, spec, 2, false), c.lowRank());
        assertEquals(462_422_016L, c.standard().multiplies());
        assertEquals("1/512 + 1/9 = 0.1131", c.reductionFormula());
    }

    @Test
    void defaultPaddingKeepsSizeAtStride1AndHalvesAtStride2() {
        assertEquals(14, LayerComparison.of(q(14, 14, 8, 3, 3, 8, 1, null, 1, 1, 1)).geometry().outH());
        LayerComparison s2 = LayerComparison.of(q(14, 14, 8, 3, 3, 8, 2, null, 1, 1, 1));
        assertEquals(7, s2.geometry().outH());
        assertEquals("1", s2.spec().padding().toString());
        assertEquals(7, LayerComparison.of(q(13, 13, 8, 5, 5, 8, 2, null, 1, 1, 1)).geometry().outW());
    }

    @Test
    void factorForNonSquareKernelsUsesKhKw() {
        assertEquals(1.0 / 16 + 1.0 / 15, LayerComparison.reductionFactor(16, 3, 5), 1e-15);
        assertEquals("1/16 + 1/3·5 = 0.1292", LayerComparison.of(q(9, 9, 4, 3, 5, 16, 1, null, 1, 1, 1)).reductionFormula());
    }

    @Test
    void badLayersAreRefusedWithAReason() {
        assertMessage(q(3, 3, 4, 5, 5, 8, 1, null, 1, 1, 1), "kernel 5×5 is larger than the 3×3 input");
        assertMessage(q(8, 8, 6, 3, 3, 8, 1, null, 1, 4, 1), "groups 4 does not divide the 6 input channels");
        assertMessage(q(8, 8, 8, 3, 3, 6, 1, null, 1, 4, 1), "groups 4 does not divide the 6 filters");
        assertMessage(q(8, 8, 8, 3, 3, 8, 1, null, 1, 1, 4), "rank must be between 1 and min(K_h, K_w) = 3");
        assertMessage(q(8, 8, 0, 3, 3, 8, 1, null, 1, 1, 1), "input channels must be ≥ 1");
        assertMessage(q(8, 8, 8, 3, 3, 8, 1, Padding.valid(), 5, 1, 1), "output height would be");
    }

    private static void assertMessage(LayerComparison.Query q, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerComparison.of(q));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
