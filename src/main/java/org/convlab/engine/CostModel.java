package org.convlab.engine;

import java.math.BigInteger;

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
        BigInteger outs = Budget.product(filters, g.outH(), g.outW());
        BigInteger taps = Budget.product(cg, kH, kW);
        BigInteger b = BigInteger.valueOf(bias ? 1 : 0);
        long mul = exact(outs.multiply(taps), "multiplies");
        long add = exact(outs.multiply(taps.subtract(BigInteger.ONE).add(b)), "additions");
        long params = exact(taps.multiply(BigInteger.valueOf(filters)).add(b.multiply(BigInteger.valueOf(filters))), "parameters");
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
        Cost c = standard(inC, inH, inW, channels(inC, multiplier), kH, kW, dw, bias);
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
        Cost pw = pointwise(channels(inC, multiplier), g.outH(), g.outW(), filters, bias);
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
        BigInteger slices = Budget.product(filters, cg, rank);
        BigInteger colVals = Budget.product(g.outH(), inW), rowVals = Budget.product(g.outH(), g.outW());
        BigInteger outs = Budget.product(filters, g.outH(), g.outW());
        long mul = exact(slices.multiply(colVals.multiply(BigInteger.valueOf(kH)).add(rowVals.multiply(BigInteger.valueOf(kW)))),
                "multiplies");
        long add = exact(slices.multiply(colVals.multiply(BigInteger.valueOf(kH - 1L)).add(rowVals.multiply(BigInteger.valueOf(kW - 1L))))
                .add(outs.multiply(BigInteger.valueOf((long) cg * rank - 1 + (bias ? 1 : 0)))), "additions");
        long params = exact(slices.multiply(BigInteger.valueOf((long) kH + kW)).add(BigInteger.valueOf(bias ? filters : 0)), "parameters");
        String r = rank == 1 ? "" : rank + "·";
        String sym = (rank == 1 ? "" : "r·") + "F·(C/groups)·(K_h·H_out·W_in + K_w·H_out·W_out)";
        String sub = r + filters + "·" + cg + "·(" + kH + "·" + g.outH() + "·" + inW + " + " + kW + "·" + g.outH() + "·" + g.outW() + ")";
        return new Cost(mul, add, params, sym, sub);
    }

    /**
     * A count as a long, computed exactly first: a count too large for 64 bits is refused with its
     * exact value in the message (never wrapped or negative).
     */
    private static long exact(BigInteger v, String what) {
        return Budget.toLong(v, what);
    }

    private static int channels(int c, int multiplier) {
        long m = (long) c * multiplier;
        if (m > Integer.MAX_VALUE) throw new Budget.BudgetException("channels " + c + " × multiplier " + multiplier + " = " + m + " is too large");
        return (int) m;
    }
}
