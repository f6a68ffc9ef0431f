package org.convlab.io;

import java.util.Locale;

/**
 * How tensor values become colours on screen and in PNG files (pure Java, ARGB ints).
 *
 * <ul>
 *   <li>{@link Mode#DIVERGING} (default for signed data): zero is white-grey in the middle,
 *       negatives blue, positives orange (a colour-blind-safe diverging map, like ColorBrewer's
 *       PuOr family), scaled by the largest |value| so the legend is {@code [-m, +m]};</li>
 *   <li>{@link Mode#CLAMP}: values clamped to [0, 1] and shown directly (images);</li>
 *   <li>{@link Mode#ABSOLUTE}: |value| scaled to [0, max|value|], as grey;</li>
 *   <li>{@link Mode#NORMALIZED}: min–max stretched to [0, 1], as grey;</li>
 *   <li>{@link Mode#AUTO}: {@link Mode#CLAMP} when all values lie in [0, 1], else {@link Mode#DIVERGING}
 *       ({@link #resolve}).</li>
 * </ul>
 * {@link #plane} maps one channel; {@link #rgb} maps three channels to R, G, B (a diverging map
 * has no meaning across colour channels, so callers show signed multi-channel data channel by
 * channel with {@link #plane}).
 */
public final class DisplayMapping {
    public enum Mode {
        DIVERGING, CLAMP, ABSOLUTE, NORMALIZED,
        /** CLAMP when every value lies in [0, 1] (a filtered image stays an image), else DIVERGING. */
        AUTO;

        public static Mode parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown display mode '" + s + "' (diverging, clamp, absolute, normalized)");
            }
        }
    }

    // Diverging stops from negative (−1) through 0 to positive (+1): dark blue-purple, light, white, light, dark orange.
    private static final int[][] STOPS = {
        {45, 0, 75}, {84, 39, 136}, {128, 115, 172}, {178, 171, 210}, {216, 218, 235}, {247, 247, 247},
        {254, 224, 182}, {253, 184, 99}, {224, 130, 20}, {179, 88, 6}, {127, 59, 8}};

    private DisplayMapping() { }

    /** The colour of t ∈ [−1, 1] in the diverging map (ARGB, opaque). */
    public static int diverging(double t) {
        double u = (Math.max(-1, Math.min(1, t)) + 1) / 2 * (STOPS.length - 1);
        int i = Math.min((int) u, STOPS.length - 2);
        double f = u - i;
        int r = (int) Math.round(STOPS[i][0] + f * (STOPS[i + 1][0] - STOPS[i][0]));
        int g = (int) Math.round(STOPS[i][1] + f * (STOPS[i + 1][1] - STOPS[i][1]));
        int b = (int) Math.round(STOPS[i][2] + f * (STOPS[i + 1][2] - STOPS[i][2]));
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    /** Largest |v| over the array (0 for all zeros). */
    public static float maxAbs(float[] v, int from, int to) {
        float m = 0;
        for (int i = from; i < to; i++) m = Math.max(m, Math.abs(v[i]));
        return m;
    }

    /**
     * Maps one H×W plane (starting at {@code offset} in {@code data}) to ARGB pixels.
     *
     * @param scale for DIVERGING and ABSOLUTE, the value shown at full colour (≤ 0: use max|v|);
     *              ignored by CLAMP; for NORMALIZED the min–max range is always used
     */
    public static int[] plane(float[] data, int offset, int h, int w, Mode mode, float scale) {
        int n = h * w;
        mode = resolve(mode, data, offset, offset + n);
        int[] out = new int[n];
        float m = scale > 0 ? scale : maxAbs(data, offset, offset + n);
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
        if (mode == Mode.NORMALIZED) {
            for (int i = 0; i < n; i++) { lo = Math.min(lo, data[offset + i]); hi = Math.max(hi, data[offset + i]); }
        }
        for (int i = 0; i < n; i++) {
            float v = data[offset + i];
            out[i] = switch (mode) {
                case DIVERGING -> diverging(m == 0 ? 0 : v / m);
                case CLAMP, AUTO -> grey(v);
                case ABSOLUTE -> grey(m == 0 ? 0 : Math.abs(v) / m);
                case NORMALIZED -> grey(hi > lo ? (v - lo) / (hi - lo) : 0.5f);
            };
        }
        return out;
    }

    /** Three planes as R, G, B, each mapped to [0,1] by the mode (DIVERGING falls back to CLAMP per channel). */
    public static int[] rgb(float[] data, int h, int w, Mode mode) {
        int n = h * w;
        mode = resolve(mode, data, 0, 3 * n);
        int[] out = new int[n];
        float[] lo = new float[3], hi = new float[3], m = new float[3];
        for (int c = 0; c < 3; c++) {
            lo[c] = Float.POSITIVE_INFINITY; hi[c] = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) { float v = data[c * n + i]; lo[c] = Math.min(lo[c], v); hi[c] = Math.max(hi[c], v); }
            m[c] = Math.max(Math.abs(lo[c]), Math.abs(hi[c]));
        }
        for (int i = 0; i < n; i++) {
            int px = 0xFF000000;
            for (int c = 0; c < 3; c++) {
                float v = data[c * n + i];
                float t = switch (mode) {
                    case CLAMP, DIVERGING, AUTO -> v;
                    case ABSOLUTE -> m[c] == 0 ? 0 : Math.abs(v) / m[c];
                    case NORMALIZED -> hi[c] > lo[c] ? (v - lo[c]) / (hi[c] - lo[c]) : 0.5f;
                };
                px |= byteOf(t) << (16 - 8 * c);
            }
            out[i] = px;
        }
        return out;
    }

    /** The mode AUTO stands for on {@code data[from, to)}; any other mode is returned as it is. */
    public static Mode resolve(Mode mode, float[] data, int from, int to) {
        if (mode != Mode.AUTO) return mode;
        final float eps = 1e-6f;
        for (int i = from; i < to; i++) {
            float v = data[i];
            if (!(v >= -eps && v <= 1 + eps)) return Mode.DIVERGING;
        }
        return Mode.CLAMP;
    }

    private static int grey(float t) {
        int b = byteOf(t);
        return 0xFF000000 | (b << 16) | (b << 8) | b;
    }

    private static int byteOf(float t) {
        return Math.round(Math.max(0f, Math.min(1f, t)) * 255f);
    }
}
