package org.convlab.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The fast two-pass separable convolution (spatial-separable: r = 1; low-rank: r pairs per 2D
 * slice, summed), the same arithmetic as {@link SeparableReference}, fused row by row: for each
 * output row i and each slice, the column pass computes row i of the intermediate T
 * (H_out × W_in) into a zero-bordered row buffer, and the row pass immediately turns it into
 * output row i (accumulated over the Cg·r slices of the filter). Per band the input rows are
 * copied once into zero-padded row buffers (rows outside the image are zeros, really
 * multiplied). Bands of output rows run on {@link Parallel}'s threads.
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
                      int rank, Tensor mid, Counts counts, Tensor into) {
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
        Tensor out = FastConv.output(into, in, nf, oh, g.outW());
        if (VectorPath.ENABLED && VecSeparable.applies(spec)) {
            return VecSeparable.run(in, w, bias, spec, g, cols, rowsV, rank, out, mid, counts);
        }
        int threads = Parallel.threads();
        int bandRows = Math.max(1, Math.min(BAND_ROWS, (oh + 2 * threads - 1) / (2 * threads)));
        int bands = (oh + bandRows - 1) / bandRows;
        long work = (long) slices * oh * ((long) kh * in.width() + (long) kw * g.outW());
        boolean[] bad = new boolean[bands];
        Parallel.run(bands, work, counts, (b, c) -> bad[b] =
                !band(in, w, bias, spec, g, rank, cols, rowsV, out, mid, b * bandRows, Math.min(oh, (b + 1) * bandRows), c));
        FastConv.requireFinite(in, bad, (oh - 1) * spec.strideH() - g.padTop() + (kh - 1) * spec.dilationH() + 1);
        return out;
    }

    /** Computes output rows i0..i1−1 of every filter; false if an input value read was not finite. */
    private static boolean band(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, int rank,
                             float[] cols, float[] rowsV, Tensor out, Tensor mid, int i0, int i1, Counts counts) {
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int perGroup = nf / spec.groups();
        int wIn = in.width(), oh = g.outH(), ow = g.outW(), pl = g.padLeft();
        int sH = spec.strideH(), sW = spec.strideW(), dH = spec.dilationH(), dW = spec.dilationW();
        int wp = pl + wIn + g.padRight();
        int inRows = FastConv.bandRows(i0, i1, sH, (kh - 1) * dH + 1, g.padTop() + in.height() + g.padBottom()); // see FastConv
        Workspace ws = Workspace.get();
        boolean finite = true;
        float[][] rows = ws.rows(cg * inRows, wp);
        float[] t = ws.row(wp), acc = ws.acc(ow), o = out.data();
        Arrays.fill(t, 0, wp, 0f); // its borders stay zero: the column pass writes only [pl, pl + wIn)
        float[][] group = new float[4][];
        long colMul = (long) wIn * kh, colAdd = (long) wIn * (kh - 1);
        long rowMul = (long) ow * kw, rowAdd = (long) ow * (kw - 1);
        for (int grp = 0; grp < spec.groups(); grp++) {
            for (int c = 0; c < cg; c++) finite &= FastConv.copyBand(in, grp * cg + c, g, i0 * sH - g.padTop(), inRows, wp, rows, c * inRows, 1);
            for (int f = grp * perGroup; f < (grp + 1) * perGroup; f++) {
                for (int i = i0; i < i1; i++) {
                    boolean first = true;
                    for (int c = 0; c < cg; c++) {
                        int r0 = c * inRows + (i - i0) * sH;
                        for (int r = 0; r < rank; r++) {
                            int s = (f * cg + c) * rank + r;
                            // column pass: T[i, x] = Σ_u col[u] · in[y_u, x], four rows per pass
                            for (int u = 0; u < kh; u += 4) {
                                int m = Math.min(4, kh - u);
                                for (int q = 0; q < m; q++) group[q] = rows[r0 + (u + q) * dH];
                                RowKernels.taps(u == 0, t, pl, pl + wIn, group, cols, s * kh + u, m);
                            }
                            counts.addMultiplies(colMul);
                            counts.addAdditions(colAdd);
                            if (mid != null) System.arraycopy(t, pl, mid.data(), (s * oh + i) * wIn, wIn);
                            // row pass into the output row, added onto the earlier slices' sum
                            RowKernels.row(first, acc, ow, t, dW, sW, rowsV, s * kw, kw, ws, group);
                            counts.addMultiplies(rowMul);
                            counts.addAdditions(first ? rowAdd : rowAdd + ow);
                            first = false;
                        }
                    }
                    if (bias != null) {
                        RowKernels.addConstant(acc, ow, bias[f]);
                        counts.addAdditions(ow);
                    }
                    System.arraycopy(acc, 0, o, (f * oh + i) * ow, ow);
                }
            }
        }
        return finite;
    }
}
