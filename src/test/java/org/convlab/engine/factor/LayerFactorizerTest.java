package org.convlab.engine.factor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Counts;
import org.convlab.engine.Padding;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.junit.jupiter.api.Test;

/** Shapes, costs, exact cases and refusals of {@link LayerFactorizer}. */
class LayerFactorizerTest {
    private static final ConvSpec PAD1 = ConvSpec.DEFAULT.withPadding(Padding.of(1));

    static Weights random(long seed, int f, int c, int kh, int kw) {
        return new Weights(f, c, kh, kw, LayerFactorizerPropertiesTest.values(new Random(seed), f * c * kh * kw));
    }

    @Test
    void schemeIdsRoundTripAndUnknownNamesListTheKnownOnes() {
        for (Scheme s : Scheme.values()) assertEquals(s, Scheme.parse(s.id()));
        assertEquals(Scheme.TUCKER2, Scheme.parse(" Tucker2 "));
        assertEquals(Scheme.FILTER_SVD, Scheme.parse("FILTER_SVD"));
        ShapeException e = assertThrows(ShapeException.class, () -> Scheme.parse("cp"));
        assertEquals("unknown scheme 'cp' (known: filter-svd, spatial-svd, depthwise-separable, tucker2)", e.getMessage());
    }

    @Test
    void stageShapesAndSettingsFollowEachScheme() {
        Weights w = random(1, 8, 5, 3, 3);
        ConvSpec layer = new ConvSpec(2, 2, Padding.of(1, 1), 1, 1, 1);
        LayerFactorization fs = LayerFactorizer.factor(w, layer, Scheme.FILTER_SVD, 3, 0);
        assertEquals("basis", fs.stages().get(0).name());
        assertEquals("3×5×3×3", fs.stages().get(0).weights().shapeString());
        assertEquals(layer, fs.stages().get(0).spec());
        assertEquals("8×3×1×1", fs.stages().get(1).weights().shapeString());
        assertEquals(3L * 5 * 9 + 8 * 3, fs.parameters());

        LayerFactorization sp = LayerFactorizer.factor(w, layer, Scheme.SPATIAL_SVD, 4, 0);
        assertEquals("4×5×3×1", sp.stages().get(0).weights().shapeString());
        assertEquals(new ConvSpec(2, 1, Padding.of(1, 0), 1, 1, 1), sp.stages().get(0).spec());
        assertEquals("8×4×1×3", sp.stages().get(1).weights().shapeString());
        assertEquals(new ConvSpec(1, 2, Padding.of(0, 1), 1, 1, 1), sp.stages().get(1).spec());

        LayerFactorization dws = LayerFactorizer.factor(w, layer, Scheme.DEPTHWISE_SEPARABLE, 2, 0);
        assertEquals("10×1×3×3", dws.stages().get(0).weights().shapeString());
        assertEquals(5, dws.stages().get(0).spec().groups());
        assertEquals("8×10×1×1", dws.stages().get(1).weights().shapeString());

        LayerFactorization t = LayerFactorizer.factor(w, layer, Scheme.TUCKER2, 2, 4);
        assertArrayEquals(new int[] {2, 4}, t.ranks());
        assertEquals("2×5×1×1", t.stages().get(0).weights().shapeString());
        assertEquals("4×2×3×3", t.stages().get(1).weights().shapeString());
        assertEquals(layer, t.stages().get(1).spec());
        assertEquals("8×4×1×1", t.stages().get(2).weights().shapeString());
        assertArrayEquals(new int[] {3, 3}, LayerFactorizer.factor(w, layer, Scheme.TUCKER2, 3, 0).ranks());
    }

