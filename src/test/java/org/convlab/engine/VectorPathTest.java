package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which kernels run, and output reuse. The build runs the engine tests twice (pom: surefire's
 * default execution with {@code --add-modules jdk.incubator.vector}, and the {@code scalar-fallback}
 * execution without it), each telling this test through {@code convlab.test.expectVector} which
 * path it must be on, so both paths are checked against the reference by the same properties.
 */
class VectorPathTest {
    @Test
    void activeExactlyWhenTheModuleIsPresentAndNotTurnedOff() {
        boolean present = ModuleLayer.boot().findModule(VectorPath.MODULE).isPresent();
        boolean off = "false".equalsIgnoreCase(System.getProperty(VectorPath.PROPERTY));
        assertEquals(present && !off, VectorPath.active());
        String expect = System.getProperty("convlab.test.expectVector");
        if (expect != null) {
            assertEquals(Boolean.parseBoolean(expect), VectorPath.active(), "this test run is meant for the "
                    + (Boolean.parseBoolean(expect) ? "Vector API" : "plain-loop") + " path: " + VectorPath.describe());
        }
        assertTrue(VectorPath.describe().contains(VectorPath.active() ? "Vector API kernels" : "plain Java loops"));
    }

    @Test
    void outputTensorIsReusedWhenItHasTheShape() {
        Random r = new Random(5);
        Tensor in = new Tensor(3, 40, 50, RandomCase.values(r, 3 * 40 * 50));
        ConvSpec same = ConvSpec.DEFAULT.withPadding(Padding.same());
        Weights dense = new Weights(5, 3, 3, 3, RandomCase.values(r, 5 * 27));
        Weights pw = new Weights(4, 3, 1, 1, RandomCase.values(r, 12));
        Weights dw = new Weights(3, 1, 3, 3, RandomCase.values(r, 27));
        Weights rank1 = new Weights(5, 3, 3, 3);
        for (int f = 0; f < 5; f++) for (int c = 0; c < 3; c++) {
            float[] col = RandomCase.values(r, 3), row = RandomCase.values(r, 3);
            for (int u = 0; u < 3; u++) for (int v = 0; v < 3; v++) rank1.set(f, c, u, v, col[u] * row[v]);
        }
        ConvRequest[] requests = {
            ConvRequest.of(Method.STANDARD, in, dense, same),
            ConvRequest.of(Method.POINTWISE, in, pw, ConvSpec.DEFAULT),
            ConvRequest.of(Method.DEPTHWISE_SEPARABLE, in, dw, same).withPointwise(pw),
            ConvRequest.of(Method.SPATIAL_SEPARABLE, in, rank1, same).keepingIntermediate(),
        };
        for (ConvRequest req : requests) {
            ConvResult fresh = Convolutions.run(req);
            ConvResult old = Convolutions.run(req);
            java.util.Arrays.fill(old.output().data(), Float.NaN); // every value must be overwritten
            if (old.intermediate() != null) java.util.Arrays.fill(old.intermediate().data(), Float.NaN);
            ConvResult reused = Convolutions.run(req, old);
            String what = req.method().toString();
            assertSame(old.output(), reused.output(), what);
            assertArrayEquals(fresh.output().data(), reused.output().data(), what);
            if (fresh.intermediate() != null) {
                assertSame(old.intermediate(), reused.intermediate(), what);
                assertArrayEquals(fresh.intermediate().data(), reused.intermediate().data(), what);
            }
            assertEquals(fresh.counts().multiplies(), reused.counts().multiplies(), what);
            // tensors of another shape are not written into
            ConvResult other = Convolutions.run(ConvRequest.of(Method.STANDARD, new Tensor(1, 4, 4), new Weights(1, 1, 1, 1),
                    ConvSpec.DEFAULT));
            assertNotSame(other.output(), Convolutions.run(req, other).output());
            assertArrayEquals(new float[16], other.output().data());
        }
        // nor is the request's own input, when the caller feeds an output back in
        ConvRequest depthwise = ConvRequest.of(Method.DEPTHWISE, in, dw, same);
        ConvResult first = Convolutions.run(depthwise);
        Tensor before = first.output().copy();
        ConvRequest again = ConvRequest.of(Method.DEPTHWISE, first.output(), dw, same);
        ConvResult second = Convolutions.run(again, first);
        assertNotSame(first.output(), second.output());
        assertArrayEquals(before.data(), first.output().data());
        assertArrayEquals(Convolutions.run(again).output().data(), second.output().data());
    }
}
