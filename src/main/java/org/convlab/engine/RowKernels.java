package org.convlab.engine;

/**
 * The innermost loops of the fast paths: one to four taps applied along a row,
 * {@code o[j] (=|+=) Σ_t w_t · s_t[j]} for {@code from ≤ j < to}, every array indexed by the
 * same {@code j} (the form HotSpot C2 turns into SIMD code; see {@link Workspace}), weights in
 * locals. {@code set} marks the first taps of a dot product: their products are stored, later
 * taps added, so one call performs {@code taps·n} multiplies and {@code (taps − 1)·n} (set) or
 * {@code taps·n} additions, n = to − from. The callers count them per row.
 */
final class RowKernels {
    private RowKernels() { }

    static void tap1(boolean set, float[] o, int from, int to, float[] s0, float w0) {
        if (set) {
            for (int j = from; j < to; j++) o[j] = w0 * s0[j];
        } else {
            for (int j = from; j < to; j++) o[j] += w0 * s0[j];
        }
    }

    static void tap2(boolean set, float[] o, int from, int to, float[] s0, float w0, float[] s1, float w1) {
        if (set) {
            for (int j = from; j < to; j++) o[j] = w0 * s0[j] + w1 * s1[j];
        } else {
            for (int j = from; j < to; j++) o[j] += w0 * s0[j] + w1 * s1[j];
        }
    }

    static void tap3(boolean set, float[] o, int from, int to, float[] s0, float w0, float[] s1, float w1,
                     float[] s2, float w2) {
        if (set) {
            for (int j = from; j < to; j++) o[j] = w0 * s0[j] + w1 * s1[j] + w2 * s2[j];
        } else {
            for (int j = from; j < to; j++) o[j] += w0 * s0[j] + w1 * s1[j] + w2 * s2[j];
        }
    }

    static void tap4(boolean set, float[] o, int from, int to, float[] s0, float w0, float[] s1, float w1,
                     float[] s2, float w2, float[] s3, float w3) {
        if (set) {
            for (int j = from; j < to; j++) o[j] = w0 * s0[j] + w1 * s1[j] + w2 * s2[j] + w3 * s3[j];
        } else {
            for (int j = from; j < to; j++) o[j] += w0 * s0[j] + w1 * s1[j] + w2 * s2[j] + w3 * s3[j];
        }
    }

    /** Up to four taps at once: arrays {@code s[0..k)} with weights {@code w[wOff..wOff+k)}. */
    static void taps(boolean set, float[] o, int from, int to, float[][] s, float[] w, int wOff, int k) {
        switch (k) {
            case 4 -> tap4(set, o, from, to, s[0], w[wOff], s[1], w[wOff + 1], s[2], w[wOff + 2], s[3], w[wOff + 3]);
            case 3 -> tap3(set, o, from, to, s[0], w[wOff], s[1], w[wOff + 1], s[2], w[wOff + 2]);
            case 2 -> tap2(set, o, from, to, s[0], w[wOff], s[1], w[wOff + 1]);
            case 1 -> tap1(set, o, from, to, s[0], w[wOff]);
            default -> throw new IllegalArgumentException("1 to 4 taps, got " + k);
        }
    }

    /**
     * A 1×k kernel row over one zero-padded source row {@code src} (index 0 = first padded
     * column): {@code acc[j] (=|+=) Σ_t w[wOff + t] · src[j·stride + t·step]} for j &lt; n.
     * For stride 1 the source is shifted by copying (System.arraycopy) into the workspace's
     * scratch rows, so the multiply-add loops stay in vectorizable form; other strides use a
     * plain strided loop.
     */
    static void row(boolean set, float[] acc, int n, float[] src, int step, int stride, float[] w, int wOff, int k,
                    Workspace ws, float[][] group) {
        if (stride != 1) {
            for (int t = 0; t < k; t++) {
                float wt = w[wOff + t];
                int a = t * step;
                if (set) {
                    for (int j = 0; j < n; j++) acc[j] = wt * src[a + j * stride];
                } else {
                    for (int j = 0; j < n; j++) acc[j] += wt * src[a + j * stride];
                }
                set = false;
            }
            return;
        }
        for (int t = 0; t < k; t += 4) {
            int m = Math.min(4, k - t);
            for (int q = 0; q < m; q++) {
                int shift = (t + q) * step;
                if (shift == 0) {
                    group[q] = src;
                } else {
                    float[] s = ws.shifted(q, n);
                    System.arraycopy(src, shift, s, 0, n);
                    group[q] = s;
                }
            }
            taps(set, acc, 0, n, group, w, wOff + t, m);
            set = false;
        }
    }

    /** Adds a constant (the bias) to n values. */
    static void addConstant(float[] o, int n, float c) {
        for (int j = 0; j < n; j++) o[j] += c;
    }
}
