package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-checked cases for the oracle itself (the torch vectors check it more broadly). */
class ReferenceConvTest {

    @Test
    void crossCorrelatesWithoutFlipping() {
        Tensor in = new Tensor(1, 3, 3, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Weights k = Weights.of2d(new float[][] {{1, 0}, {0, 2}});
        Tensor out = ReferenceConv.conv2d(in, k, null, ConvSpec.DEFAULT, null);
        // out[0,0] = 1·1 + 5·2 = 11; out[0,1] = 2 + 12 = 14; out[1,0] = 4 + 16 = 20; out[1,1] = 5 + 18 = 23
        assertArrayEquals(new float[] {11, 14, 20, 23}, out.data());
    }

    @Test
    void paddingStrideDilationAndBias() {
        Tensor in = new Tensor(1, 4, 4);
        for (int i = 0; i < 16; i++) in.data()[i] = i + 1;
        Weights k = Weights.of2d(new float[][] {{1, 1}, {1, 1}});
        ConvSpec spec = new ConvSpec(2, 2, Padding.of(1), 2, 2, 1);
        Tensor out = ReferenceConv.conv2d(in, k, new float[] {0.5f}, spec, null);
        // padded 6×6, dilated extent 3, stride 2 → floor((4+2−3)/2)+1 = 2
        assertEquals(2, out.height());
        // window at (−1,−1): taps (−1,−1),(−1,1),(1,−1),(1,1) → only in[1][1] = 6
        assertEquals(6.5f, out.get(0, 0, 0));
        // window at (−1,1): taps (−1,1),(−1,3),(1,1),(1,3) → in[1][1] + in[1][3] = 6 + 8
        assertEquals(14.5f, out.get(0, 0, 1));
    }

    @Test
    void countsEveryTapIncludingPadding() {
        Tensor in = new Tensor(2, 5, 4);
        Weights w = new Weights(3, 2, 3, 3);
        Counts counts = new Counts();
        ReferenceConv.conv2d(in, w, new float[3], ConvSpec.DEFAULT.withPadding(Padding.same()), counts);
        Cost cost = CostModel.standard(2, 5, 4, 3, 3, 3, ConvSpec.DEFAULT.withPadding(Padding.same()), true);
        assertEquals(3L * 5 * 4 * 2 * 9, counts.multiplies());
        assertEquals(cost.multiplies(), counts.multiplies());
        assertEquals(cost.additions(), counts.additions());
    }

    @Test
    void outputSizeUsesFloorDivisionAndRefusesEmptyOutput() {
        assertEquals(1, ConvSpec.outputSize("height", 1, 1, 3, 1, 0, 0));
        assertEquals(2, ConvSpec.outputSize("height", 5, 3, 2, 1, 0, 0));
        ShapeException e = assertThrows(ShapeException.class, () -> ConvSpec.outputSize("width", 2, 3, 2, 1, 0, 0));
        assertTrue(e.getMessage().contains("output width would be 0"), e.getMessage());
        // numerator −2 with stride 3: Java's / would give 0 → size 1; floor gives −1 → size 0
        assertThrows(ShapeException.class, () -> ConvSpec.outputSize("height", 1, 4, 3, 1, 0, 0));
    }

    @Test
    void refusesGroupsThatDoNotDivideAndNaN() {
        Tensor in = new Tensor(3, 4, 4);
        assertThrows(ShapeException.class,
                () -> ReferenceConv.conv2d(in, new Weights(4, 1, 3, 3), null, ConvSpec.DEFAULT.withGroups(2), null));
        in.data()[5] = Float.NaN;
        ShapeException e = assertThrows(ShapeException.class,
                () -> ReferenceConv.conv2d(in, new Weights(1, 3, 3, 3), null, ConvSpec.DEFAULT, null));
        assertTrue(e.getMessage().contains("non-finite"), e.getMessage());
    }
}
