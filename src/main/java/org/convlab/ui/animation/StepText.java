package org.convlab.ui.animation;

import java.util.Locale;
import org.convlab.engine.Cost;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;

/** The words and numbers shown for a step: the equation of the value being computed, counters. */
public final class StepText {
    private static final int HEAD = 3, TAIL = 5;

    private StepText() { }

    public static String num(float v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s.replace('-', '−');
    }

    static String paren(float v) { return v < 0 ? "(" + num(v) + ")" : num(v); }

    /** Thousands separated by thin spaces: 12 345. */
    public static String count(long n) { return String.format(Locale.ROOT, "%,d", n).replace(',', '\u2009'); }

    /** Name of a target cell, e.g. "OUTPUT[f=1, y=2, x=3]". */
    public static String target(Trace t, int k) {
        Space s = t.targetSpace(k);
        String c = s == Space.OUTPUT ? "f" : s == Space.PAIR ? "pair" : t.meta().rank() == 0 ? "c" : "slice";
        return s + "[" + c + "=" + t.targetC(k) + ", y=" + t.targetY(k) + ", x=" + t.targetX(k) + "]";
    }

    /**
     * The running sum of the value that step {@code k} works on, from its first step {@code from}:
     * "0.25 × 1.00 + … + [1.00 × 0.50] = 3.75" (the current term in brackets; long sums elided).
     */
    public static String equation(Trace t, int from, int k) {
        StringBuilder sb = new StringBuilder();
        int terms = k - from + 1;
        for (int i = from; i <= k; i++) {
            int idx = i - from;
            if (terms > HEAD + TAIL + 1 && idx == HEAD) { sb.append(" + …"); i = k - TAIL; continue; }
            if (idx > 0) sb.append(" + ");
            String term = paren(t.value(i)) + (t.padded(i) ? "ᵖ" : "") + " × " + paren(t.weight(i));
            sb.append(i == k ? "[" + term + "]" : term);
        }
        sb.append(" = ").append(num(t.partial(k)));
        return target(t, k) + " = " + sb + (t.hasExtra(k) ? "   then " + extra(t, k) : "");
    }

    /** The addition(s) riding on step k: "OUTPUT[f=0, y=1, x=2] = 0.50 + pair (−0.25) = 0.25" or "… + bias 0.10 = …". */
    public static String extra(Trace t, int k) {
        String cell = t.extraSpace(k) + "[f=" + t.extraC(k) + ", y=" + t.extraY(k) + ", x=" + t.extraX(k) + "]";
        boolean bias = t.extraHasBias(k);
        String what;
        if (bias && t.extraAdditions(k) == 1) what = "bias " + paren(t.extraAdded(k));
        else if (bias) what = "pair + bias " + paren(t.extraAdded(k));
        else what = "this pair " + paren(t.extraAdded(k));
        return cell + " = " + num(t.extraBefore(k)) + " + " + what + " = " + num(t.extraAfter(k));
    }

    /** "multiplies 123 / 4 608 · additions 110 / 4 400". */
    public static String counters(long mul, long totalMul, long add, long totalAdd) {
        return "multiplies " + count(mul) + " / " + count(totalMul) + "   ·   additions " + count(add) + " / " + count(totalAdd);
    }

    /** "F·H_out·W_out·… = 2·8·8·2·3·3 = 2 304 multiplies". */
    public static String formula(Cost c) {
        return c.formula() + " = " + c.substituted() + " = " + count(c.multiplies()) + " multiplies";
    }
}