    @Test
    void multipliesInClosedForm() {
        // 14×14×512 layer, 3×3, 512 filters, padding 1 (the example): standard 462.4 M
        Weights w = new Weights(512, 512, 3, 3);
        assertEquals(462_422_016L, LayerFactorizer.standardMultiplies(w, PAD1, 14, 14));
        long hw = 14 * 14;
        assertEquals(hw * (2 * 512 * 9 + 512 * 2), LayerFactorizer.multiplies(w, PAD1, Scheme.FILTER_SVD, 2, 0, 14, 14));
        assertEquals(hw * (2 * 512 * 3 + 512 * 2 * 3), LayerFactorizer.multiplies(w, PAD1, Scheme.SPATIAL_SVD, 2, 0, 14, 14));
        assertEquals(hw * (2 * 512 * 9 + 512 * 1024), LayerFactorizer.multiplies(w, PAD1, Scheme.DEPTHWISE_SEPARABLE, 2, 0, 14, 14));
        assertEquals(hw * (512 * 64 + 64 * 32 * 9 + 32 * 512), LayerFactorizer.multiplies(w, PAD1, Scheme.TUCKER2, 64, 32, 14, 14));
        // break-even: filter-svd r·(C·9 + F) < F·C·9 ⇔ r < 460.8; depthwise-separable m·(9 + F) < 9·F ⇔ m < 8.86
        assertEquals(460, LayerFactorizer.breakEvenRank(w, PAD1, Scheme.FILTER_SVD, 14, 14));
        assertEquals(8, LayerFactorizer.breakEvenRank(w, PAD1, Scheme.DEPTHWISE_SEPARABLE, 14, 14));
        // spatial-svd r·(C·3 + F·3) < F·C·9 ⇔ r < 768, capped by max rank min(C·3, 3·F) = 1536: 767
        assertEquals(767, LayerFactorizer.breakEvenRank(w, PAD1, Scheme.SPATIAL_SVD, 14, 14));
        // tucker2 r·C + 9·r² + r·F < 9·F·C ⇔ 9r² + 1024r − 2 359 296 < 0 ⇔ r < 458.3: 458
        assertEquals(458, LayerFactorizer.breakEvenRank(w, PAD1, Scheme.TUCKER2, 14, 14));
    }

    @Test
    void breakEvenIsZeroWhenEvenRankOneCostsMore() {
        // a 1×1 layer: filter-svd at rank 1 costs C + F per pixel against C·F
        Weights w = random(2, 1, 1, 1, 1);
        assertEquals(0, LayerFactorizer.breakEvenRank(w, ConvSpec.DEFAULT, Scheme.FILTER_SVD, 5, 5));
        // depthwise-separable pays off only when F·kH·kW > m·(kH·kW + F): never for one filter
        Weights small = random(3, 1, 4, 3, 3);
        assertEquals(0, LayerFactorizer.breakEvenRank(small, PAD1, Scheme.DEPTHWISE_SEPARABLE, 8, 8));
    }

    @Test
    void aDepthwiseSeparableLayerIsExactAtMultiplierOne() {
        // W[f, c] = pw[f, c] · dw[c]: a standard layer that is depthwise-separable
        Random r = new Random(4);
        int f = 6, c = 3, p = 9;
        float[] dw = LayerFactorizerPropertiesTest.values(r, c * p), pw = LayerFactorizerPropertiesTest.values(r, f * c);
        float[] d = new float[f * c * p];
        for (int fi = 0; fi < f; fi++) for (int ci = 0; ci < c; ci++) for (int q = 0; q < p; q++) d[(fi * c + ci) * p + q] = pw[fi * c + ci] * dw[ci * p + q];
        Weights w = new Weights(f, c, 3, 3, d);
        LayerFactorization m1 = LayerFactorizer.factor(w, PAD1, Scheme.DEPTHWISE_SEPARABLE, 1, 0);
        assertTrue(m1.relativeError() < 1e-6, "error " + m1.relativeError());
        double[][] per = LayerFactorizer.channelSingularValues(w);
        for (double[] s : per) assertTrue(s[1] < 1e-5 * s[0], "channel spectrum " + java.util.Arrays.toString(s));
        // a random layer is not
        assertTrue(LayerFactorizer.factor(random(5, f, c, 3, 3), PAD1, Scheme.DEPTHWISE_SEPARABLE, 1, 0).relativeError() > 0.3);
    }

