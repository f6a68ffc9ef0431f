package org.convlab.lesson.publish;

import java.util.Base64;
import org.convlab.engine.ConvResult;
import org.convlab.lesson.Lesson;
import org.convlab.lesson.Question;
import org.convlab.lesson.SceneBuilder;
import org.convlab.lesson.Step;

/**
 * A lesson as one self-contained HTML page for students without Java: objectives, the text of
 * every step rendered by commonmark with formulas as embedded PNG images, each step's scene as an
 * embedded picture (drawn with the engine's numbers), and the questions with their answers behind
 * a {@code <details>} element that opens on click.
 */
public final class HtmlPage {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
            + "h1{margin-bottom:0.2em}.summary{color:#5b6670}.objectives{background:#eef5fb;padding:0.6em 1em;border-radius:6px}"
            + ".scene{margin:1em 0}.scene img{max-width:100%;border:1px solid #ddd}"
            + ".question{background:#fff8e6;border:1px solid #e8c46a;border-radius:6px;padding:0.6em 1em;margin:1em 0}"
            + "details summary{cursor:pointer;font-weight:bold}img.formula{vertical-align:middle}";

    private HtmlPage() { }

    public static String render(Lesson l) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(WebText.escape(l.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(WebText.escape(l.title())).append("</h1>\n");
        if (!l.summary().isEmpty()) h.append("<p class=\"summary\">").append(WebText.escape(l.summary())).append("</p>\n");
        if (!l.objectives().isEmpty()) {
            StringBuilder md = new StringBuilder("**In this lesson you will learn to:**\n\n");
            for (String o : l.objectives()) md.append("- ").append(o).append('\n');
            h.append("<div class=\"objectives\">").append(WebText.html(md.toString(), WebText.Math.IMAGES)).append("</div>\n");
        }
        if (!l.intro().isEmpty()) h.append(WebText.html(l.intro(), WebText.Math.IMAGES));
        SceneBuilder.Context ctx = SceneBuilder.Context.forLesson(l.file());
        for (Step s : l.steps()) {
            h.append("<section>\n<h2>").append(s.number()).append(". ").append(WebText.escape(s.title())).append("</h2>\n");
            boolean hideOut = s.questions().stream().anyMatch(q -> q.hidden().contains("output-values") || q.hidden().contains("output-size"));
            SceneBuilder.Built b = SceneBuilder.build(s.scene(), ctx);
            ConvResult r = b.run();
            h.append("<div class=\"scene\"><img alt=\"").append(WebText.escape(s.scene().describe())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(ScenePicture.png(b, r, !hideOut))).append("\"></div>\n");
            h.append(WebText.html(s.markdown(), WebText.Math.IMAGES));
            for (Question q : s.questions()) h.append(question(q));
            h.append("</section>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String question(Question q) {
        StringBuilder h = new StringBuilder("<div class=\"question\">\n<p><strong>Predict, then reveal.</strong></p>\n");
        h.append(WebText.html(q.prompt(), WebText.Math.IMAGES));
        if (q.kind() == Question.Kind.CHOICE) {
            h.append("<ol type=\"a\">\n");
            for (String c : q.choices()) h.append("<li>").append(WebText.inline(c, WebText.Math.IMAGES)).append("</li>\n");
            h.append("</ol>\n");
        }
        h.append("<details><summary>Show the answer</summary>\n<p><strong>Answer: ")
                .append(WebText.inline(q.answerText(), WebText.Math.IMAGES)).append("</strong></p>\n")
                .append(WebText.html(q.feedback(), WebText.Math.IMAGES));
        for (int c = 0; c < q.choices().size(); c++) {
            if (!q.feedbackFor(c).isEmpty()) {
                h.append("<p><em>If you chose “").append(WebText.inline(q.choices().get(c), WebText.Math.IMAGES)).append("”:</em> ")
                        .append(WebText.inline(q.feedbackFor(c), WebText.Math.IMAGES)).append("</p>\n");
            }
        }
        return h.append("</details>\n</div>\n").toString();
    }
}
