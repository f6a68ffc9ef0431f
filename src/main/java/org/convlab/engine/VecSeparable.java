package org.convlab.engine;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The two-pass separable convolution (spatial-separable and low-rank; horizontal stride 1) on the
 * Vector API, fused row by row like {@link FastSeparable}: per band the input rows are copied once,
 * zero-padded, into a flat per-thread buffer; for output row i of filter f, the column pass makes
 * row i of T for each of the Cg·r slices (padded intermediate rows with zero borders), then the row
 * pass runs over the taps of all slices in one chain of fused multiply-adds per vector (the same
 * multiplies and additions as summing the slices' row passes) and stores straight into the output.
 *
 * <p>Counting per row, as {@link FastSeparable}: column pass {@code W_in·K_h} multiplies and
 * {@code W_in·(K_h − 1)} additions; row pass {@code W_out·K_w} multiplies and
 * {@code W_out·(K_w − 1)} additions, plus {@code W_out} when added onto an earlier slice's sum;
 * a bias {@code W_out}.
 */
final class VecSeparable {
    private static final VectorSpecies<Float> S = Vec.S;
    private static final int L = Vec.LANES;
    private static final int BAND_ROWS = 32;

    private VecSeparable() { }

    static boolean applies(ConvSpec spec) {
        return spec.strideW() == 1;
    }

    static Tensor run(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, float[] cols, float[] rowsV,
                      int rank, Tensor out, Tensor mid, Counts counts) {
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int oh = g.outH();
        int threads = Parallel.threads();
        int bandRows = Math.max(1, Math.min(BAND_ROWS, (oh + 2 * threads - 1) / (2 * threads)));
        int bands = (oh + bandRows - 1) / bandRows;
        long work = (long) nf * cg * rank * oh * ((long) kh * in.width() + (long) kw * g.outW());
        boolean[] bad = new boolean[bands];
        Parallel.run(bands, work, counts, (b, c) -> bad[b] = !band(in, w, bias, spec, g, rank, cols, rowsV, out, mid,
                b * bandRows, Math.min(oh, (b + 1) * bandRows), c));
        FastConv.requireFinite(in, bad, (oh - 1) * spec.strideH() - g.padTop() + (kh - 1) * spec.dilationH() + 1);
        return out;
    }

    private static boolean band(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, int rank,
                                float[] cols, float[] rowsV, Tensor out, Tensor mid, int i0, int i1, Counts counts) {
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int perGroup = nf / spec.groups(), slices = cg * rank;
        int wIn = in.width(), oh = g.outH(), ow = g.outW(), pl = g.padLeft();
        int sH = spec.strideH(), dH = spec.dilationH(), dW = spec.dilationW();
        int wp = pl + wIn + g.padRight(), rowLen = wp + L;
        int inRows = (i1 - 1 - i0) * sH + Math.max((kh - 1) * dH + 1, sH); // tiles the image, see FastConv
        Workspace ws = Workspace.get();
        float[] buf = ws.flat(cg * inRows * rowLen + slices * rowLen), tail = ws.tail(L), o = out.data();
        int tBase = cg * inRows * rowLen; // the slices' intermediate rows follow the input rows
        Arrays.fill(buf, tBase, tBase + slices * rowLen, 0f); // their borders stay zero
        int nTaps = slices * kw;
        int[] offs = ws.ints(nTaps); // tap (slice q, v) of the row pass: q·rowLen + v·dW into the intermediate rows
        for (int q = 0, t = 0; q < slices; q++) for (int v = 0; v < kw; v++) offs[t++] = q * rowLen + v * dW;
        long colMul = (long) wIn * kh, colAdd = (long) wIn * (kh - 1);
        long rowMul = (long) ow * kw, rowAdd = (long) ow * (kw - 1);
        boolean finite = true;
        for (int grp = 0; grp < spec.groups(); grp++) {
            for (int c = 0; c < cg; c++) {
                finite &= VecConv.copyRows(in, grp * cg + c, g, i0 * sH - g.padTop(), inRows, wp, buf, c * inRows * rowLen, rowLen);
            }
            for (int f = grp * perGroup; f < (grp + 1) * perGroup; f++) {
                for (int i = i0; i < i1; i++) {
                    // column pass: T_s[i, x] = Σ_u col_s[u] · in[y_u, x] for every slice s of filter f
                    for (int c = 0; c < cg; c++) {
                        int r0 = (c * inRows + (i - i0) * sH) * rowLen;
                        for (int r = 0; r < rank; r++) {
                            int s = (f * cg + c) * rank + r, t0 = tBase + (c * rank + r) * rowLen;
                            column(buf, r0 + pl, dH * rowLen, cols, s * kh, kh, t0 + pl, wIn);
                            counts.addMultiplies(colMul);
                            counts.addAdditions(colAdd);
                            if (mid != null) System.arraycopy(buf, t0 + pl, mid.data(), (s * oh + i) * wIn, wIn);
                        }
                    }
                    // row pass over all slices (one flat loop over their taps), straight into the output row
                    int o0 = (f * oh + i) * ow, r0 = f * slices * kw;
                    int j = 0;
                    for (; j + 4 * L <= ow; j += 4 * L) rowPass4(buf, tBase + j, offs, nTaps, rowsV, r0, bias, f, o, o0 + j);
                    for (; j < ow; j += L) {
                        FloatVector a = FloatVector.zero(S);
                        for (int t = 0; t < nTaps; t++) {
                            a = FloatVector.fromArray(S, buf, tBase + j + offs[t]).fma(FloatVector.broadcast(S, rowsV[r0 + t]), a);
                        }
                        if (bias != null) a = a.add(bias[f]);
                        Vec.store(a, o, o0 + j, Math.min(L, ow - j), tail);
                    }
                    for (int q = 0; q < slices; q++) {
                        counts.addMultiplies(rowMul);
                        counts.addAdditions(q == 0 ? rowAdd : rowAdd + ow);
                    }
                    if (bias != null) counts.addAdditions(ow);
                }
            }
        }
        return finite;
    }

    /** Four vectors of the row pass at once (four independent chains of fused multiply-adds). */
    private static void rowPass4(float[] buf, int at, int[] offs, int nTaps, float[] w, int w0, float[] bias, int f,
                                 float[] o, int o0) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int t = 0; t < nTaps; t++) {
            int x = at + offs[t];
            FloatVector wv = FloatVector.broadcast(S, w[w0 + t]);
            a0 = FloatVector.fromArray(S, buf, x).fma(wv, a0);
            a1 = FloatVector.fromArray(S, buf, x + L).fma(wv, a1);
            a2 = FloatVector.fromArray(S, buf, x + 2 * L).fma(wv, a2);
            a3 = FloatVector.fromArray(S, buf, x + 3 * L).fma(wv, a3);
        }
        if (bias != null) {
            a0 = a0.add(bias[f]); a1 = a1.add(bias[f]); a2 = a2.add(bias[f]); a3 = a3.add(bias[f]);
        }
        a0.intoArray(o, o0); a1.intoArray(o, o0 + L); a2.intoArray(o, o0 + 2 * L); a3.intoArray(o, o0 + 3 * L);
    }

    /** buf[dst + x] = Σ_u col[c0 + u] · buf[src + u·step + x] for x &lt; n (one intermediate row). */
    private static void column(float[] buf, int src, int step, float[] col, int c0, int kh, int dst, int n) {
        int x = 0;
        for (; x + 4 * L <= n; x += 4 * L) column4(buf, src + x, step, col, c0, kh, dst + x);
        for (; x + L <= n; x += L) {
            FloatVector a = FloatVector.zero(S);
            for (int u = 0, at = src + x; u < kh; u++, at += step) {
                a = FloatVector.fromArray(S, buf, at).fma(FloatVector.broadcast(S, col[c0 + u]), a);
            }
            a.intoArray(buf, dst + x);
        }
        for (; x < n; x++) {
            float a = 0f;
            for (int u = 0, at = src + x; u < kh; u++, at += step) a = Math.fma(buf[at], col[c0 + u], a);
            buf[dst + x] = a;
        }
    }

    private static void column4(float[] buf, int src, int step, float[] col, int c0, int kh, int dst) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int u = 0, at = src; u < kh; u++, at += step) {
            FloatVector wv = FloatVector.broadcast(S, col[c0 + u]);
            a0 = FloatVector.fromArray(S, buf, at).fma(wv, a0);
            a1 = FloatVector.fromArray(S, buf, at + L).fma(wv, a1);
            a2 = FloatVector.fromArray(S, buf, at + 2 * L).fma(wv, a2);
            a3 = FloatVector.fromArray(S, buf, at + 3 * L).fma(wv, a3);
        }
        a0.intoArray(buf, dst); a1.intoArray(buf, dst + L); a2.intoArray(buf, dst + 2 * L); a3.intoArray(buf, dst + 3 * L);
    }
}
