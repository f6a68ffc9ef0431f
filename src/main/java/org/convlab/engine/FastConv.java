package org.convlab.engine;

import java.util.Arrays;

/**
 * The fast direct convolution (standard, grouped, depthwise; any stride, padding, dilation),
 * the same arithmetic as {@link ReferenceConv} arranged for speed:
 * <ul>
 *   <li>work is split into bands of output rows, run on {@link Parallel}'s threads;</li>
 *   <li>per band and group, the input rows are copied once into zero-padded row buffers
 *       (reused per-thread {@link Workspace} arrays), so padded taps are real multiplies by zero
 *       and no loop needs a bounds test;</li>
 *   <li>each output row is built in an accumulator row, up to four taps per pass
 *       ({@link RowKernels}), then copied out; stride 1 (any dilation) is the vectorized case,
 *       other strides use a general strided loop;</li>
 *   <li>counting: after each output row, {@code W_out·taps} multiplies and
 *       {@code W_out·(taps − 1)} additions (plus {@code W_out} for a bias), into the band's own
 *       {@link Counts}, merged at the end.</li>
 * </ul>
 */
final class FastConv {
    /** Target size of one band buffer (floats), so that it stays in the per-core cache. */
    private static final int BAND_FLOATS = 96 * 1024;

    private FastConv() { }

    static Tensor conv2d(Tensor in, Weights w, float[] bias, ConvSpec spec, Counts counts) {
        ConvSpec.Geometry g = Validation.check(in, w, bias, spec);
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight();
        int oh = g.outH(), ow = g.outW(), sH = spec.strideH();
        int wp = g.padLeft() + in.width() + g.padRight();
        Tensor out = new Tensor(nf, oh, ow);
        int span = (kh - 1) * spec.dilationH() + 1;
        // rows per band: keep cg·bandInRows·wp near BAND_FLOATS, but give every thread several bands
        int perRow = Math.max(1, cg * wp * sH);
        int rows = Math.max(1, Math.min(oh, BAND_FLOATS / perRow));
        int threads = Parallel.threads();
        if (threads > 1) rows = Math.min(rows, Math.max(1, (oh + 2 * threads - 1) / (2 * threads)));
        final int bandRows = rows;
        int bands = (oh + bandRows - 1) / bandRows;
        long work = (long) nf * oh * ow * cg * kh * w.kernelWidth();
        Parallel.run(bands, work, counts, (b, c) -> {
            int i0 = b * bandRows, i1 = Math.min(oh, i0 + bandRows);
            band(in, w, bias, spec, g, wp, span, out, i0, i1, c);
        });
        return out;
    }

    private static void band(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, int wp, int span,
                             Tensor out, int i0, int i1, Counts counts) {
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int sH = spec.strideH(), sW = spec.strideW(), dH = spec.dilationH(), dW = spec.dilationW();
        int oh = g.outH(), ow = g.outW(), perGroup = nf / spec.groups();
        int inRows = (i1 - 1 - i0) * sH + span;
        Workspace ws = Workspace.get();
        float[][] rows = ws.rows(cg * inRows, wp);
        float[] acc = ws.acc(ow), o = out.data(), wd = w.data();
        float[][] group = new float[4][];
        long taps = (long) cg * kh * kw;
        long mulRow = ow * taps, addRow = ow * (taps - 1 + (bias != null ? 1 : 0));
        for (int grp = 0; grp < spec.groups(); grp++) {
            for (int c = 0; c < cg; c++) copyBand(in, grp * cg + c, g, i0 * sH - g.padTop(), inRows, wp, rows, c * inRows);
            for (int f = grp * perGroup; f < (grp + 1) * perGroup; f++) {
                for (int i = i0; i < i1; i++) {
                    boolean set = true;
                    for (int c = 0; c < cg; c++) {
                        for (int u = 0; u < kh; u++) {
                            float[] src = rows[c * inRows + (i - i0) * sH + u * dH];
                            RowKernels.row(set, acc, ow, src, dW, sW, wd, ((f * cg + c) * kh + u) * kw, kw, ws, group);
                            set = false;
                        }
                    }
                    if (bias != null) RowKernels.addConstant(acc, ow, bias[f]);
                    System.arraycopy(acc, 0, o, (f * oh + i) * ow, ow);
                    counts.addMultiplies(mulRow);
                    counts.addAdditions(addRow);
                }
            }
        }
    }

    /**
     * Copies rows y0..y0+n−1 of channel ch, zero-padded to width wp (pl zeros on the left), into
     * {@code rows[first..first+n)}; rows outside the image are all zeros.
     */
    static void copyBand(Tensor in, int ch, ConvSpec.Geometry g, int y0, int n, int wp, float[][] rows, int first) {
        int h = in.height(), wIn = in.width(), pl = g.padLeft();
        float[] d = in.data();
        for (int r = 0; r < n; r++) {
            int y = y0 + r;
            float[] dst = rows[first + r];
            if (y < 0 || y >= h) {
                Arrays.fill(dst, 0, wp, 0f);
            } else {
                if (pl > 0) Arrays.fill(dst, 0, pl, 0f);
                System.arraycopy(d, (ch * h + y) * wIn, dst, pl, wIn);
                if (wp > pl + wIn) Arrays.fill(dst, pl + wIn, wp, 0f);
            }
        }
    }
}
