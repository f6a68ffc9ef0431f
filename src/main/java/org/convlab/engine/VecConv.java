package org.convlab.engine;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The direct convolution (standard, grouped, depthwise; horizontal stride 1, any vertical stride,
 * padding and dilation) as register-blocked Vector API kernels: per band of output rows, the
 * input rows the band reads are copied once, zero-padded, into one flat per-thread buffer
 * ({@link Workspace}); then each block of four filters × three vectors of output pixels (twelve
 * accumulators in registers) runs over all Cg·kH·kW taps, loading each input vector once per tap
 * for all four filters, and stores straight into the output. Fewer than four filters left in a
 * group (and depthwise, one filter per group) use a one-filter × four-vector kernel.
 *
 * <p>Counting: after each output row of each filter, {@code W_out·taps} multiplies and
 * {@code W_out·(taps − 1)} additions (plus {@code W_out} for a bias), into the band's own
 * {@link Counts}, merged by {@link Parallel}.
 */
final class VecConv {
    private static final VectorSpecies<Float> S = Vec.S;
    private static final int L = Vec.LANES;
    /** Target size of one band buffer (floats), so that it stays in the per-core cache. */
    private static final int BAND_FLOATS = 64 * 1024;

    private VecConv() { }

    static boolean applies(ConvSpec spec) {
        return spec.strideW() == 1;
    }

    static Tensor conv2d(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, Tensor out, Counts counts) {
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int oh = g.outH(), ow = g.outW(), sH = spec.strideH();
        int wp = g.padLeft() + in.width() + g.padRight(), rowLen = wp + L;
        int span = (kh - 1) * spec.dilationH() + 1;
        long perInRow = (long) cg * rowLen;
        int rows = (int) Math.min(oh, Math.max(Math.max(4, span), (BAND_FLOATS / perInRow - (span - 1)) / sH));
        int threads = Parallel.threads();
        if (threads > 1) rows = Math.min(rows, Math.max(1, (oh + 2 * threads - 1) / (2 * threads)));
        final int bandRows = rows;
        int bands = (oh + bandRows - 1) / bandRows;
        long work = (long) nf * oh * ow * cg * kh * kw;
        boolean[] bad = new boolean[bands];
        Parallel.run(bands, work, counts, (b, c) -> {
            int i0 = b * bandRows, i1 = Math.min(oh, i0 + bandRows);
            bad[b] = !band(in, w, bias, spec, g, rowLen, span, out, i0, i1, c);
        });
        FastConv.requireFinite(in, bad, (oh - 1) * sH - g.padTop() + span);
        return out;
    }

    private static boolean band(Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g, int rowLen,
                                int span, Tensor out, int i0, int i1, Counts counts) {
        int nf = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int sH = spec.strideH(), oh = g.outH(), ow = g.outW(), perGroup = nf / spec.groups();
        int wp = rowLen - L;
        int inRows = (i1 - 1 - i0) * sH + Math.max(span, sH); // tiles the image, see FastConv
        int chStride = inRows * rowLen;
        Workspace ws = Workspace.get();
        float[] buf = ws.flat(cg * chStride), tail = ws.tail(L);
        int taps = cg * kh * kw, plane = oh * ow;
        // offset of every tap (c, u, v) from the window's first input value: the kernels run one
        // flat loop over taps (C2 in JDK 17 keeps vectors in registers across a single loop, but
        // boxes them when they are carried through nested loops)
        int[] offs = ws.ints(taps);
        for (int c = 0, t = 0; c < cg; c++) {
            for (int u = 0; u < kh; u++) {
                for (int v = 0; v < kw; v++) offs[t++] = c * chStride + u * spec.dilationH() * rowLen + v * spec.dilationW();
            }
        }
        long mulRow = (long) ow * taps, addRow = (long) ow * (taps - 1 + (bias != null ? 1 : 0));
        boolean finite = true;
        for (int grp = 0; grp < spec.groups(); grp++) {
            for (int c = 0; c < cg; c++) {
                finite &= copyRows(in, grp * cg + c, g, i0 * sH - g.padTop(), inRows, wp, buf, c * chStride, rowLen);
            }
            int f0 = grp * perGroup, f1 = f0 + perGroup, f4 = f0 + perGroup / 4 * 4;
            for (int i = i0; i < i1; i++) {
                int base = (i - i0) * sH * rowLen;
                int j = 0;
                for (; j + 3 * L <= ow; j += 3 * L) {
                    for (int f = f0; f < f4; f += 4) f4v3(buf, base + j, offs, taps, w.data(), f * taps, out.data(),
                            (f * oh + i) * ow + j, plane, bias, f);
                    for (int f = f4; f < f1; f++) f1v3(buf, base + j, offs, taps, w.data(), f * taps, out.data(),
                            (f * oh + i) * ow + j, bias, f);
                }
                for (; j < ow; j += L) {
                    int n = Math.min(L, ow - j);
                    for (int f = f0; f < f4; f += 4) f4v1(buf, base + j, offs, taps, w.data(), f * taps, out.data(),
                            (f * oh + i) * ow + j, plane, n, tail, bias, f);
                    for (int f = f4; f < f1; f++) f1v1(buf, base + j, offs, taps, w.data(), f * taps, out.data(),
                            (f * oh + i) * ow + j, n, tail, bias, f);
                }
                counts.addMultiplies(mulRow * perGroup);
                counts.addAdditions(addRow * perGroup);
            }
        }
        return finite;
    }

