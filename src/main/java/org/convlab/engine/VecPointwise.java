package org.convlab.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The pointwise (1×1) convolution as a register-blocked matrix product on the Vector API:
 * {@code out[f, p] = Σ_c w[f, c] · in[c, p]}. The plane is cut into blocks of whole vectors (run on
 * {@link Parallel}'s threads); within a block, each chunk of three vectors of pixels is read
 * straight from the input for all C channels (a few KB, in L1) and reused by every block of four
 * filters (twelve accumulators in registers). Pixels past the last whole vector are done with
 * {@link Math#fma}, the same arithmetic as a lane. Counting per block and filter: {@code n·C}
 * multiplies and {@code n·(C − 1)} additions (plus n for a bias).
 */
final class VecPointwise {
    private static final VectorSpecies<Float> S = Vec.S;
    private static final int L = Vec.LANES;
    private static final int BLOCK_PIXELS = 4096;

    private VecPointwise() { }

    static Tensor conv1x1(Tensor in, Weights w, float[] bias, Tensor out, Counts counts) {
        int nc = in.channels(), nf = w.filters(), plane = in.height() * in.width();
        int vecs = (plane + L - 1) / L;
        int perBlock = Math.max(1, Math.min(BLOCK_PIXELS / L, vecs));
        int threads = Parallel.threads();
        if (threads > 1) perBlock = Math.max(1, Math.min(perBlock, (vecs + 2 * threads - 1) / (2 * threads)));
        final int bl = perBlock * L;
        int blocks = (plane + bl - 1) / bl;
        Parallel.run(blocks, (long) nf * nc * plane, counts, (b, c) -> block(in, w, bias, out, b * bl,
                Math.min(plane, (b + 1) * bl), c));
        return out;
    }

    private static void block(Tensor in, Weights w, float[] bias, Tensor out, int p0, int p1, Counts counts) {
        int nc = in.channels(), nf = w.filters(), plane = in.height() * in.width(), n = p1 - p0;
        float[] x = in.data(), o = out.data(), wd = w.data();
        int f4 = nf / 4 * 4, whole = p0 + (n / L) * L;
        int p = p0;
        for (; p + 3 * L <= whole; p += 3 * L) {
            for (int f = 0; f < f4; f += 4) f4v3(x, p, plane, nc, wd, f, o, bias);
            for (int f = f4; f < nf; f++) f1v3(x, p, plane, nc, wd, f, o, bias);
        }
        for (; p < whole; p += L) {
            for (int f = 0; f < nf; f++) {
                FloatVector a = FloatVector.zero(S);
                for (int c = 0; c < nc; c++) a = FloatVector.fromArray(S, x, c * plane + p).fma(FloatVector.broadcast(S, wd[f * nc + c]), a);
                if (bias != null) a = a.add(bias[f]);
                a.intoArray(o, f * plane + p);
            }
        }
        for (; p < p1; p++) {
            for (int f = 0; f < nf; f++) {
                float a = 0f;
                for (int c = 0; c < nc; c++) a = Math.fma(x[c * plane + p], wd[f * nc + c], a);
                o[f * plane + p] = bias != null ? a + bias[f] : a;
            }
        }
        long mul = (long) n * nc, add = (long) n * (nc - 1 + (bias != null ? 1 : 0));
        for (int f = 0; f < nf; f++) {
            counts.addMultiplies(mul);
            counts.addAdditions(add);
        }
    }

    private static void f4v3(float[] x, int p, int plane, int nc, float[] wd, int f, float[] o, float[] bias) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, b0 = a0, b1 = a0, b2 = a0;
        FloatVector c0 = a0, c1 = a0, c2 = a0, d0 = a0, d1 = a0, d2 = a0;
        int w0 = f * nc;
        for (int c = 0, at = p; c < nc; c++, at += plane) {
            FloatVector x0 = FloatVector.fromArray(S, x, at);
            FloatVector x1 = FloatVector.fromArray(S, x, at + L);
            FloatVector x2 = FloatVector.fromArray(S, x, at + 2 * L);
            FloatVector wv = FloatVector.broadcast(S, wd[w0 + c]);
            a0 = x0.fma(wv, a0); a1 = x1.fma(wv, a1); a2 = x2.fma(wv, a2);
            wv = FloatVector.broadcast(S, wd[w0 + nc + c]);
            b0 = x0.fma(wv, b0); b1 = x1.fma(wv, b1); b2 = x2.fma(wv, b2);
            wv = FloatVector.broadcast(S, wd[w0 + 2 * nc + c]);
            c0 = x0.fma(wv, c0); c1 = x1.fma(wv, c1); c2 = x2.fma(wv, c2);
            wv = FloatVector.broadcast(S, wd[w0 + 3 * nc + c]);
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
        int o0 = f * plane + p;
        a0.intoArray(o, o0); a1.intoArray(o, o0 + L); a2.intoArray(o, o0 + 2 * L);
        o0 += plane;
        b0.intoArray(o, o0); b1.intoArray(o, o0 + L); b2.intoArray(o, o0 + 2 * L);
        o0 += plane;
        c0.intoArray(o, o0); c1.intoArray(o, o0 + L); c2.intoArray(o, o0 + 2 * L);
        o0 += plane;
        d0.intoArray(o, o0); d1.intoArray(o, o0 + L); d2.intoArray(o, o0 + 2 * L);
    }

    private static void f1v3(float[] x, int p, int plane, int nc, float[] wd, int f, float[] o, float[] bias) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0;
        for (int c = 0, at = p; c < nc; c++, at += plane) {
            FloatVector wv = FloatVector.broadcast(S, wd[f * nc + c]);
            a0 = FloatVector.fromArray(S, x, at).fma(wv, a0);
            a1 = FloatVector.fromArray(S, x, at + L).fma(wv, a1);
            a2 = FloatVector.fromArray(S, x, at + 2 * L).fma(wv, a2);
        }
        if (bias != null) {
            a0 = a0.add(bias[f]); a1 = a1.add(bias[f]); a2 = a2.add(bias[f]);
        }
        int o0 = f * plane + p;
        a0.intoArray(o, o0); a1.intoArray(o, o0 + L); a2.intoArray(o, o0 + 2 * L);
    }
}
