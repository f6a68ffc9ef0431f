package org.convlab.network;

import java.util.Locale;

/**
 * Numbers as a projector audience reads them: thousands separators and the paper's millions
 * ({@code 568.7 M}). Always the same separators (US style), so screenshots and tests agree.
 */
public final class CostFormat {
    private CostFormat() { }

    /** {@code 568,740,352}. */
    public static String grouped(long v) { return String.format(Locale.US, "%,d", v); }

    /** Millions with one decimal and separators: {@code 4,867.3 M}; below 100 000: {@code 0.05 M}. */
    public static String millions(long v) {
        if (v == 0) return "0";
        if (Math.abs(v) < 100_000) return String.format(Locale.US, "%.3f M", v / 1e6);
        return String.format(Locale.US, "%,.1f M", v / 1e6);
    }

    /** Millions with {@code decimals} decimals and separators: {@code 4.21 M}. */
    public static String millions(long v, int decimals) {
        return String.format(Locale.US, "%,." + decimals + "f M", v / 1e6);
    }

    /** Millions to a given number of decimals, as the paper prints them ({@code 569}, {@code 4.2}). */
    public static String paper(long v, int decimals) {
        return String.format(Locale.US, "%." + decimals + "f", v / 1e6);
    }

    /** A factor such as {@code 8.6×}. */
    public static String times(double f) { return String.format(Locale.US, "%.1f×", f); }

    /** A percentage such as {@code 94.86%}. */
    public static String percent(double p) { return String.format(Locale.US, "%.2f%%", p); }
}