    /** Four filters × three vectors: twelve accumulators over all taps (filter q's weights at w0 + q·taps). */
    private static void f4v3(float[] buf, int at, int[] offs, int taps, float[] wd, int w0, float[] o, int o0, int p,
                             float[] bias, int f) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, b0 = a0, b1 = a0, b2 = a0;
        FloatVector c0 = a0, c1 = a0, c2 = a0, d0 = a0, d1 = a0, d2 = a0;
        for (int t = 0; t < taps; t++) {
            int x = at + offs[t], k = w0 + t;
            FloatVector x0 = FloatVector.fromArray(S, buf, x);
            FloatVector x1 = FloatVector.fromArray(S, buf, x + L);
            FloatVector x2 = FloatVector.fromArray(S, buf, x + 2 * L);
            FloatVector wv = FloatVector.broadcast(S, wd[k]);
            a0 = x0.fma(wv, a0); a1 = x1.fma(wv, a1); a2 = x2.fma(wv, a2);
            wv = FloatVector.broadcast(S, wd[k + taps]);
            b0 = x0.fma(wv, b0); b1 = x1.fma(wv, b1); b2 = x2.fma(wv, b2);
            wv = FloatVector.broadcast(S, wd[k + 2 * taps]);
            c0 = x0.fma(wv, c0); c1 = x1.fma(wv, c1); c2 = x2.fma(wv, c2);
            wv = FloatVector.broadcast(S, wd[k + 3 * taps]);
            d0 = x0.fma(wv, d0); d1 = x1.fma(wv, d1); d2 = x2.fma(wv, d2);
        }
        if (bias != null) {
            FloatVector bv = FloatVector.broadcast(S, bias[f]);
            a0 = a0.add(bv); a1 = a1.add(bv); a2 = a2.add(bv);
            bv = FloatVector.broadcast(S, bias[f + 1]);
            b0 = b0.add(bv); b1 = b1.add(bv); b2 = b2.add(bv);
            bv = FloatVector.broadcast(S, bias[f + 2]);
            c0 = c0.add(bv); c1 = c1.add(bv); c2 = c2.add(bv);
            bv = FloatVector.broadcast(S, bias[f + 3]);
            d0 = d0.add(bv); d1 = d1.add(bv); d2 = d2.add(bv);
        }
        a0.intoArray(o, o0); a1.intoArray(o, o0 + L); a2.intoArray(o, o0 + 2 * L);
        b0.intoArray(o, o0 + p); b1.intoArray(o, o0 + p + L); b2.intoArray(o, o0 + p + 2 * L);
        c0.intoArray(o, o0 + 2 * p); c1.intoArray(o, o0 + 2 * p + L); c2.intoArray(o, o0 + 2 * p + 2 * L);
        d0.intoArray(o, o0 + 3 * p); d1.intoArray(o, o0 + 3 * p + L); d2.intoArray(o, o0 + 3 * p + 2 * L);
    }

    /** Four filters × one vector (the last vectors of a row; n ≤ L values stored). */
    private static void f4v1(float[] buf, int at, int[] offs, int taps, float[] wd, int w0, float[] o, int o0, int p, int n,
                             float[] tail, float[] bias, int f) {
        FloatVector a = FloatVector.zero(S), b = a, c = a, d = a;
        for (int t = 0; t < taps; t++) {
            int k = w0 + t;
            FloatVector x0 = FloatVector.fromArray(S, buf, at + offs[t]);
            a = x0.fma(FloatVector.broadcast(S, wd[k]), a);
            b = x0.fma(FloatVector.broadcast(S, wd[k + taps]), b);
            c = x0.fma(FloatVector.broadcast(S, wd[k + 2 * taps]), c);
            d = x0.fma(FloatVector.broadcast(S, wd[k + 3 * taps]), d);
        }
        if (bias != null) {
            a = a.add(bias[f]); b = b.add(bias[f + 1]); c = c.add(bias[f + 2]); d = d.add(bias[f + 3]);
        }
        Vec.store(a, o, o0, n, tail);
        Vec.store(b, o, o0 + p, n, tail);
        Vec.store(c, o, o0 + 2 * p, n, tail);
        Vec.store(d, o, o0 + 3 * p, n, tail);
    }

    /** One filter × three vectors (depthwise, and filters left over from blocks of four). */
    private static void f1v3(float[] buf, int at, int[] offs, int taps, float[] wd, int w0, float[] o, int o0, float[] bias,
                             int f) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0;
        for (int t = 0; t < taps; t++) {
            int x = at + offs[t];
            FloatVector wv = FloatVector.broadcast(S, wd[w0 + t]);
            a0 = FloatVector.fromArray(S, buf, x).fma(wv, a0);
            a1 = FloatVector.fromArray(S, buf, x + L).fma(wv, a1);
            a2 = FloatVector.fromArray(S, buf, x + 2 * L).fma(wv, a2);
        }
        if (bias != null) {
            a0 = a0.add(bias[f]); a1 = a1.add(bias[f]); a2 = a2.add(bias[f]);
        }
        a0.intoArray(o, o0); a1.intoArray(o, o0 + L); a2.intoArray(o, o0 + 2 * L);
    }

    /** One filter × one vector. */
    private static void f1v1(float[] buf, int at, int[] offs, int taps, float[] wd, int w0, float[] o, int o0, int n,
                             float[] tail, float[] bias, int f) {
        FloatVector a = FloatVector.zero(S);
        for (int t = 0; t < taps; t++) a = FloatVector.fromArray(S, buf, at + offs[t]).fma(FloatVector.broadcast(S, wd[w0 + t]), a);
        if (bias != null) a = a.add(bias[f]);
        Vec.store(a, o, o0, n, tail);
    }

    /**
     * Copies rows y0..y0+n−1 of channel ch, zero-padded to width wp, to {@code buf[first + r·rowLen]};
     * rows outside the image are zeros. False if a copied value is NaN or infinite.
     */
    static boolean copyRows(Tensor in, int ch, ConvSpec.Geometry g, int y0, int n, int wp, float[] buf, int first, int rowLen) {
        int h = in.height(), wIn = in.width(), pl = g.padLeft();
        float[] d = in.data();
        boolean ok = true;
        for (int r = 0; r < n; r++) {
            int y = y0 + r, at = first + r * rowLen;
            if (y < 0 || y >= h) {
                Arrays.fill(buf, at, at + wp, 0f);
            } else {
                if (pl > 0) Arrays.fill(buf, at, at + pl, 0f);
                ok &= copyFinite(d, (ch * h + y) * wIn, buf, at + pl, wIn);
                if (wp > pl + wIn) Arrays.fill(buf, at + pl + wIn, at + wp, 0f);
            }
        }
        return ok;
    }

    /**
     * Copies src[s..s+n) to dst[d..d+n) in one pass that also checks the values: false if one is NaN
     * or infinite (0·x is NaN exactly for those).
     */
    static boolean copyFinite(float[] src, int s, float[] dst, int d, int n) {
        FloatVector bad = FloatVector.zero(S);
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector v = FloatVector.fromArray(S, src, s + i);
            v.intoArray(dst, d + i);
            bad = bad.add(v.mul(0f));
        }
        float b = 0f;
        for (; i < n; i++) {
            float v = src[s + i];
            dst[d + i] = v;
            b += 0f * v;
        }
        return !Float.isNaN(b + bad.reduceLanes(VectorOperators.ADD));
    }
}
