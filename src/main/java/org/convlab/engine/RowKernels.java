package org.convlab.engine;

/**
 * The innermost loops of the fast paths: one to four taps applied along a contiguous output
 * row, {@code o[ob + j] (=|+=) Σ_t w_t · b_t[a_t + j]} for j &lt; n. The loops are plain
 * counted loops over contiguous memory with the weights in locals, which HotSpot's C2 compiles
 * to SIMD code. {@code set} means "this is the first tap of the dot product": the products are
 * stored (no addition), later taps are added, so each call performs exactly
 * {@code taps·n} multiplies and {@code (taps − 1)·n} (set) or {@code taps·n} additions; the
 * callers count them per row.
 */
final class RowKernels {
    private RowKernels() { }

    static void tap1(boolean set, float[] o, int ob, int n, float[] b0, int a0, float w0) {
        if (set) {
            for (int j = 0; j < n; j++) o[ob + j] = w0 * b0[a0 + j];
        } else {
            for (int j = 0; j < n; j++) o[ob + j] += w0 * b0[a0 + j];
        }
    }

    static void tap2(boolean set, float[] o, int ob, int n, float[] b0, int a0, float w0, float[] b1, int a1, float w1) {
        if (set) {
            for (int j = 0; j < n; j++) o[ob + j] = w0 * b0[a0 + j] + w1 * b1[a1 + j];
        } else {
            for (int j = 0; j < n; j++) o[ob + j] += w0 * b0[a0 + j] + w1 * b1[a1 + j];
        }
    }

    static void tap3(boolean set, float[] o, int ob, int n, float[] b0, int a0, float w0, float[] b1, int a1, float w1,
                     float[] b2, int a2, float w2) {
        if (set) {
            for (int j = 0; j < n; j++) o[ob + j] = w0 * b0[a0 + j] + w1 * b1[a1 + j] + w2 * b2[a2 + j];
        } else {
            for (int j = 0; j < n; j++) o[ob + j] += w0 * b0[a0 + j] + w1 * b1[a1 + j] + w2 * b2[a2 + j];
        }
    }

    static void tap4(boolean set, float[] o, int ob, int n, float[] b0, int a0, float w0, float[] b1, int a1, float w1,
                     float[] b2, int a2, float w2, float[] b3, int a3, float w3) {
        if (set) {
            for (int j = 0; j < n; j++) {
                o[ob + j] = w0 * b0[a0 + j] + w1 * b1[a1 + j] + w2 * b2[a2 + j] + w3 * b3[a3 + j];
            }
        } else {
            for (int j = 0; j < n; j++) {
                o[ob + j] += w0 * b0[a0 + j] + w1 * b1[a1 + j] + w2 * b2[a2 + j] + w3 * b3[a3 + j];
            }
        }
    }

    /** One tap with a source stride s (the general, non-vectorized path for stride &gt; 1). */
    static void tapStrided(boolean set, float[] o, int ob, int n, float[] b, int a, int s, float w) {
        if (set) {
            for (int j = 0; j < n; j++) o[ob + j] = w * b[a + j * s];
        } else {
            for (int j = 0; j < n; j++) o[ob + j] += w * b[a + j * s];
        }
    }

    /**
     * {@code k} taps from one source array at offsets {@code a + t·step} with weights
     * {@code w[wOff + t]} (a kernel row: step = dilation when the output stride is 1), grouped
     * four at a time. With {@code stride} &gt; 1 the source advances by {@code stride} per output.
     */
    static void row(boolean set, float[] o, int ob, int n, float[] b, int a, int step, int stride,
                    float[] w, int wOff, int k) {
        if (stride != 1) {
            for (int t = 0; t < k; t++) {
                tapStrided(set, o, ob, n, b, a + t * step, stride, w[wOff + t]);
                set = false;
            }
            return;
        }
        int t = 0;
        for (; k - t >= 4; t += 4) {
            int p = a + t * step;
            tap4(set, o, ob, n, b, p, w[wOff + t], b, p + step, w[wOff + t + 1], b, p + 2 * step, w[wOff + t + 2],
                    b, p + 3 * step, w[wOff + t + 3]);
            set = false;
        }
        int p = a + t * step;
        switch (k - t) {
            case 3 -> tap3(set, o, ob, n, b, p, w[wOff + t], b, p + step, w[wOff + t + 1], b, p + 2 * step, w[wOff + t + 2]);
            case 2 -> tap2(set, o, ob, n, b, p, w[wOff + t], b, p + step, w[wOff + t + 1]);
            case 1 -> tap1(set, o, ob, n, b, p, w[wOff + t]);
            default -> { }
        }
    }

    /** Adds a constant (the bias) to n values. */
    static void addConstant(float[] o, int ob, int n, float c) {
        for (int j = 0; j < n; j++) o[ob + j] += c;
    }
}