    @Test
    void tuckerSpectraAreTheModeUnfoldings() {
        Weights w = random(6, 7, 4, 3, 2);
        assertArrayEquals(LayerFactorizer.singularValues(w, Scheme.FILTER_SVD), LayerFactorizer.singularValues(w, Scheme.TUCKER2));
        double[] carried = LayerFactorizer.factor(w, PAD1, Scheme.TUCKER2, 2, 3).singularValues();
        assertArrayEquals(LayerFactorizer.singularValues(w, Scheme.TUCKER2), carried, 1e-12);
        assertEquals(4, LayerFactorizer.modeSingularValues(w, 1).length);
        assertEquals(7, LayerFactorizer.modeSingularValues(w, 0).length);
        assertArrayEquals(new int[] {4, 7}, LayerFactorizer.maxRanks(w, Scheme.TUCKER2));
        assertEquals(4, LayerFactorizer.maxRank(w, Scheme.TUCKER2));
        // Frobenius norm is the same whichever way W is unfolded
        double a = 0, b = 0;
        for (double s : LayerFactorizer.modeSingularValues(w, 0)) a += s * s;
        for (double s : LayerFactorizer.modeSingularValues(w, 1)) b += s * s;
        assertEquals(a, b, 1e-9 * a);
    }

    @Test
    void zeroWeightsHaveZeroError() {
        LayerFactorization f = LayerFactorizer.factor(new Weights(3, 2, 3, 3), PAD1, Scheme.SPATIAL_SVD, 1, 0);
        assertEquals(0, f.relativeError());
    }

    @Test
    void refusals() {
        Weights w = random(7, 4, 3, 3, 3);
        assertEquals("rank 0 is out of range for filter-svd of weights 4×3×3×3 (1 to 4)",
                assertThrows(ShapeException.class, () -> LayerFactorizer.factor(w, PAD1, Scheme.FILTER_SVD, 0, 0)).getMessage());
        assertEquals("rank 10 is out of range for depthwise-separable of weights 4×3×3×3 (1 to 4)",
                assertThrows(ShapeException.class, () -> LayerFactorizer.factor(w, PAD1, Scheme.DEPTHWISE_SEPARABLE, 10, 0)).getMessage());
        assertEquals("R_out 5 is out of range for tucker2 of weights 4×3×3×3 (1 to 4)",
                assertThrows(ShapeException.class, () -> LayerFactorizer.factor(w, PAD1, Scheme.TUCKER2, 2, 5)).getMessage());
        assertEquals("filter-svd factors an ungrouped layer (groups 1), got groups 3",
                assertThrows(ShapeException.class, () -> LayerFactorizer.factor(w, PAD1.withGroups(3), Scheme.FILTER_SVD, 1, 0)).getMessage());
        Weights nan = w.copy();
        nan.set(2, 1, 0, 2, Float.NaN);
        assertEquals("weights have a non-finite value at [filter 2, channel 1, row 0, column 2]",
                assertThrows(ShapeException.class, () -> LayerFactorizer.factor(nan, PAD1, Scheme.TUCKER2, 1, 1)).getMessage());
        LayerFactorization f = LayerFactorizer.factor(w, PAD1, Scheme.FILTER_SVD, 2, 0);
        assertEquals("the factored layer expects 3 input channels, got 2 (input 2×5×5)",
                assertThrows(ShapeException.class, () -> LayerFactorizer.run(f, new Tensor(2, 5, 5), null, new Counts())).getMessage());
        assertEquals("bias has 3 values, the factored layer has 4 filters",
                assertThrows(ShapeException.class, () -> LayerFactorizer.run(f, new Tensor(3, 5, 5), new float[3], null)).getMessage());
    }

    @Test
    void countsAreOptionalAndTheBiasComesLast() {
        Weights w = random(8, 4, 3, 3, 3);
        LayerFactorization f = LayerFactorizer.factor(w, PAD1, Scheme.TUCKER2, 3, 4);
        Tensor x = new Tensor(3, 6, 6, LayerFactorizerPropertiesTest.values(new Random(9), 3 * 36));
        float[] bias = {1, -2, 3, 0.5f};
        Tensor plain = LayerFactorizer.run(f, x, null, null), biased = LayerFactorizer.run(f, x, bias, null);
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 36; i++) assertEquals(plain.data()[c * 36 + i] + bias[c], biased.data()[c * 36 + i], 1e-5);
        }
        assertEquals(3, LayerFactorizer.runStages(f, x, bias, null).size());
    }
}
