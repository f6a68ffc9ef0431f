package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every method through the facade, against the reference loop, counts against the cost model. */
class ConvolutionsSmokeTest {
    private final Random rnd = new Random(7);

    private float[] rand(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = rnd.nextFloat() * 2 - 1;
        return a;
    }

    @Test
    void separableEqualsStandardForRankOneKernel() {
        Tensor in = new Tensor(2, 9, 11, rand(2 * 9 * 11));
        float[] col = {1, 2, 1}, row = {-1, 0, 1, 2};
        Weights w = new Weights(3, 2, 3, 4);
        for (int f = 0; f < 3; f++) for (int c = 0; c < 2; c++) for (int y = 0; y < 3; y++) for (int x = 0; x < 4; x++) {
            w.set(f, c, y, x, col[y] * row[x] * (f + 1) * (c == 0 ? 1 : -0.5f));
        }
        ConvSpec spec = new ConvSpec(2, 1, Padding.of(1, 2), 1, 2, 1);
        float[] bias = {0.1f, 0.2f, 0.3f};
        Tensor ref = ReferenceConv.conv2d(in, w, bias, spec, null);
        ConvResult sep = Convolutions.run(ConvRequest.of(Method.SPATIAL_SEPARABLE, in, w, spec).withBias(bias));
        assertTrue(ref.maxAbsDiff(sep.output()) < 1e-4f, "max diff " + ref.maxAbsDiff(sep.output()));
        assertEquals(sep.cost().multiplies(), sep.counts().multiplies());
        assertEquals(sep.cost().additions(), sep.counts().additions());
    }

    @Test
    void nonSeparableKernelIsRefusedWithItsRank() {
        Tensor in = new Tensor(1, 5, 5, rand(25));
        Weights lap = Weights.of2d(new float[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
        ShapeException e = assertThrows(ShapeException.class,
                () -> Convolutions.run(ConvRequest.of(Method.SPATIAL_SEPARABLE, in, lap, ConvSpec.DEFAULT)));
        assertTrue(e.getMessage().contains("numerical rank is 2"), e.getMessage());
        ConvResult full = Convolutions.run(ConvRequest.of(Method.LOW_RANK, in, lap, ConvSpec.DEFAULT).withRank(2));
        Tensor ref = ReferenceConv.conv2d(in, lap, null, ConvSpec.DEFAULT, null);
        assertTrue(ref.maxAbsDiff(full.output()) < 1e-5f);
        assertTrue(full.relativeError() < 1e-6);
        ConvResult one = Convolutions.run(ConvRequest.of(Method.LOW_RANK, in, lap, ConvSpec.DEFAULT).withRank(1));
        assertTrue(one.relativeError() > 0.1);
    }

    @Test
    void depthwiseSeparableMatchesComposedStandardKernel() {
        int c = 3, m = 2, f = 4;
        Tensor in = new Tensor(c, 6, 7, rand(c * 42));
        Weights dw = new Weights(c * m, 1, 3, 3, rand(c * m * 9));
        Weights pw = new Weights(f, c * m, 1, 1, rand(f * c * m));
        ConvSpec spec = ConvSpec.DEFAULT.withPadding(Padding.of(1));
        ConvResult r = Convolutions.run(ConvRequest.of(Method.DEPTHWISE_SEPARABLE, in, dw, spec).withPointwise(pw));
        // composed dense kernel: W[f, ch, u, v] = Σ_k pw[f, ch·m + k] · dw[ch·m + k, u, v]
        Weights dense = new Weights(f, c, 3, 3);
        for (int o = 0; o < f; o++) for (int ch = 0; ch < c; ch++) for (int k = 0; k < m; k++) for (int u = 0; u < 3; u++) for (int v = 0; v < 3; v++) {
            dense.set(o, ch, u, v, dense.get(o, ch, u, v) + pw.get(o, ch * m + k, 0, 0) * dw.get(ch * m + k, 0, u, v));
        }
        Tensor ref = ReferenceConv.conv2d(in, dense, null, spec, null);
        assertTrue(ref.maxAbsDiff(r.output()) < 1e-4f);
        assertEquals(c * m, r.intermediate().channels());
        assertEquals(r.cost().multiplies(), r.counts().multiplies());
        assertEquals(r.cost().additions(), r.counts().additions());
    }
}
