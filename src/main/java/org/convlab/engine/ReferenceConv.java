package org.convlab.engine;

/**
 * The oracle: PyTorch's {@code conv2d} as the plainest possible loop (cross-correlation, no
 * kernel flip):
 *
 * <pre>
 * out[f, i, j] = bias[f] + Σ_{c &lt; Cg} Σ_{u &lt; kH} Σ_{v &lt; kW}
 *                in[g·Cg + c, i·sH − pT + u·dH, j·sW − pL + v·dW] · w[f, c, u, v]
 * </pre>
 *
 * where g = f / (F / groups) and out-of-range input cells are zero padding. Every faster path
 * in the engine is tested against this class. Padded taps are multiplied (by zero) and counted,
 * so the counts are exactly {@code F·H_out·W_out·Cg·kH·kW} multiplies.
 */
public final class ReferenceConv {
    private ReferenceConv() { }

    public static Tensor conv2d(Tensor in, Weights w, float[] bias, ConvSpec spec, Counts counts) {
        return conv2d(in, w, bias, spec, counts, null);
    }

    /** The same loop, telling {@code obs} (may be null) every multiply, bias and boundary. */
    public static Tensor conv2d(Tensor in, Weights w, float[] bias, ConvSpec spec, Counts counts, ConvObserver obs) {
        ConvSpec.Geometry g = Validation.check(in, w, bias, spec);
        int f0 = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int filtersPerGroup = f0 / spec.groups();
        Tensor out = new Tensor(f0, g.outH(), g.outW());
        for (int f = 0; f < f0; f++) {
            int group = f / filtersPerGroup;
            for (int i = 0; i < g.outH(); i++) {
                for (int j = 0; j < g.outW(); j++) {
                    float acc = 0;
                    boolean first = true;
                    long mul = 0, add = 0;
                    for (int c = 0; c < cg; c++) {
                        int ic = group * cg + c;
                        for (int u = 0; u < kh; u++) {
                            int y = i * spec.strideH() - g.padTop() + u * spec.dilationH();
                            for (int v = 0; v < kw; v++) {
                                int x = j * spec.strideW() - g.padLeft() + v * spec.dilationW();
                                float xin = (y >= 0 && y < in.height() && x >= 0 && x < in.width()) ? in.get(ic, y, x) : 0f;
                                int widx = w.index(f, c, u, v);
                                float wv = w.data()[widx];
                                float p = xin * wv;
                                mul++;
                                float old = acc;
                                boolean was = first;
                                if (first) { acc = p; first = false; } else { acc += p; add++; }
                                if (obs != null) obs.tap(f, i, j, ic, y, x, inside(in, y, x), widx, wv, xin, p, old, acc, was);
                            }
                        }
                    }
                    if (bias != null) {
                        float old = acc;
                        acc += bias[f];
                        add++;
                        if (obs != null) obs.bias(f, i, j, bias[f], old, acc);
                    }
                    out.set(f, i, j, acc);
                    if (counts != null) { counts.addMultiplies(mul); counts.addAdditions(add); }
                    if (obs != null) obs.valueDone();
                }
                if (obs != null) obs.rowDone();
            }
            if (obs != null) obs.planeDone();
        }
        return out;
    }

    private static boolean inside(Tensor in, int y, int x) {
        return y >= 0 && y < in.height() && x >= 0 && x < in.width();
    }
}
