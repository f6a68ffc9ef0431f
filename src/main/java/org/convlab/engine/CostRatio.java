package org.convlab.engine;

import java.util.Locale;

/**
 * How a method's cost compares with the standard convolution's, in words a student reads the
 * right way round: "9.00× fewer", "1.33× more", "the same". Never "0.75× fewer".
 */
public final class CostRatio {
    private CostRatio() { }

    /** "9.00× fewer", "1.33× more" or "the same" ({@code what} e.g. "multiplies" is appended when not null). */
    public static String describe(double method, double standard, String what) {
        String tail = what == null || what.isBlank() ? "" : " " + what;
        if (!(method > 0) || !(standard > 0)) return "";
        if (method == standard) return "the same" + tail;
        return method < standard
                ? String.format(Locale.ROOT, "%.2f× fewer%s", standard / method, tail)
                : String.format(Locale.ROOT, "%.2f× more%s", method / standard, tail);
    }

    /** The plain quotient method ÷ standard, e.g. "0.111×" or "1.33×" (for a table column headed "ratio"). */
    public static String quotient(double method, double standard) {
        if (!(standard > 0)) return "";
        return String.format(Locale.ROOT, "%.3g×", method / standard);
    }
}
