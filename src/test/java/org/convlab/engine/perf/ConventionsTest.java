package org.convlab.engine.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.Cost;
import org.convlab.engine.CostModel;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.junit.jupiter.api.Test;

class ConventionsTest {
    private static final ConvSpec PAD1 = ConvSpec.DEFAULT.withPadding(Padding.of(1));

    private static Map<String, Long> byName(Conventions.Report r) {
        return r.rows().stream().collect(Collectors.toMap(Conventions.Row::source, Conventions.Row::value));
    }

    @Test
    void mobileNetsTable3LayerEveryWay() {
        // MobileNets (arXiv 1704.04861) Table 3: 462 M mult-adds standard, 52.3 M separable
        Conventions.Report std = Conventions.of(Conventions.standard(512, 14, 14, 512, 3, 3, PAD1, true));
        Map<String, Long> m = byName(std);
        assertEquals(462_422_016L, std.macs());
        assertEquals(462_422_016L, m.get("papers' mult-adds"));
        assertEquals(462_422_016L, m.get("fvcore"));
        assertEquals(462_422_016L, m.get("thop"));
        assertEquals(462_422_016L + 512L * 196, m.get("ptflops"));
        assertEquals(2 * 462_422_016L, m.get("torch.utils.flop_counter"));
        assertEquals(2 * 462_422_016L + 512L * 196, m.get("FLOPs with bias"));
        // padding skipped: interior rows have 3 taps, the 2 border rows 2: (12·3 + 2·2)² = 40² per filter·channel
        assertEquals(512L * 512 * 40 * 40, std.realMacs());
        Conventions.Report dws = Conventions.of(Conventions.depthwiseSeparable(512, 14, 14, 512, 3, 3, PAD1, false));
        assertEquals(52_283_392L, dws.macs());
        assertEquals(52_283_392L, byName(dws).get("ptflops"), "no bias: ptflops = MACs");
    }

    @Property(tries = 60)
    void macsAndAdditionsAgreeWithTheEngineCounters(@ForAll @IntRange(min = 1, max = 4) int c, @ForAll @IntRange(min = 3, max = 9) int h,
                                                    @ForAll @IntRange(min = 1, max = 3) int f, @ForAll @IntRange(min = 1, max = 3) int k,
                                                    @ForAll @IntRange(min = 1, max = 2) int stride, @ForAll @IntRange(min = 0, max = 2) int pad,
                                                    @ForAll boolean bias) {
        ConvSpec spec = ConvSpec.DEFAULT.withStride(stride, stride).withPadding(Padding.of(pad));
        Tensor in = new Tensor(c, h, h + 1);
        float[] b = bias ? new float[f] : null;
        var res = Convolutions.runReference(ConvRequest.of(Method.STANDARD, in, new Weights(f, c, k, k), spec).withBias(b));
        Conventions.Report r = Conventions.of(Conventions.standard(c, h, h + 1, f, k, k, spec, bias));
        assertEquals(res.counts().multiplies(), r.macs());
        assertEquals(res.counts().additions(), r.additions());
        Cost dws = CostModel.depthwiseSeparable(c, h, h + 1, 1, f, k, k, spec, bias);
        Conventions.Report d = Conventions.of(Conventions.depthwiseSeparable(c, h, h + 1, f, k, k, spec, bias));
        assertEquals(dws.multiplies(), d.macs());
        assertEquals(dws.additions(), d.additions());
    }

    @Property(tries = 80)
    void paddingSkippedCountsOnlyTapsInsideTheInput(@ForAll @IntRange(min = 2, max = 8) int h, @ForAll @IntRange(min = 1, max = 4) int k,
                                                    @ForAll @IntRange(min = 1, max = 3) int stride, @ForAll @IntRange(min = 1, max = 2) int dil,
                                                    @ForAll @IntRange(min = 0, max = 3) int pad) {
        ConvSpec spec = new ConvSpec(stride, stride, Padding.of(pad), dil, dil, 1);
        ConvSpec.Geometry g;
        try {
            g = spec.geometry(h, h, k, k);
        } catch (RuntimeException tooSmall) {
            return;
        }
        long brute = 0;
        for (int oy = 0; oy < g.outH(); oy++) for (int ox = 0; ox < g.outW(); ox++) {
            for (int ky = 0; ky < k; ky++) for (int kx = 0; kx < k; kx++) {
                int y = oy * stride - pad + ky * dil, x = ox * stride - pad + kx * dil;
                if (y >= 0 && y < h && x >= 0 && x < h) brute++;
            }
        }
        assertEquals(2 * 3 * brute, Conventions.of(Conventions.standard(3, h, h, 2, k, k, spec, false)).realMacs());
    }

    @Test
    void hdLayerAsTwoConvsMatchesTheEngineSeparableCount() {
        List<List<Conventions.Conv>> convs = RaceLayer.HD_RGB.convs(false);
        assertEquals(3L * 1080 * 1920 * 49, Conventions.of(convs.get(0)).macs());
        Cost sep = CostModel.spatialSeparable(3, 1080, 1920, 3, 7, 7, ConvSpec.DEFAULT.withPadding(Padding.same()).withGroups(3), false);
        assertEquals(sep.multiplies(), Conventions.of(convs.get(1)).macs());
    }

    @Test
    void badLayersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Conventions.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Conventions.Conv(3, 4, 4, 4, 3, 3, ConvSpec.DEFAULT.withGroups(2), false));
    }
}
