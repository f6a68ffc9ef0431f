package org.convlab.ui.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kernels as plain text, so they move to and from slides, spreadsheets and notebooks.
 *
 * <p>Accepted input: one row per line, numbers separated by spaces, commas, semicolons or tabs;
 * NumPy/Python style {@code [[1, 2], [3, 4]]} (also {@code np.array([...], dtype=...)} and
 * {@code array(...)} as NumPy prints it, one or many lines); MATLAB style {@code [1 2; 3 4]}.
 * Every row must have the same number of values and every value must be finite.
 * Errors are {@link IllegalArgumentException}s naming the line (or row) and the bad token.
 */
public final class KernelText {
    private static final Pattern INNER = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private KernelText() { }

    /** Parses text into rows of equal length; throws with a clear message, never returns partial data. */
    public static float[][] parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("the text is empty: expected rows of numbers");
        String t = text.strip();
        List<String> rows = new ArrayList<>();
        String unit;
        if (t.indexOf('[') >= 0) {
            int open = t.indexOf('['), close = t.lastIndexOf(']');
            if (close < open) throw new IllegalArgumentException("unbalanced brackets: '[' without a closing ']'");
            String body = t.substring(open, close + 1);
            if (count(body, '[') != count(body, ']')) throw new IllegalArgumentException("unbalanced brackets: "
                    + count(body, '[') + " '[' but " + count(body, ']') + " ']'");
            Matcher m = INNER.matcher(body);
            while (m.find()) rows.add(m.group(1));
            if (rows.size() == 1 && rows.get(0).contains(";")) rows = List.of(rows.get(0).split(";"));
            unit = "row";
        } else {
            rows.addAll(List.of(t.split("\\R")));
            unit = "line";
        }
        List<float[]> out = new ArrayList<>();
        int width = -1, firstRow = 0;
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i).strip();
            if (row.isEmpty()) {
                if (unit.equals("line")) continue;
                throw new IllegalArgumentException("row " + (i + 1) + " is empty");
            }
            String[] tokens = row.split("[\\s,;]+");
            List<Float> vals = new ArrayList<>();
            for (String tok : tokens) {
                if (tok.isEmpty()) continue;
                vals.add(number(tok, unit, i + 1));
            }
            if (vals.isEmpty()) continue;
            if (width < 0) { width = vals.size(); firstRow = i + 1; }
            else if (vals.size() != width) {
                throw new IllegalArgumentException(unit + " " + (i + 1) + " has " + vals.size() + " value(s) but "
                        + unit + " " + firstRow + " has " + width + ": every row needs the same count");
            }
            float[] r = new float[vals.size()];
            for (int k = 0; k < r.length; k++) r[k] = vals.get(k);
            out.add(r);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no numbers found: expected rows of numbers");
        return out.toArray(new float[0][]);
    }

    private static float number(String tok, String unit, int line) {
        String s = tok.replace('\u2212', '-'); // the typographic minus from slides
        float v;
        try {
            if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) throw new NumberFormatException();
            v = Float.parseFloat(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + tok + "' on " + unit + " " + line + " is not a number");
        }
        if (!Float.isFinite(v)) throw new IllegalArgumentException("'" + tok + "' on " + unit + " " + line + " is too large for a float");
        return v;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    /** Rows of numbers separated by single spaces, one row per line (round-trips exactly). */
    public static String format(float[] values, int rows, int cols) {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (x > 0) sb.append(' ');
                sb.append(exact(values[y * cols + x]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** NumPy style {@code [[1, 0], [0, 1]]}, one row per line. */
    public static String formatNumpy(float[] values, int rows, int cols) {
        StringBuilder sb = new StringBuilder("[");
        for (int y = 0; y < rows; y++) {
            sb.append(y == 0 ? "[" : " [");
            for (int x = 0; x < cols; x++) {
                if (x > 0) sb.append(", ");
                sb.append(exact(values[y * cols + x]));
            }
            sb.append(y == rows - 1 ? "]]" : "],\n");
        }
        return sb.toString();
    }

    /** The shortest decimal that reads back as the same float: 1, -0.5, 0.0625, 1.0E-7 → 0.0000001. */
    public static String exact(float v) {
        if (v == 0) return "0";
        return new BigDecimal(Float.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A short label for a grid cell: up to 3 decimals; tiny or huge values as 2.4e-4 / 1.2e5. */
    public static String compact(float v) {
        if (v == 0) return "0";
        float a = Math.abs(v);
        if (a >= 10000 || a < 0.001) {
            int exp = (int) Math.floor(Math.log10(a));
            double mant = Math.round(v / Math.pow(10, exp) * 10) / 10.0;
            if (Math.abs(mant) >= 10) { mant /= 10; exp++; }
            String m = mant == Math.rint(mant) ? String.valueOf((long) mant) : String.valueOf(mant);
            return m + "e" + exp;
        }
        String s = new BigDecimal(Float.toString(v)).setScale(a >= 100 ? 1 : 3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
