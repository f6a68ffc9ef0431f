package org.convlab.ui.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convlab.engine.ConvResult;
import org.convlab.engine.Convolutions;
import org.convlab.engine.KernelBank;
import org.convlab.engine.Method;
import org.convlab.trace.Trace;
import org.convlab.trace.TraceRecorder;
import org.junit.jupiter.api.Test;

/**
 * One animation step is one multiply, on every method, with groups, bias, channel multiplier
 * stride 2 and dilation 2: the step total equals the engine's counted multiplies, and the
 * additions counted beside equal the engine's additions.
 */
class StepsEqualMultipliesTest {
    @Test
    void everyMethodEverySetting() {
        SceneSpec base = new SceneSpec("cross 10×10", 4, 4, "sobel-x", 3, 1, "1", 1, 2, true, 2, true, KernelBank.StandardWeights.FREE);
        int checked = 0;
        for (SceneSpec s : new SceneSpec[] {base, base.withStride(2), base.withDilation(2), base.withStride(2).withPadding("2").withDilation(2),
                base.withGroups(4), base.withGroups(1), base.withFilters(8), base.withFilters(8).withGroups(4).withStride(2),
                base.withStandard(KernelBank.StandardWeights.COMPOSED).withBias(false)}) {
            for (Method m : Method.values()) {
                Trace t = TraceRecorder.record(s.request(m));
                ConvResult e = Convolutions.runReference(s.request(m));
                assertEquals(e.counts().multiplies(), t.size(), m + " " + s);
                assertEquals(e.counts().multiplies(), t.totalMultiplies(), m + " " + s);
                assertEquals(e.counts().additions(), t.totalAdditions(), m + " " + s);
                assertEquals(e.cost().multiplies(), t.size(), m + " " + s + " CostModel");
                checked++;
            }
        }
        assertTrue(checked >= 63);
        // depthwise with F = 2·C: channel multiplier 2, two planes per input channel, each its own kernel
        Trace dw = TraceRecorder.record(base.withFilters(8).request(Method.DEPTHWISE));
        assertEquals(8, dw.meta().outputShape()[0]);
        assertTrue(!java.util.Arrays.equals(dw.meta().weights().slice(0, 0), dw.meta().weights().slice(1, 0)));
    }

    @Test
    void teachingBankGivesEachChannelItsOwnKernelAndDistinctFilters() {
        KernelBank b = SceneSpec.defaults().withChannels(3).withFilters(3).bank();
        assertTrue(!java.util.Arrays.equals(b.depthwise().slice(0, 0), b.depthwise().slice(1, 0)));
        assertTrue(!java.util.Arrays.equals(b.depthwise().slice(1, 0), b.depthwise().slice(2, 0)));
        for (int f = 1; f < 3; f++) {
            boolean differs = false;
            for (int c = 0; c < 3; c++) differs |= !java.util.Arrays.equals(b.standard().slice(0, c), b.standard().slice(f, c));
            assertTrue(differs, "filter " + f + " differs from filter 0");
        }
        // pointwise rows mix channels: more than one non-zero weight per row, rows all different
        for (int f = 0; f < 3; f++) {
            int nonZero = 0;
            for (int c = 0; c < 3; c++) if (b.pointwise().get(f, c, 0, 0) != 0) nonZero++;
            assertTrue(nonZero > 1);
        }
    }
}
