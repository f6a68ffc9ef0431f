package org.convlab.engine;

/**
 * A fast "are all values finite?" scan for large inputs: blocks checked on {@link Parallel}'s
 * threads with a branch-free test of the exponent bits (all ones = NaN or infinity). Callers
 * locate the first bad value with the plain scan only when this says there is one.
 */
final class FiniteScan {
    private static final int BLOCK = 1 << 16;

    private FiniteScan() { }

    static boolean allFinite(float[] d) {
        int n = d.length;
        int blocks = (n + BLOCK - 1) / BLOCK;
        boolean[] bad = new boolean[blocks];
        // the scan is not a convolution: nothing to count, the Counts instance is discarded
        Parallel.run(blocks, n, new Counts(), (b, c) -> bad[b] = !blockFinite(d, b * BLOCK, Math.min(n, (b + 1) * BLOCK)));
        for (boolean x : bad) if (x) return false;
        return true;
    }

    private static boolean blockFinite(float[] d, int from, int to) {
        int m = 0;
        // (exponent bits) + 2^23 sets the sign bit exactly when the exponent is all ones
        for (int j = from; j < to; j++) m |= (Float.floatToRawIntBits(d[j]) & 0x7f800000) + 0x00800000;
        return m >= 0;
    }
}
