package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad input through the fast facade: a clear message, never a crash or a wrong tensor. */
class FastPathErrorsTest {

    private static String message(ConvRequest r) {
        return assertThrows(ShapeException.class, () -> Convolutions.run(r)).getMessage();
    }

    @Test
    void outputSizeNotPositiveSaysWhy() {
        Tensor in = new Tensor(1, 4, 9);
        String m = message(ConvRequest.of(Method.STANDARD, in, new Weights(1, 1, 5, 3), ConvSpec.DEFAULT));
        assertTrue(m.contains("output height would be 0") && m.contains("kernel 5"), m);
        m = message(ConvRequest.of(Method.SPATIAL_SEPARABLE, in, new Weights(1, 1, 3, 3), ConvSpec.DEFAULT.withDilation(1, 5)));
        assertTrue(m.contains("output width would be -1") && m.contains("dilation 5"), m);
        m = message(ConvRequest.of(Method.DEPTHWISE, in, new Weights(2, 1, 2, 2), ConvSpec.DEFAULT.withStride(3, 3).withDilation(4, 1)));
        assertTrue(m.contains("output height would be 0"), m);
    }

    @Test
    void groupsThatDoNotDivide() {
        Tensor in = new Tensor(6, 5, 5);
        String m = message(ConvRequest.of(Method.STANDARD, in, new Weights(4, 1, 3, 3), ConvSpec.DEFAULT.withGroups(4)));
        assertTrue(m.contains("groups 4 does not divide the 6 input channels"), m);
        m = message(ConvRequest.of(Method.STANDARD, in, new Weights(5, 2, 3, 3), ConvSpec.DEFAULT.withGroups(3)));
        assertTrue(m.contains("groups 3 does not divide the 5 filters"), m);
        m = message(ConvRequest.of(Method.DEPTHWISE, in, new Weights(9, 1, 3, 3), ConvSpec.DEFAULT));
        assertTrue(m.contains("depthwise weights must be (m·C)×1×kH×kW"), m);
    }

    @Test
    void nonFiniteValuesAreNamed() {
        Tensor in = new Tensor(2, 5, 5);
        in.set(1, 2, 3, Float.NaN);
        String m = message(ConvRequest.of(Method.STANDARD, in, new Weights(1, 2, 3, 3), ConvSpec.DEFAULT));
        assertTrue(m.contains("input has a non-finite value (NaN) at channel 1, row 2, column 3"), m);
        Weights w = new Weights(2, 1, 3, 3);
        w.data()[4] = Float.POSITIVE_INFINITY;
        m = message(ConvRequest.of(Method.DEPTHWISE, new Tensor(2, 5, 5), w, ConvSpec.DEFAULT));
        assertTrue(m.contains("weights have a non-finite value (Infinity)"), m);
        m = message(ConvRequest.of(Method.POINTWISE, new Tensor(2, 5, 5), new Weights(3, 2, 1, 1), ConvSpec.DEFAULT)
                .withBias(new float[] {0, Float.NaN, 0}));
        assertTrue(m.contains("bias has a non-finite value at 1"), m);
        m = message(ConvRequest.of(Method.LOW_RANK, in, new Weights(1, 2, 3, 3), ConvSpec.DEFAULT).withRank(2));
        assertTrue(m.contains("non-finite"), m);
    }

    @Test
    void nonFiniteValueInRowsNoWindowReadsIsStillRefused() {
        // stride 4 with a 1×1 kernel reads rows 0, 4, 8, ...: the NaN in row 5 is never multiplied
        Tensor in = new Tensor(2, 120, 90);
        in.set(1, 5, 7, Float.NaN);
        ConvSpec spec = ConvSpec.DEFAULT.withStride(4, 4);
        String m = message(ConvRequest.of(Method.STANDARD, in, new Weights(3, 2, 1, 1), spec));
        assertTrue(m.contains("at channel 1, row 5, column 7"), m);
        m = message(ConvRequest.of(Method.SPATIAL_SEPARABLE, in, new Weights(3, 2, 1, 1), spec));
        assertTrue(m.contains("at channel 1, row 5, column 7"), m);
        // valid 3×3 with stride 2 on 120 rows: the last row (119) is read by no window
        Tensor last = new Tensor(2, 120, 90);
        last.set(0, 119, 89, Float.POSITIVE_INFINITY);
        m = message(ConvRequest.of(Method.DEPTHWISE, last, new Weights(2, 1, 3, 3), ConvSpec.DEFAULT.withStride(2, 2)));
        assertTrue(m.contains("(Infinity) at channel 0, row 119, column 89"), m);
    }

    @Test
    void rankOutOfRangeAndNonSeparable() {
        Tensor in = new Tensor(1, 6, 6);
        Weights lap = Weights.of2d(new float[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
        String m = message(ConvRequest.of(Method.LOW_RANK, in, lap, ConvSpec.DEFAULT).withRank(4));
        assertTrue(m.contains("rank 4 is out of range for a 3×3 kernel (1 to 3)"), m);
        m = message(ConvRequest.of(Method.SPATIAL_SEPARABLE, in, lap, ConvSpec.DEFAULT));
        assertTrue(m.contains("numerical rank is 2") && m.contains("low-rank"), m);
    }
}
