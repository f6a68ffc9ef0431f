package org.convlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a {@code ```question} block. */
final class QuestionReader {
    static final List<String> KEYS = List.of("ask", "choices", "answer", "tolerance", "unit", "feedback", "measures", "hides", "model");
    static final List<String> CHOICE_KEYS = List.of("text", "feedback");

    private final YamlContext y;

    QuestionReader(YamlContext y) { this.y = y; }

    /** The question, or null when it has mistakes (they are reported). */
    Question read(Node root, int fenceLine) {
        Map<String, Node> m = y.mapping(root, "question", KEYS, "", null);
        int before = errorsMarker();
        String ask = m.containsKey("ask") ? y.string(m.get("ask"), "ask") : null;
        if (!m.containsKey("ask")) y.error(root, "question needs 'ask:' (the question text)");
        String feedback = m.containsKey("feedback") ? y.string(m.get("feedback"), "feedback") : null;
        if (!m.containsKey("feedback")) y.error(root, "question needs 'feedback:' explaining the answer");
        String unit = m.containsKey("unit") ? y.string(m.get("unit"), "unit") : "";
        if (!m.containsKey("answer")) {
            y.error(root, "question needs 'answer:'");
            return null;
        }
        Node answer = m.get("answer");
        List<String> hides = m.containsKey("hides") ? hides(m.get("hides")) : List.of();
        if (m.containsKey("choices")) {
            List<String> choices = new ArrayList<>();
            List<String> perChoice = new ArrayList<>();
            choices(m.get("choices"), choices, perChoice);
            if (choices.size() < 2) y.error(m.get("choices"), "a multiple-choice question needs at least two choices");
            String a = answer instanceof ScalarNode s ? s.getValue().trim() : null;
            int idx = a == null ? -1 : choices.indexOf(a);
            if (idx < 0) y.error(answer, "answer " + YamlContext.show(answer) + " is not one of the choices (write the right choice's text exactly)");
            for (String k : List.of("tolerance", "measures", "model")) {
                if (m.containsKey(k)) y.error(m.get(k), "'" + k + "' is only for number questions (this one has choices)");
            }
            if (idx < 0 || ask == null || feedback == null || errorsMarker() != before) return null;
            return new Question(Question.Kind.CHOICE, ask, choices, idx, 0, 0, unit, feedback, null, y.line(answer), perChoice, hides);
        }
        Double value = y.number(answer, "answer");
        double tol = 0;
        if (m.containsKey("tolerance")) {
            Double t = y.number(m.get("tolerance"), "tolerance");
            if (t != null && t < 0) y.error(m.get("tolerance"), "bad value " + t + " for tolerance: must be ≥ 0");
            else if (t != null) tol = t;
        }
        Question.Measure measure = m.containsKey("measures") ? y.choice(m.get("measures"), "measures", Question.Measure.class) : null;
        String model = m.containsKey("model") ? y.string(m.get("model"), "model") : null;
        if (measure != null && measure.ofModel() && model == null) {
            y.error(m.get("measures"), "measures: " + measure.id() + " needs 'model:' (e.g. model: fashion-cnn conv3:filter-svd:4)");
        } else if (model != null && (measure == null || !measure.ofModel())) {
            y.error(m.get("model"), "'model:' goes with measures: accuracy, network-multiplies or factor-error");
        } else if (model != null) {
            String bad = ModelMeasures.problem(model);
            if (bad != null) y.error(m.get("model"), bad);
        }
        if (value == null || ask == null || feedback == null || errorsMarker() != before) return null;
        return new Question(Question.Kind.NUMBER, ask, List.of(), -1, value, tol, unit, feedback, measure, y.line(answer), List.of(), hides,
                model);
    }

    /** Choices: each a text, or {@code { text: …, feedback: … }} with what that pick shows the student believes. */
    private void choices(Node n, List<String> texts, List<String> feedback) {
        if (!(n instanceof SequenceNode seq)) {
            y.error(n, "choices must be a list, e.g. [\"1\", \"2\"] or items with text: and feedback:");
            return;
        }
        for (Node c : seq.getValue()) {
            if (c instanceof MappingNode) {
                Map<String, Node> cm = y.mapping(c, "choice", CHOICE_KEYS, "", null);
                String t = cm.containsKey("text") ? y.string(cm.get("text"), "choice text") : null;
                if (t == null) { y.error(c, "a choice written as a mapping needs 'text:'"); continue; }
                texts.add(t.trim());
                String f = cm.containsKey("feedback") ? y.string(cm.get("feedback"), "choice feedback") : null;
                feedback.add(f == null ? "" : f.trim());
            } else {
                String t = y.string(c, "choice");
                if (t != null) { texts.add(t.trim()); feedback.add(""); }
            }
        }
    }

    private List<String> hides(Node n) {
        List<String> out = new ArrayList<>();
        for (String s : y.strings(n, "hides")) {
            String id = s.toLowerCase(java.util.Locale.ROOT);
            if (Question.HIDEABLE.contains(id)) out.add(id);
            else y.error(n, "bad value '" + s + "' for hides" + Suggest.hint(id, Question.HIDEABLE) + " (known: " + String.join(", ", Question.HIDEABLE) + ")");
        }
        return out;
    }

    private int errorsMarker() { return y.problemCount(); }
}
