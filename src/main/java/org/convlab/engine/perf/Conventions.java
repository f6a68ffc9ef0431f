package org.convlab.engine.perf;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.ConvSpec;

/**
 * One layer's cost the ways people and tools report it. All counts are for batch 1; a method of
 * several convolutions (depthwise-separable = depthwise + pointwise) is the sum of its parts,
 * as the hook-based counters sum every {@code Conv2d} they see. Sources in docs/COUNTING.md:
 * <ul>
 *   <li>MACs: F·H_out·W_out·(C/groups)·K_h·K_w multiply-accumulates, padded taps included
 *       (what ConvLab's engine counts as multiplies, MobileNets' "mult-adds").</li>
 *   <li>ptflops ({@code conv_flops_counter_hook}): MACs + one per output value for the bias.</li>
 *   <li>fvcore ({@code conv_flop_count}): MACs, called "flops" (one per multiply-add), bias ignored.</li>
 *   <li>thop ({@code calculate_conv2d_flops}): MACs, bias ignored.</li>
 *   <li>{@code torch.utils.flop_counter} ({@code conv_flop_count}): 2 × MACs, bias ignored.</li>
 * </ul>
 */
public final class Conventions {
    private Conventions() { }

    /** One convolution: input C×H×W, F filters of kH×kW, stride/padding/dilation/groups, with or without bias. */
    public record Conv(int channels, int height, int width, int filters, int kh, int kw, ConvSpec spec, boolean bias) {
        public Conv {
            if (channels < 1 || height < 1 || width < 1 || filters < 1 || kh < 1 || kw < 1) {
                throw new IllegalArgumentException("sizes must be ≥ 1");
            }
            if (channels % spec.groups() != 0 || filters % spec.groups() != 0) {
                throw new IllegalArgumentException("groups " + spec.groups() + " must divide C = " + channels + " and F = " + filters);
            }
        }

        ConvSpec.Geometry geometry() { return spec.geometry(height, width, kh, kw); }

        long outputs() {
            ConvSpec.Geometry g = geometry();
            return (long) filters * g.outH() * g.outW();
        }

        long macs() { return outputs() * (channels / spec.groups()) * kh * kw; }

        /** Multiplies whose input tap lies inside the image (padding zeros not counted). */
        long realMacs() {
            ConvSpec.Geometry g = geometry();
            long rows = inside(g.outH(), spec.strideH(), spec.dilationH(), g.padTop(), kh, height);
            long cols = inside(g.outW(), spec.strideW(), spec.dilationW(), g.padLeft(), kw, width);
            return (long) filters * (channels / spec.groups()) * rows * cols;
        }

        private static long inside(int out, int stride, int dilation, int padBefore, int k, int n) {
            long total = 0;
            for (int o = 0; o < out; o++) {
                for (int t = 0; t < k; t++) {
                    int p = o * stride - padBefore + t * dilation;
                    if (p >= 0 && p < n) total++;
                }
            }
            return total;
        }
    }

    /** One way of reporting: who, what they call it, the number, and the rule. */
    public record Row(String source, String unit, long value, String rule) { }

    /** The whole comparison for a list of convolutions run one after the other. */
    public record Report(long macs, long realMacs, long biasAdds, long additions, List<Row> rows) {
        public long flops() { return 2 * macs; }
    }

    public static Report of(List<Conv> convs) {
        if (convs.isEmpty()) throw new IllegalArgumentException("no convolution");
        long macs = 0, real = 0, bias = 0, adds = 0;
        for (Conv c : convs) {
            long m = c.macs(), outs = c.outputs();
            macs += m;
            real += c.realMacs();
            long b = c.bias() ? outs : 0;
            bias += b;
            adds += m - outs + b; // n − 1 additions per dot product of n taps, one more for a bias
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("MACs (padded taps counted)", "MAC", macs, "F·H_out·W_out·(C/g)·K_h·K_w; ConvLab's multiplies"));
        rows.add(new Row("MACs, padding skipped", "MAC", real, "only taps that land inside the input"));
        rows.add(new Row("FLOPs = 2 × MACs", "FLOP", 2 * macs, "one multiply + one add per MAC, bias ignored"));
        rows.add(new Row("FLOPs with bias", "FLOP", 2 * macs + bias, "2 × MACs + one add per output for the bias"));
        rows.add(new Row("exact operations", "mul + add", macs + adds, "n multiplies, n − 1 adds per output, +1 with bias"));
        rows.add(new Row("papers' mult-adds", "mult-add", macs, "MobileNets' D_K·D_K·M·N·D_F·D_F; no bias"));
        rows.add(new Row("ptflops", "MAC", macs + bias, "MACs + bias (conv_flops_counter_hook)"));
        rows.add(new Row("fvcore", "\"flop\"", macs, "one flop per MAC, bias ignored (conv_flop_count)"));
        rows.add(new Row("thop", "MAC", macs, "MACs, bias ignored (calculate_conv2d_flops)"));
        rows.add(new Row("torch.utils.flop_counter", "FLOP", 2 * macs, "2 × MACs, bias ignored (conv_flop_count)"));
        return new Report(macs, real, bias, adds, List.copyOf(rows));
    }

    /** A standard (grouped) convolution as one {@link Conv}. */
    public static List<Conv> standard(int c, int h, int w, int f, int kh, int kw, ConvSpec spec, boolean bias) {
        return List.of(new Conv(c, h, w, f, kh, kw, spec, bias));
    }

    /** Depthwise (groups C, no bias) then pointwise to F (with the bias, if any), as two convolutions. */
    public static List<Conv> depthwiseSeparable(int c, int h, int w, int f, int kh, int kw, ConvSpec spec, boolean bias) {
        ConvSpec dw = spec.withGroups(c);
        ConvSpec.Geometry g = dw.geometry(h, w, kh, kw);
        return List.of(new Conv(c, h, w, c, kh, kw, dw, false),
                new Conv(c, g.outH(), g.outW(), f, 1, 1, ConvSpec.DEFAULT, bias));
    }
}
