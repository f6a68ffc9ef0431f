package org.convlab.lesson;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Predict-then-reveal: finds a question's answer written in what the student sees while the
 * question is open (the step's text and the prompts of its questions). Numbers are matched in the
 * ways lessons write them: {@code 9216}, {@code 9,216}, {@code 9 216}, {@code 9\,216}, {@code 9{,}216},
 * with a narrow or non-breaking space, never as part of a longer number. Whole numbers below 100
 * are not checked (they are everywhere: sizes, strides, kernel widths); decimals always are. A
 * choice answer is checked as a whole phrase (case and spacing ignored) when it has at least three
 * words, or as a number when it is one.
 */
final class AnswerLeaks {
    private AnswerLeaks() { }

    private static final String SEP = "(?:,|\\{,\\}|\\\\,|\\\\ |\\\\;|\\\\:|[ \\u00a0\\u202f\\u2009])?";

    /** What gives the answer away (e.g. "9 216" on its own), or null when nothing does. */
    static String find(Step step, Question q) {
        StringBuilder seen = new StringBuilder(step.markdown());
        for (Question o : step.questions()) seen.append("\n\n").append(o.prompt());
        String text = seen.toString();
        if (q.kind() == Question.Kind.NUMBER) return number(text, q.answer());
        String a = q.answerText().trim();
        Double n = parse(a);
        if (n != null) return number(text, n);
        String phrase = a.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (phrase.split(" ").length < 3) return null;
        String hay = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(hay);
        return m.find() ? "the choice \"" + a + "\"" : null;
    }

    /** The first place {@code text} writes {@code v}, or null. */
    static String number(String text, double v) {
        Pattern p = pattern(v);
        if (p == null) return null;
        Matcher m = p.matcher(text);
        return m.find() ? "\"" + m.group().trim() + "\"" : null;
    }

    /** The pattern for {@code v}, or null when the number is too common to check. */
    static Pattern pattern(double v) {
        double a = Math.abs(v);
        String body;
        if (v == Math.rint(v)) {
            if (a < 100) return null;
            String digits = Long.toString((long) a);
            StringBuilder sb = new StringBuilder();
            int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
            sb.append(digits, 0, head);
            for (int i = head; i < digits.length(); i += 3) sb.append(SEP).append(digits, i, i + 3);
            body = sb.toString();
        } else {
            String s = BigDecimal.valueOf(a).stripTrailingZeros().toPlainString();
            body = Pattern.quote(s);
            if (s.startsWith("0.")) body = "0?" + Pattern.quote(s.substring(1));
        }
        return Pattern.compile("(?<![\\d.,]|\\d[ ,]|\\\\,)" + body + "(?![\\d]|[.,]\\d|" + SEP.replace(")?", ")\\d") + ")");
    }

    private static Double parse(String s) {
        try {
            return Double.parseDouble(s.replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
