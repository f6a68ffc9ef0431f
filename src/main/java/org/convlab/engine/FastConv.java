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
    private static final int BAND_FLOATS = 384 * 1024;
    /**
     * Largest band buffer (floats per thread) for which the shifted-row bank is used; above it
     * (many channels × wide kernels × wide images) each tap shifts its row on the fly instead,
     * so memory stays bounded. Package-private and mutable only so that tests can force that path.
     */
    static long shiftBankLimit = 4L * 1024 * 1024;

    private FastConv() { }

    static Tensor conv2d(Tensor in, Weights w, float[] bias, ConvSpec spec, Counts counts) {
        return conv2d(in, w, bias, spec, counts, null);
    }

    /** As above, writing into {@code into} when it has the output's shape (see {@link #output}). */
    static Tensor conv2d(Tensor in, Weights w, float[] bias, ConvSpec spec, Counts counts, Tensor into) {
        ConvSpec.Geometry g = Validation.checkAllButInputValues(in, w, bias, spec);
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight();
        int oh = g.outH(), ow = g.outW(), sH = spec.strideH();
        int wp = g.padLeft() + in.width() + g.padRight();
        Tensor out = output(into, in, nf, oh, ow);
        if (VectorPath.ENABLED && VecConv.applies(spec)) return VecConv.conv2d(in, w, bias, spec, g, out, counts);
        int span = (kh - 1) * spec.dilationH() + 1;
        // rows per band: keep the band's row buffers (kW shifted copies of each padded input row
        // for stride 1) near BAND_FLOATS, but give every thread several bands
        int minRows = Math.max(4, span);
        int shifts = spec.strideW() == 1 && (long) cg * ((long) (minRows - 1) * sH + 2L * span) * wp * w.kernelWidth()
                <= shiftBankLimit ? w.kernelWidth() : 1;
        long perInRow = Math.max(1L, (long) cg * wp * shifts);
        // at least as many output rows as the kernel spans, so the halo at most doubles the copies
        int rows = (int) Math.min(oh, Math.max(minRows, (BAND_FLOATS / perInRow - (span - 1)) / sH));
        int threads = Parallel.threads();
        if (threads > 1) rows = Math.min(rows, Math.max(1, (oh + 2 * threads - 1) / (2 * threads)));
        final int bandRows = rows;
        int bands = (oh + bandRows - 1) / bandRows;
        long work = (long) nf * oh * ow * cg * kh * w.kernelWidth();
        boolean[] bad = new boolean[bands];
        Parallel.run(bands, work, counts, (b, c) -> {
            int i0 = b * bandRows, i1 = Math.min(oh, i0 + bandRows);
            bad[b] = !band(in, w, bias, spec, g, wp, span, shifts, out, i0, i1, c);
        });
        requireFinite(in, bad, (oh - 1) * sH - g.padTop() + span);
        return out;
    }

    /**
     * The tensor to write an output of c×h×w into: {@code into} when it has that shape and is not the
     * input itself (every fast path overwrites every output value), else a new tensor.
     */
    static Tensor output(Tensor into, Tensor in, int c, int h, int w) {
        if (into != null && into.data() != in.data() && into.channels() == c && into.height() == h && into.width() == w) {
            return into;
        }
        return new Tensor(c, h, w);
    }

    /**
     * Throws the exact message of {@link Validation#checkFinite} if a band saw a non-finite input
     * value or one sits in the rows no band read (from {@code firstUnread} down).
     */
    static void requireFinite(Tensor in, boolean[] bad, int firstUnread) {
        boolean ok = true;
        for (boolean b : bad) ok &= !b;
        int h = in.height(), w = in.width();
        for (int ch = 0; ch < in.channels() && ok && firstUnread < h; ch++) {
            int from = (ch * h + Math.max(0, firstUnread)) * w;
            ok = finite(in.data(), from, (ch + 1) * h * w);
        }
        if (!ok) Validation.checkFinite(in, null, null);
    }

    /** True when d[from..to) holds no NaN or infinity (exponent bits all ones), branch-free. */
    static boolean finite(float[] d, int from, int to) {
        int m = 0;
        for (int j = from; j < to; j++) m |= (Float.floatToRawIntBits(d[j]) & 0x7f800000) + 0x00800000;
        return m >= 0;
    }

    /** Computes output rows i0..i1−1 of every filter; false if an input value read was not finite. */
    private static boolean band(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, int wp, int span,
                                int shifts, Tensor out, int i0, int i1, Counts counts) {
        boolean finite = true;
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int sH = spec.strideH(), sW = spec.strideW(), dH = spec.dilationH(), dW = spec.dilationW();
        int oh = g.outH(), ow = g.outW(), perGroup = nf / spec.groups();
        // rows the band reads; when the stride skips rows (sH > span) the skipped ones are copied too,
        // so that the bands tile the image and every input value is checked for NaN/infinity
        int inRows = bandRows(i0, i1, sH, span, g.padTop() + in.height() + g.padBottom());
        Workspace ws = Workspace.get();
        float[][] rows = ws.rows(cg * inRows * shifts, wp);
        float[] acc = ws.acc(ow), o = out.data(), wd = w.data();
        float[][] group = new float[4][];
        long taps = (long) cg * kh * kw;
        long mulRow = ow * taps, addRow = ow * (taps - 1 + (bias != null ? 1 : 0));
        for (int grp = 0; grp < spec.groups(); grp++) {
            for (int c = 0; c < cg; c++) {
                finite &= copyBand(in, grp * cg + c, g, i0 * sH - g.padTop(), inRows, wp, rows, c * inRows * shifts, shifts);
                // stride 1: each padded row also shifted by v·dW (v = 1..kW−1), made once per band and
                // reused by every output row and filter that reads it, so the tap loops index all
                // their arrays with the same j
                for (int r = 0; r < inRows && shifts > 1; r++) {
                    int idx = (c * inRows + r) * shifts;
                    for (int v = 1; v < kw; v++) System.arraycopy(rows[idx], v * dW, rows[idx + v], 0, ow);
                }
            }
            for (int f = grp * perGroup; f < (grp + 1) * perGroup; f++) {
                for (int i = i0; i < i1; i++) {
                    boolean set = true;
                    for (int c = 0; c < cg; c++) {
                        for (int u = 0; u < kh; u++) {
                            int idx = (c * inRows + (i - i0) * sH + u * dH) * shifts, wOff = ((f * cg + c) * kh + u) * kw;
                            if (shifts == 1) {
                                RowKernels.row(set, acc, ow, rows[idx], dW, sW, wd, wOff, kw, ws, group);
                            } else {
                                for (int t = 0; t < kw; t += 4) {
                                    int m = Math.min(4, kw - t);
                                    for (int q = 0; q < m; q++) group[q] = rows[idx + t + q];
                                    RowKernels.taps(set, acc, 0, ow, group, wd, wOff + t, m);
                                    set = false;
                                }
                            }
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
        return finite;
    }

    /**
     * Copies rows y0..y0+n−1 of channel ch, zero-padded to width wp (pl zeros on the left), into
     * {@code rows[first + r·every]} for r &lt; n; rows outside the image are all zeros. Returns
     * false if a copied value is NaN or infinite.
     */
    static boolean copyBand(Tensor in, int ch, ConvSpec.Geometry g, int y0, int n, int wp, float[][] rows, int first,
                         int every) {
        int h = in.height(), wIn = in.width(), pl = g.padLeft();
        float[] d = in.data();
        boolean ok = true;
        for (int r = 0; r < n; r++) {
            int y = y0 + r;
            float[] dst = rows[first + r * every];
            if (y < 0 || y >= h) {
                Arrays.fill(dst, 0, wp, 0f);
            } else {
                if (pl > 0) Arrays.fill(dst, 0, pl, 0f);
                System.arraycopy(d, (ch * h + y) * wIn, dst, pl, wIn);
                if (wp > pl + wIn) Arrays.fill(dst, pl + wIn, wp, 0f);
                ok &= finite(dst, pl, pl + wIn);
            }
        }
        return ok;
    }

    /**
     * Padded input rows a band of output rows i0..i1−1 reads (skipped rows included), never past
     * the padded image: a stride larger than the image (a valid 1×1 output) copies no phantom rows.
     */
    static int bandRows(int i0, int i1, int sH, int span, int paddedH) {
        long rows = (long) (i1 - 1 - i0) * sH + Math.max(span, sH);
        return (int) Math.min(rows, paddedH - (long) i0 * sH);
    }
}
