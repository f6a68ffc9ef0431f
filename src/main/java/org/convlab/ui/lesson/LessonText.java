package org.convlab.ui.lesson;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.convlab.lesson.MathText;

/**
 * Markdown (commonmark) to JavaFX nodes: headings, paragraphs, lists, emphasis, code, quotes,
 * and formulas as JLaTeXMath images — inline ones sit on the text baseline, {@code $$…$$} ones
 * are centred on their own line. Styled by CSS classes.
 */
public final class LessonText {
    public static final String CSS_TEXT = "lesson-text";
    public static final String CSS_HEADING = "lesson-heading";
    public static final String CSS_CODE = "lesson-code";
    public static final String CSS_FORMULA_ERROR = "lesson-formula-error";
    private static final Parser PARSER = Parser.builder().build();

    private final double fontSize;

    public LessonText(double fontSize) { this(fontSize, javafx.scene.paint.Color.web("#222222")); }

    /** Text at {@code fontSize} px; formulas (pictures, not CSS-styled) drawn in {@code formulaColor}. */
    public LessonText(double fontSize, javafx.scene.paint.Color formulaColor) {
        this.fontSize = fontSize;
        this.formulaRgb = ((int) Math.round(formulaColor.getRed() * 255) << 16) | ((int) Math.round(formulaColor.getGreen() * 255) << 8)
                | (int) Math.round(formulaColor.getBlue() * 255);
    }

    private final int formulaRgb;

    /** The rendered text as a vertical box. */
    public VBox render(String markdown) {
        MathText.Extracted ex = MathText.extract(markdown);
        VBox box = new VBox(fontSize * 0.7);
        box.getStyleClass().add(CSS_TEXT);
        for (org.commonmark.node.Node n = PARSER.parse(ex.markdown()).getFirstChild(); n != null; n = n.getNext()) {
            box.getChildren().add(block(n, ex.formulas()));
        }
        return box;
    }

    private Node block(org.commonmark.node.Node n, List<MathText.Formula> formulas) {
        if (n instanceof Heading h) {
            TextFlow f = inline(h, formulas, true, false);
            f.getStyleClass().add(CSS_HEADING);
            return f;
        }
        if (n instanceof Paragraph p) {
            Integer only = onlyFormula(p, formulas);
            if (only != null) {
                HBox centre = new HBox(formula(formulas.get(only)));
                centre.setAlignment(Pos.CENTER);
                return centre;
            }
            return inline(p, formulas, false, false);
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            VBox list = new VBox(fontSize * 0.3);
            int i = n instanceof OrderedList o ? o.getMarkerStartNumber() : 0;
            for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                Label marker = new Label(n instanceof OrderedList ? (i++) + "." : "•");
                marker.setMinWidth(fontSize * 1.5);
                VBox content = new VBox(fontSize * 0.3);
                if (item instanceof ListItem) {
                    for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) content.getChildren().add(block(c, formulas));
                }
                HBox row = new HBox(marker, content);
                list.getChildren().add(row);
            }
            return list;
        }
        if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
            String code = n instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) n).getLiteral();
            Label l = new Label(code.stripTrailing());
            l.getStyleClass().add(CSS_CODE);
            return l;
        }
        if (n instanceof BlockQuote) {
            VBox q = new VBox(fontSize * 0.4);
            q.setStyle("-fx-border-color: transparent transparent transparent #8a96a3; -fx-border-width: 0 0 0 3; -fx-padding: 0 0 0 10;");
            for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) q.getChildren().add(block(c, formulas));
            return q;
        }
        if (n instanceof ThematicBreak) return new Separator();
        return new Pane();
    }

    private static Integer onlyFormula(Paragraph p, List<MathText.Formula> formulas) {
        if (p.getFirstChild() == null || p.getFirstChild() != p.getLastChild() || !(p.getFirstChild() instanceof org.commonmark.node.Text t)) return null;
        List<Object> parts = MathText.Extracted.split(t.getLiteral().trim());
        return parts.size() == 1 && parts.get(0) instanceof Integer i && formulas.get(i).display() ? i : null;
    }

    private TextFlow inline(org.commonmark.node.Node parent, List<MathText.Formula> formulas, boolean bold, boolean italic) {
        TextFlow flow = new TextFlow();
        addInline(flow, parent, formulas, bold, italic, false);
        return flow;
    }

    private void addInline(TextFlow flow, org.commonmark.node.Node parent, List<MathText.Formula> formulas,
                           boolean bold, boolean italic, boolean link) {
        for (org.commonmark.node.Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) {
                for (Object part : MathText.Extracted.split(t.getLiteral())) {
                    if (part instanceof Integer i) flow.getChildren().add(formula(formulas.get(i)));
                    else flow.getChildren().add(text((String) part, bold, italic, false, link));
                }
            } else if (c instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), bold, italic, true, link));
            } else if (c instanceof Emphasis) {
                addInline(flow, c, formulas, bold, true, link);
            } else if (c instanceof StrongEmphasis) {
                addInline(flow, c, formulas, true, italic, link);
            } else if (c instanceof Link) {
                addInline(flow, c, formulas, bold, italic, true);
            } else if (c instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", bold, italic, false, link));
            } else if (c instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", bold, italic, false, link));
            } else {
                addInline(flow, c, formulas, bold, italic, link);
            }
        }
    }

    private Text text(String s, boolean bold, boolean italic, boolean code, boolean link) {
        Text t = new Text(s);
        String family = code ? "'DejaVu Sans Mono', monospace" : "'DejaVu Sans', sans-serif";
        t.setStyle("-fx-font-family: " + family + "; -fx-font-size: " + (code ? fontSize * 0.92 : fontSize) + "px;"
                + (bold ? " -fx-font-weight: bold;" : "") + (italic ? " -fx-font-style: italic;" : "")
                + (link ? " -fx-underline: true;" : ""));
        t.getStyleClass().add(link ? "lesson-link" : "lesson-body");
        return t;
    }

    private Node formula(MathText.Formula f) {
        try {
            FormulaImages.Rendered r = FormulaImages.render(f.tex(), f.display(), fontSize * (f.display() ? 1.15 : 1.1), formulaRgb);
            ImageView v = new ImageView(r.image());
            v.setFitWidth(r.width());
            v.setFitHeight(r.height());
            v.setSmooth(true);
            if (!f.display()) v.setTranslateY(r.depth());
            return v;
        } catch (RuntimeException e) {
            Text t = new Text("$" + f.tex() + "$");
            t.getStyleClass().add(CSS_FORMULA_ERROR);
            t.setStyle("-fx-font-family: monospace;");
            t.getStyleClass().add("lesson-formula-error");
            return t;
        }
    }
}
