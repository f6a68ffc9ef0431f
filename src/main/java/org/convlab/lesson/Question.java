package org.convlab.lesson;

import java.util.List;
import java.util.Locale;

/**
 * A "predict, then reveal" question: multiple choice (one right choice) or a number with a
 * tolerance. {@code measures}, when set, names the scene quantity the number is; the checker then
 * verifies the answer against the engine's own value for the step's scene. {@code choiceFeedback}
 * has one entry per choice (empty when the lesson gives none): what the student who picks that
 * choice probably believes, and why it is wrong. {@code hides} names the quantities the player
 * hides on every screen while the question is open (ids of {@link #HIDEABLE}); a {@code measures}
 * question always hides what it measures. {@code model}, for the measures of a trained model
 * ({@link Measure#ofModel()}), names it and its factorizations: {@code "fashion-cnn conv3:filter-svd:4"}. {@code line} is the 1-based line of {@code answer:}.
 */
public record Question(Kind kind, String prompt, List<String> choices, int correctChoice, double answer,
                       double tolerance, String unit, String feedback, Measure measures, int line,
                       List<String> choiceFeedback, List<String> hides, String model) {

    /** Quantity ids a question may hide (they match the screens' {@code Quantity} names). */
    public static final List<String> HIDEABLE = List.of("multiplies", "additions", "parameters", "output-size", "ratio",
            "kernel-error", "output-values", "rank", "accuracy");

    public enum Kind { CHOICE, NUMBER }

    /** Quantities of a scene a numeric answer can be checked against. */
    public enum Measure {
        MULTIPLIES, ADDITIONS, PARAMETERS, OUTPUT_HEIGHT, OUTPUT_WIDTH,
        /** Standard multiplies ÷ this method's multiplies ("how many times fewer"). */
        RATIO,
        /** Low-rank: ‖W − W_r‖_F / ‖W‖_F. */
        KERNEL_ERROR,
        /** ‖out − out_standard‖_F / ‖out_standard‖_F on the scene's image. */
        OUTPUT_ERROR,
        /** Accuracy in % of the question's {@code model:} on its shipped test images (see {@link ModelMeasures}). */
        ACCURACY,
        /** Multiplies per image of the question's {@code model:}. */
        NETWORK_MULTIPLIES,
        /** ‖W − W_r‖_F / ‖W‖_F of the last layer factored in the question's {@code model:}. */
        FACTOR_ERROR;

        /** True for the measures of a trained model rather than of the step's scene. */
        public boolean ofModel() { return this == ACCURACY || this == NETWORK_MULTIPLIES || this == FACTOR_ERROR; }

        public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

        /** The quantity id it hides while its question is open. */
        public String hides() {
            return switch (this) {
                case OUTPUT_HEIGHT, OUTPUT_WIDTH -> "output-size";
                case OUTPUT_ERROR -> "output-values";
                case NETWORK_MULTIPLIES -> "multiplies";
                case FACTOR_ERROR -> "kernel-error";
                default -> id();
            };
        }
    }

    /** A question about the step's scene (no trained model). */
    public Question(Kind kind, String prompt, List<String> choices, int correctChoice, double answer, double tolerance,
                    String unit, String feedback, Measure measures, int line, List<String> choiceFeedback, List<String> hides) {
        this(kind, prompt, choices, correctChoice, answer, tolerance, unit, feedback, measures, line, choiceFeedback, hides, null);
    }

    public Question {
        choices = List.copyOf(choices);
        choiceFeedback = choiceFeedback == null ? List.of() : List.copyOf(choiceFeedback);
        hides = hides == null ? List.of() : List.copyOf(hides);
    }

    /** True when {@code value} is accepted for a numeric question. */
    public boolean acceptsNumber(double value) {
        return kind == Kind.NUMBER && Math.abs(value - answer) <= tolerance + 1e-9 * Math.abs(answer);
    }

    /** True when {@code choice} (0-based) is the right one for a multiple-choice question. */
    public boolean acceptsChoice(int choice) {
        return kind == Kind.CHOICE && choice == correctChoice;
    }

    /** The lesson's feedback for picking {@code choice}, or "" when it gives none. */
    public String feedbackFor(int choice) {
        return choice >= 0 && choice < choiceFeedback.size() ? choiceFeedback.get(choice) : "";
    }

    /** Every quantity id hidden while the question is open: {@code hides} plus what it measures. */
    public List<String> hidden() {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>(hides);
        if (measures != null) s.add(measures.hides());
        return List.copyOf(s);
    }

    /** The right answer as text, for the reveal. */
    public String answerText() {
        if (kind == Kind.CHOICE) return choices.get(correctChoice);
        return number(answer) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** A number as a lesson shows it: whole numbers with thousands separators, else up to 4 significant digits. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
