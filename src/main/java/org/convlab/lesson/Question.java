package org.convlab.lesson;

import java.util.List;
import java.util.Locale;

/**
 * A "predict, then reveal" question: multiple choice (one right choice) or a number with a
 * tolerance. {@code measures}, when set, names the scene quantity the number is (multiplies,
 * additions, parameters, output-height, output-width); the checker then verifies the answer
 * against the engine's own count for the step's scene. {@code line} is the 1-based line of
 * {@code answer:} in the lesson file.
 */
public record Question(Kind kind, String prompt, List<String> choices, int correctChoice, double answer,
                       double tolerance, String unit, String feedback, Measure measures, int line) {

    public enum Kind { CHOICE, NUMBER }

    /** Quantities of a scene a numeric answer can be checked against. */
    public enum Measure {
        MULTIPLIES, ADDITIONS, PARAMETERS, OUTPUT_HEIGHT, OUTPUT_WIDTH;

        public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
    }

    /** True when {@code value} is accepted for a numeric question. */
    public boolean acceptsNumber(double value) {
        return kind == Kind.NUMBER && Math.abs(value - answer) <= tolerance + 1e-9 * Math.abs(answer);
    }

    /** True when {@code choice} (0-based) is the right one for a multiple-choice question. */
    public boolean acceptsChoice(int choice) {
        return kind == Kind.CHOICE && choice == correctChoice;
    }

    /** The right answer as text, for the reveal. */
    public String answerText() {
        if (kind == Kind.CHOICE) return choices.get(correctChoice);
        String n = answer == Math.rint(answer) && Math.abs(answer) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) answer) : String.format(Locale.ROOT, "%.4g", answer);
        return n + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }
}
