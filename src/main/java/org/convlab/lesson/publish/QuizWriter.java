package org.convlab.lesson.publish;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.convlab.engine.ConvResult;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.Question;
import org.convlab.lesson.SceneBuilder;
import org.convlab.lesson.Step;

/**
 * Every question of some lessons as a quiz an LMS imports: Moodle XML (multiple choice and
 * numerical with tolerance, feedback per answer, general feedback, and the step's scene as an
 * embedded PNG — a base64 {@code <file>} referenced through {@code @@PLUGINFILE@@} — when the
 * question refers to it) or GIFT (the same questions as text; GIFT cannot carry images).
 * Formulas are written as TeX between {@code \( \)}, which Moodle's MathJax filter renders.
 */
public final class QuizWriter {
    private static final Pattern REFERS = Pattern.compile("\\b(this|these|scene|image|photo|shown|here|step)\\b", Pattern.CASE_INSENSITIVE);

    private QuizWriter() { }

    /** One question with where it comes from, and its scene picture when it refers to the scene (else null). */
    public record Item(Lesson lesson, Step step, int index, Question question, byte[] scene) {
        String name() { return lesson.id() + " · step " + step.number() + " · Q" + (index + 1); }
    }

    /** Collects the questions of {@code lessons}; scenes are built with the engine. */
    public static List<Item> items(List<Lesson> lessons) {
        List<Item> out = new ArrayList<>();
        for (Lesson l : lessons) {
            SceneBuilder.Context ctx = SceneBuilder.Context.forLesson(l.file());
            for (Step s : l.steps()) {
                for (int i = 0; i < s.questions().size(); i++) {
                    Question q = s.questions().get(i);
                    byte[] png = null;
                    if (q.measures() != null || REFERS.matcher(q.prompt()).find()) {
                        SceneBuilder.Built b = SceneBuilder.build(s.scene(), ctx);
                        ConvResult r = b.run();
                        // the output stays out of the picture when any question of the step asks about it
                        boolean hideOut = s.questions().stream().anyMatch(o -> o.hidden().contains("output-values") || o.hidden().contains("output-size"));
                        png = ScenePicture.png(b, r, !hideOut);
                    }
                    out.add(new Item(l, s, i, q, png));
                }
            }
        }
        return out;
    }

    public static String moodleXml(List<Item> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        String category = null;
        for (Item it : items) {
            if (!it.lesson().title().equals(category)) {
                category = it.lesson().title();
                x.append("  <question type=\"category\"><category><text>$course$/ConvLab/").append(WebText.escape(category.replace("/", "-")))
                        .append("</text></category></question>\n");
            }
            Question q = it.question();
            x.append("  <question type=\"").append(q.kind() == Question.Kind.CHOICE ? "multichoice" : "numerical").append("\">\n");
            x.append("    <name><text>").append(WebText.escape(it.name())).append("</text></name>\n");
            String text = WebText.html(q.prompt(), WebText.Math.TEX);
            if (it.scene() != null) text += "<p><img src=\"@@PLUGINFILE@@/scene.png\" alt=\"the step's scene\"></p>";
            x.append("    <questiontext format=\"html\"><text>").append(WebText.escape(text)).append("</text>\n");
            if (it.scene() != null) {
                x.append("      <file name=\"scene.png\" path=\"/\" encoding=\"base64\">").append(Base64.getEncoder().encodeToString(it.scene())).append("</file>\n");
            }
            x.append("    </questiontext>\n");
            x.append("    <generalfeedback format=\"html\"><text>").append(WebText.escape(WebText.html(q.feedback(), WebText.Math.TEX))).append("</text></generalfeedback>\n");
            x.append("    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
            if (q.kind() == Question.Kind.CHOICE) {
                x.append("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
                for (int c = 0; c < q.choices().size(); c++) {
                    boolean right = q.acceptsChoice(c);
                    String fb = right ? "Right." : q.feedbackFor(c).isEmpty() ? "Not this one." : q.feedbackFor(c);
                    x.append("    <answer fraction=\"").append(right ? 100 : 0).append("\" format=\"html\"><text>")
                            .append(WebText.escape(WebText.inline(q.choices().get(c), WebText.Math.TEX))).append("</text>")
                            .append("<feedback format=\"html\"><text>").append(WebText.escape(WebText.html(fb, WebText.Math.TEX))).append("</text></feedback></answer>\n");
                }
            } else {
                x.append("    <answer fraction=\"100\"><text>").append(plain(q.answer())).append("</text><tolerance>").append(plain(q.tolerance()))
                        .append("</tolerance><feedback format=\"html\"><text>Right.</text></feedback></answer>\n");
                if (q.unit() != null && !q.unit().isEmpty()) {
                    x.append("    <units><unit><multiplier>1</multiplier><unit_name>").append(WebText.escape(q.unit())).append("</unit_name></unit></units>\n");
                    x.append("    <unitgradingtype>0</unitgradingtype>\n    <showunits>3</showunits>\n");
                }
            }
            x.append("  </question>\n");
        }
        return x.append("</quiz>\n").toString();
    }

    public static String gift(List<Item> items) {
        StringBuilder g = new StringBuilder("// ConvLab quiz (GIFT). Scene pictures are only in the Moodle XML export.\n\n");
        String category = null;
        for (Item it : items) {
            if (!it.lesson().title().equals(category)) {
                category = it.lesson().title();
                g.append("$CATEGORY: $course$/ConvLab/").append(category.replace("/", "-")).append("\n\n");
            }
            Question q = it.question();
            g.append("::").append(esc(it.name())).append("::[html]").append(esc(WebText.html(q.prompt(), WebText.Math.TEX).trim())).append(" {\n");
            if (q.kind() == Question.Kind.CHOICE) {
                for (int c = 0; c < q.choices().size(); c++) {
                    g.append(q.acceptsChoice(c) ? "  =" : "  ~").append(esc(WebText.inline(q.choices().get(c), WebText.Math.TEX)));
                    String fb = q.acceptsChoice(c) ? "" : q.feedbackFor(c);
                    if (!fb.isEmpty()) g.append(" #").append(esc(WebText.inline(fb, WebText.Math.TEX)));
                    g.append('\n');
                }
            } else {
                g.append("  #").append(plain(q.answer())).append(':').append(plain(q.tolerance())).append('\n');
            }
            g.append("  ####").append(esc(WebText.html(q.feedback(), WebText.Math.TEX).trim())).append("\n}\n\n");
        }
        return g.toString();
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.replace("\r", "").replace("\n", " ").toCharArray()) {
            if ("~=#{}:\\".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
