package org.convlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds LaTeX formulas in a step's Markdown: {@code $…$} inline (on one line) and {@code $$…$$}
 * displayed (may span lines); {@code \$} is a literal dollar and code spans are left alone. The
 * formulas are replaced by placeholders so Markdown emphasis rules cannot touch their
 * underscores and stars; a renderer puts each formula back where its placeholder is.
 */
public final class MathText {
    private static final String OPEN = "\u27EAmath", CLOSE = "\u27EB";
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private MathText() { }

    /** One formula: its TeX source, whether it is displayed, and its 0-based line in the text. */
    public record Formula(String tex, boolean display, int line) { }

    /** The Markdown with placeholders, and the formulas in order. */
    public record Extracted(String markdown, List<Formula> formulas) {
        /** Splits a piece of rendered text into plain strings and formula indices (as Integer). */
        public static List<Object> split(String text) {
            List<Object> out = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) out.add(text.substring(at, m.start()));
                out.add(Integer.parseInt(m.group(1)));
                at = m.end();
            }
            if (at < text.length()) out.add(text.substring(at));
            return out;
        }
    }

    public static Extracted extract(String md) {
        StringBuilder out = new StringBuilder();
        List<Formula> formulas = new ArrayList<>();
        int i = 0, line = 0, n = md.length();
        boolean code = false;
        while (i < n) {
            char ch = md.charAt(i);
            if (ch == '\n') line++;
            if (ch == '`') { code = !code; out.append(ch); i++; continue; }
            if (!code && ch == '\\' && i + 1 < n && md.charAt(i + 1) == '$') { out.append("\\$"); i += 2; continue; }
            if (!code && ch == '$') {
                boolean display = i + 1 < n && md.charAt(i + 1) == '$';
                int start = i + (display ? 2 : 1);
                int end = display ? md.indexOf("$$", start) : closingDollar(md, start);
                if (end > start) {
                    String tex = md.substring(start, end).trim();
                    out.append(OPEN).append(formulas.size()).append(CLOSE);
                    formulas.add(new Formula(tex, display, line));
                    line += count(md, start, end);
                    i = end + (display ? 2 : 1);
                    continue;
                }
            }
            out.append(ch);
            i++;
        }
        return new Extracted(out.toString(), List.copyOf(formulas));
    }

    private static int closingDollar(String s, int from) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\n') return -1;
            if (c == '\\') { j++; continue; }
            if (c == '$') return j;
        }
        return -1;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int j = from; j < to; j++) if (s.charAt(j) == '\n') k++;
        return k;
    }
}
