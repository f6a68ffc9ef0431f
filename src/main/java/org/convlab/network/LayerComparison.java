package org.convlab.network;

import org.convlab.engine.ConvSpec;
import org.convlab.engine.Cost;
import org.convlab.engine.CostModel;
import org.convlab.engine.Padding;

/**
 * One layer costed four ways with {@link CostModel}: standard, depthwise-separable (depthwise with
 * multiplier 1, then pointwise to F), spatial-separable (rank 1) and low-rank (rank r), plus
 * the paper's reduction factor {@code 1/F + 1/(K_h·K_w)} (1/F + 1/K² for a square kernel).
 * No biases, so the counts are those of the paper's formulas.
 */
public record LayerComparison(Query query, ConvSpec spec, ConvSpec.Geometry geometry, Cost standard, Cost separable,
                              Cost spatialSeparable, Cost lowRank) {

    /**
     * A layer: input H×W×C, kernel K_h×K_w, F filters, stride, padding ({@code null}: "same" for
     * stride 1, d·(K−1)/2 on each side otherwise), dilation, groups and the low-rank rank r.
     */
    public record Query(int height, int width, int channels, int kernelH, int kernelW, int filters, int stride,
                        Padding padding, int dilation, int groups, int rank) {

        /** The padding actually used. */
        public Padding resolvedPadding() {
            if (padding != null) return padding;
            if (stride == 1) return Padding.same();
            return Padding.of(dilation * (kernelH - 1) / 2, dilation * (kernelW - 1) / 2);
        }
    }

    /** The paper's reduction factor of depthwise-separable over standard: 1/F + 1/(K_h·K_w). */
    public static double reductionFactor(int filters, int kernelH, int kernelW) {
        return 1.0 / filters + 1.0 / ((double) kernelH * kernelW);
    }

    public double reductionFactor() { return reductionFactor(query.filters(), query.kernelH(), query.kernelW()); }

    /** The factor with the numbers substituted, e.g. {@code 1/512 + 1/9 = 0.1131}. */
    public String reductionFormula() {
        String k2 = query.kernelH() == query.kernelW() ? Integer.toString(query.kernelH() * query.kernelW())
                : query.kernelH() + "·" + query.kernelW();
        return "1/" + query.filters() + " + 1/" + k2 + " = " + String.format(java.util.Locale.US, "%.4f", reductionFactor());
    }

    /** Depthwise-separable multiplies divided by standard multiplies, as counted. */
    public double measuredRatio() { return (double) separable.multiplies() / standard.multiplies(); }

    public static LayerComparison of(Query q) {
        positive(q.height(), "input height");
        positive(q.width(), "input width");
        positive(q.channels(), "input channels");
        positive(q.kernelH(), "kernel height");
        positive(q.kernelW(), "kernel width");
        positive(q.filters(), "filters");
        positive(q.stride(), "stride");
        positive(q.dilation(), "dilation");
        positive(q.groups(), "groups");
        if (q.kernelH() > q.height() || q.kernelW() > q.width()) {
            throw new IllegalArgumentException("kernel " + q.kernelH() + "×" + q.kernelW() + " is larger than the "
                    + q.height() + "×" + q.width() + " input");
        }
        if (q.channels() % q.groups() != 0) {
            throw new IllegalArgumentException("groups " + q.groups() + " does not divide the " + q.channels() + " input channels");
        }
        if (q.filters() % q.groups() != 0) {
            throw new IllegalArgumentException("groups " + q.groups() + " does not divide the " + q.filters() + " filters");
        }
        int maxRank = Math.min(q.kernelH(), q.kernelW());
        if (q.rank() < 1 || q.rank() > maxRank) {
            throw new IllegalArgumentException("rank must be between 1 and min(K_h, K_w) = " + maxRank + ", got " + q.rank());
        }
        ConvSpec spec = new ConvSpec(q.stride(), q.stride(), q.resolvedPadding(), q.dilation(), q.dilation(), q.groups());
        ConvSpec.Geometry g = spec.geometry(q.height(), q.width(), q.kernelH(), q.kernelW());
        int c = q.channels(), h = q.height(), w = q.width(), f = q.filters(), kh = q.kernelH(), kw = q.kernelW();
        return new LayerComparison(q, spec, g,
                CostModel.standard(c, h, w, f, kh, kw, spec, false),
                CostModel.depthwiseSeparable(c, h, w, 1, f, kh, kw, spec, false),
                CostModel.spatialSeparable(c, h, w, f, kh, kw, spec, false),
                CostModel.lowRank(c, h, w, f, kh, kw, spec, q.rank(), false));
    }

    private static void positive(int v, String what) {
        if (v < 1) throw new IllegalArgumentException(what + " must be ≥ 1, got " + v);
    }
}
