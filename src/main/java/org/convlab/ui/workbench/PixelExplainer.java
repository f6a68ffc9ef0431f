package org.convlab.ui.workbench;

import org.convlab.engine.ConvSpec;
import org.convlab.engine.KernelBank;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * Where one output value came from: the input patch under the kernel and the weights that
 * multiplied it (for one input channel), so a student can redo the dot product by hand.
 */
public final class PixelExplainer {
    /**
     * @param value   the output value at (filter, y, x)
     * @param patch   input values under the kernel (rows × cols; 0 where the kernel hangs over the padding)
     * @param weights the weights on those positions (same shape)
     * @param note    which channel and weights are shown and how the sum is formed
     */
    public record Explanation(int filter, int y, int x, float value, float[][] patch, float[][] weights, String note) {
        /** Σ patch·weights for the channel shown. */
        public double partialSum() {
            double s = 0;
            for (int i = 0; i < patch.length; i++) for (int j = 0; j < patch[i].length; j++) s += patch[i][j] * weights[i][j];
            return s;
        }
    }

    private PixelExplainer() { }

    /**
     * Explains output pixel (f, y, x) of {@code method} for input {@code in} and {@code bank}.
     *
     * @param channel the input channel to show for methods that sum over channels
     */
    public static Explanation explain(Method method, Tensor in, KernelBank bank, ConvSpec spec, Tensor out,
                                      int f, int y, int x, int channel) {
        float value = out.get(f, y, x);
        int c0 = in.channels();
        if (method == Method.POINTWISE) {
            float[][] patch = new float[1][c0], w = new float[1][c0];
            for (int c = 0; c < c0; c++) { patch[0][c] = in.get(c, y, x); w[0][c] = bank.pointwise().get(f, c, 0, 0); }
            return new Explanation(f, y, x, value, patch, w,
                    "pixel (" + x + "," + y + ") across all " + c0 + " channels · mixing row " + f);
        }
        Weights k;
        int c;
        String note;
        if (method == Method.DEPTHWISE) {
            c = f;
            k = bank.depthwise();
            note = "channel " + c + " only (depthwise: one kernel per channel)";
            return build(in, spec, k, f, 0, c, y, x, value, note);
        }
        if (method == Method.GROUPED && spec.groups() > 1) {
            int groups = spec.groups(), cg = c0 / groups, g = f / (out.channels() / groups);
            c = Math.max(g * cg, Math.min(channel, (g + 1) * cg - 1));
            note = "input channel " + c + " of group " + g + " (filter " + f + " sums only channels " + g * cg + "–"
                    + ((g + 1) * cg - 1) + ")";
            return build(in, spec, bank.grouped(groups), f, c - g * cg, c, y, x, value, note);
        }
        c = Math.max(0, Math.min(channel, c0 - 1));
        k = bank.standard();
        note = c0 == 1 ? "the only input channel"
                : "input channel " + c + " of " + c0 + " (the output sums all " + c0 + " channels)";
        if (method != Method.STANDARD) note += "; weights shown as the equivalent dense kernel";
        if (method == Method.LOW_RANK) note += " (low-rank approximates it)";
        return build(in, spec, k, f, c, c, y, x, value, note);
    }

    private static Explanation build(Tensor in, ConvSpec spec, Weights k, int f, int kc, int c, int y, int x,
                                     float value, String note) {
        int kh = k.kernelHeight(), kw = k.kernelWidth();
        ConvSpec.Geometry g = spec.geometry(in.height(), in.width(), kh, kw);
        float[][] patch = new float[kh][kw], w = new float[kh][kw];
        for (int i = 0; i < kh; i++) {
            int iy = y * spec.strideH() - g.padTop() + i * spec.dilationH();
            for (int j = 0; j < kw; j++) {
                int ix = x * spec.strideW() - g.padLeft() + j * spec.dilationW();
                boolean inside = iy >= 0 && iy < in.height() && ix >= 0 && ix < in.width();
                patch[i][j] = inside ? in.get(c, iy, ix) : 0f;
                w[i][j] = k.get(f, kc, i, j);
            }
        }
        return new Explanation(f, y, x, value, patch, w, note);
    }
}
