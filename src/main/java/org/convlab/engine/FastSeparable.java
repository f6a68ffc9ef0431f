package org.convlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The fast two-pass separable convolution (spatial-separable: r = 1; low-rank: r pairs per 2D
 * slice, summed), the same arithmetic as {@link SeparableReference}, fused row by row: for each
 * output row i and each slice, the column pass computes row i of the intermediate T
 * (H_out × W_in) into a zero-bordered row buffer, and the row pass immediately turns it into
 * output row i (accumulated over the Cg·r slices of the filter). Rows outside the image are a
 * shared zero row, really multiplied. Bands of output rows run on {@link Parallel}'s threads.
 *
 * <p>Counting per row: column pass {@code W_in·K_h} multiplies and {@code W_in·(K_h − 1)}
 * additions; row pass {@code W_out·K_w} multiplies and {@code W_out·(K_w − 1)} additions, plus
 * {@code W_out} when it is added onto an earlier slice's sum; a bias {@code W_out}.
 */
final class FastSeparable {
    private static final int BAND_ROWS = 16;

    private FastSeparable() { }

    /**
     * @param factors per slice (order f, c) its SVD
     * @param mid     if not null, receives T for every (f, c, pair) slice: (F·Cg·r)×H_out×W_in
     */
    static Tensor run(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, List<KernelSvd> factors,
                      int rank, Tensor mid, Counts counts) {
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int slices = nf * cg * rank;
        float[] cols = new float[slices * kh], rowsV = new float[slices * kw];
        for (int s = 0; s < slices; s++) {
            KernelSvd k = factors.get(s / rank);
            double[] col = k.column(s % rank), row = k.row(s % rank);
            for (int u = 0; u < kh; u++) cols[s * kh + u] = (float) col[u];
            for (int v = 0; v < kw; v++) rowsV[s * kw + v] = (float) row[v];
        }
        int oh = g.outH();
        Tensor out = new Tensor(nf, oh, g.outW());
        int threads = Parallel.threads();
        int bandRows = Math.max(1, Math.min(BAND_ROWS, (oh + 2 * threads - 1) / (2 * threads)));
        int bands = (oh + bandRows - 1) / bandRows;
        long work = (long) slices * oh * ((long) kh * in.width() + (long) kw * g.outW());
        Parallel.run(bands, work, counts, (b, c) ->
                band(in, w, bias, spec, g, rank, cols, rowsV, out, mid, b * bandRows, Math.min(oh, (b + 1) * bandRows), c));
        return out;
    }

    private static void band(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, int rank,
                             float[] cols, float[] rowsV, Tensor out, Tensor mid, int i0, int i1, Counts counts) {
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int perGroup = nf / spec.groups();
        int h = in.height(), wIn = in.width(), oh = g.outH(), ow = g.outW(), pl = g.padLeft();
        int sH = spec.strideH(), sW = spec.strideW(), dH = spec.dilationH(), dW = spec.dilationW();
        int wp = pl + wIn + g.padRight();
        Workspace ws = Workspace.get();
        float[] t = ws.row(wp), zeros = ws.zeros(wIn), d = in.data(), o = out.data();
        Arrays.fill(t, 0, wp, 0f); // borders stay zero: the column pass writes only [pl, pl + wIn)
        float[][] src = new float[kh][];
        int[] off = new int[kh];
        long colMul = (long) wIn * kh, colAdd = (long) wIn * (kh - 1);
        long rowMul = (long) ow * kw, rowAdd = (long) ow * (kw - 1);
        for (int f = 0; f < nf; f++) {
            int grp = f / perGroup;
            for (int i = i0; i < i1; i++) {
                int ob = (f * oh + i) * ow;
                boolean first = true;
                for (int c = 0; c < cg; c++) {
                    int ch = grp * cg + c;
                    for (int u = 0; u < kh; u++) {
                        int y = i * sH - g.padTop() + u * dH;
                        boolean inside = y >= 0 && y < h;
                        src[u] = inside ? d : zeros;
                        off[u] = inside ? (ch * h + y) * wIn : 0;
                    }
                    for (int r = 0; r < rank; r++) {
                        int s = (f * cg + c) * rank + r;
                        columnRow(t, pl, wIn, src, off, cols, s * kh, kh);
                        counts.addMultiplies(colMul);
                        counts.addAdditions(colAdd);
                        if (mid != null) System.arraycopy(t, pl, mid.data(), (s * oh + i) * wIn, wIn);
                        RowKernels.row(first, o, ob, ow, t, 0, dW, sW, rowsV, s * kw, kw);
                        counts.addMultiplies(rowMul);
                        counts.addAdditions(first ? rowAdd : rowAdd + ow);
                        first = false;
                    }
                }
                if (bias != null) {
                    RowKernels.addConstant(o, ob, ow, bias[f]);
                    counts.addAdditions(ow);
                }
            }
        }
    }

    /** T[pl + x] = Σ_u col[u] · src[u][off[u] + x] for x &lt; n, four taps per pass. */
    private static void columnRow(float[] t, int tb, int n, float[][] src, int[] off, float[] col, int c0, int kh) {
        boolean set = true;
        int u = 0;
        for (; kh - u >= 4; u += 4) {
            RowKernels.tap4(set, t, tb, n, src[u], off[u], col[c0 + u], src[u + 1], off[u + 1], col[c0 + u + 1],
                    src[u + 2], off[u + 2], col[c0 + u + 2], src[u + 3], off[u + 3], col[c0 + u + 3]);
            set = false;
        }
        switch (kh - u) {
            case 3 -> RowKernels.tap3(set, t, tb, n, src[u], off[u], col[c0 + u], src[u + 1], off[u + 1], col[c0 + u + 1],
                    src[u + 2], off[u + 2], col[c0 + u + 2]);
            case 2 -> RowKernels.tap2(set, t, tb, n, src[u], off[u], col[c0 + u], src[u + 1], off[u + 1], col[c0 + u + 1]);
            case 1 -> RowKernels.tap1(set, t, tb, n, src[u], off[u], col[c0 + u]);
            default -> { }
        }
    }
}
