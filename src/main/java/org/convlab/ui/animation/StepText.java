package org.convlab.ui.animation;

import java.util.Locale;
import org.convlab.engine.Cost;
import org.convlab.trace.Space;
import org.convlab.trace.Stage;
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
        Stage st = t.stage(k);
        if (st == Stage.PAIR_SUM) {
            return target(t, k) + " = " + num(t.before(k)) + " + pair " + t.sourceC(k) + " " + paren(t.value(k)) + " = " + num(t.partial(k));
        }
        int terms = k - from + 1;
        for (int i = from; i <= k; i++) {
            int idx = i - from;
            if (terms > HEAD + TAIL + 1 && idx == HEAD) { sb.append(" + …"); i = k - TAIL; continue; }
            if (idx > 0) sb.append(" + ");
            String term = t.stage(i) == Stage.BIAS ? "bias " + paren(t.weight(i))
                    : paren(t.value(i)) + (t.padded(i) ? "ᵖ" : "") + " × " + paren(t.weight(i));
            sb.append(i == k ? "[" + term + "]" : term);
        }
        sb.append(" = ").append(num(t.partial(k)));
        return target(t, k) + " = " + sb;
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
