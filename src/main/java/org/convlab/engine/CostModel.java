package org.convlab.engine;

/**
 * Closed-form operation counts, the textbook side of every counter in the engine. The loops
 * count independently; tests check that both agree for many random shapes.
 *
 * <p>Conventions (the same in every loop):
 * <ul>
 *   <li>A dot product of n taps costs n multiplies and n − 1 additions; a bias adds one more.
 *       Padded taps are multiplied by zero and counted, as in the textbook formula
 *       {@code F·H_out·W_out·Cg·kH·kW} (MobileNets' D_K·D_K·M·N·D_F·D_F).</li>
 *   <li>Two-pass separable convolution of one 2D slice: the column pass computes an
 *       intermediate of H_out × W_in (K_h multiplies, K_h − 1 additions each), the row pass the
 *       output H_out × W_out (K_w multiplies, K_w − 1 additions each).</li>
 *   <li>Slices contributing to one output map are summed: Cg·r slices cost
 *       (Cg·r − 1) additions per output value, plus one for a bias.</li>
 * </ul>
 */
public final class CostModel {
    private CostModel() { }

    /** Standard (grouped) convolution: F·H_out·W_out·Cg·kH·kW multiplies. */
    public static Cost standard(int inC, int inH, int inW, int filters, int kH, int kW, ConvSpec spec, boolean bias) {
        ConvSpec.Geometry g = spec.geometry(inH, inW, kH, kW);
        int cg = inC / spec.groups();
        long outs = (long) filters * g.outH() * g.outW();
        long taps = (long) cg * kH * kW;
        long mul = outs * taps;
        long add = outs * (taps - 1 + (bias ? 1 : 0));
        long params = (long) filters * taps + (bias ? filters : 0);
        String sub = filters + "·" + g.outH() + "·" + g.outW() + "·" + cg + "·" + kH + "·" + kW;
        return new Cost(mul, add, params, "F·H_out·W_out·(C/groups)·K_h·K_w", sub);
    }

    /**
     * Grouped convolution with G = {@code spec.groups()}: F·H_out·W_out·(C/G)·K_h·K_w multiplies, G
     * times fewer than standard (G = 1 is standard, G = C with F = m·C is depthwise).
     */
    public static Cost grouped(int inC, int inH, int inW, int filters, int kH, int kW, ConvSpec spec, boolean bias) {
        Cost c = standard(inC, inH, inW, filters, kH, kW, spec, bias);
        ConvSpec.Geometry g = spec.geometry(inH, inW, kH, kW);
        String sub = filters + "·" + g.outH() + "·" + g.outW() + "·(" + inC + "/" + spec.groups() + ")·" + kH + "·" + kW;
        return new Cost(c.multiplies(), c.additions(), c.parameters(), "F·H_out·W_out·(C/G)·K_h·K_w", sub);
    }

    /** Depthwise: groups = C, F = m·C filters of one channel each. */
    public static Cost depthwise(int inC, int inH, int inW, int multiplier, int kH, int kW, ConvSpec spec, boolean bias) {
        ConvSpec dw = spec.withGroups(inC);
        Cost c = standard(inC, inH, inW, inC * multiplier, kH, kW, dw, bias);
        ConvSpec.Geometry g = dw.geometry(inH, inW, kH, kW);
        String sub = (multiplier == 1 ? "" : multiplier + "·") + inC + "·" + g.outH() + "·" + g.outW() + "·" + kH + "·" + kW;
        return new Cost(c.multiplies(), c.additions(), c.parameters(), "m·C·H_out·W_out·K_h·K_w", sub);
    }

    /** Pointwise (1×1, stride 1, no padding): F·H·W·C multiplies. */
    public static Cost pointwise(int inC, int inH, int inW, int filters, boolean bias) {
        Cost c = standard(inC, inH, inW, filters, 1, 1, ConvSpec.DEFAULT, bias);
        return new Cost(c.multiplies(), c.additions(), c.parameters(), "F·H·W·C",
                filters + "·" + inH + "·" + inW + "·" + inC);
    }

    /** Depthwise (multiplier m, no bias) then pointwise to F filters (with the bias, if any). */
    public static Cost depthwiseSeparable(int inC, int inH, int inW, int multiplier, int filters, int kH, int kW,
                                          ConvSpec spec, boolean bias) {
        Cost dw = depthwise(inC, inH, inW, multiplier, kH, kW, spec, false);
        ConvSpec.Geometry g = spec.withGroups(inC).geometry(inH, inW, kH, kW);
        Cost pw = pointwise(inC * multiplier, g.outH(), g.outW(), filters, bias);
        return dw.plus(pw, "m·C·H_out·W_out·K_h·K_w + F·H_out·W_out·m·C", dw.substituted() + " + " + pw.substituted());
    }

    /** Spatial-separable: every 2D slice as a K_h×1 column pass then a 1×K_w row pass. */
    public static Cost spatialSeparable(int inC, int inH, int inW, int filters, int kH, int kW, ConvSpec spec, boolean bias) {
        return lowRank(inC, inH, inW, filters, kH, kW, spec, 1, bias);
    }

    /** Low-rank: every 2D slice as r separable pairs, summed. */
    public static Cost lowRank(int inC, int inH, int inW, int filters, int kH, int kW, ConvSpec spec, int rank, boolean bias) {
        ConvSpec.Geometry g = spec.geometry(inH, inW, kH, kW);
        int cg = inC / spec.groups();
        long slices = (long) filters * cg * rank;
        long colVals = (long) g.outH() * inW, rowVals = (long) g.outH() * g.outW();
        long mul = slices * (kH * colVals + kW * rowVals);
        long outs = (long) filters * g.outH() * g.outW();
        long add = slices * ((kH - 1) * colVals + (kW - 1) * rowVals) + outs * ((long) cg * rank - 1 + (bias ? 1 : 0));
        long params = slices * (kH + kW) + (bias ? filters : 0);
        String r = rank == 1 ? "" : rank + "·";
        String sym = (rank == 1 ? "" : "r·") + "F·(C/groups)·(K_h·H_out·W_in + K_w·H_out·W_out)";
        String sub = r + filters + "·" + cg + "·(" + kH + "·" + g.outH() + "·" + inW + " + " + kW + "·" + g.outH() + "·" + g.outW() + ")";
        return new Cost(mul, add, params, sym, sub);
    }
}
