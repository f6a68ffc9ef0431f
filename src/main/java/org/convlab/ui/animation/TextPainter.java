package org.convlab.ui.animation;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import org.convlab.engine.ConvResult;
import org.convlab.engine.Method;
import org.convlab.trace.Stage;
import org.convlab.trace.Trace;
import org.convlab.ui.core.Quantity;

/**
 * The lines under the stacks: step and stage, the running sum written term by term, the
 * per-channel partial sums of a multi-channel filter, the counters and the formula. Counts a
 * lesson question asks for print the placeholder while it is open.
 */
final class TextPainter {
    private TextPainter() { }

    /**
     * Draws the lines from {@code top} down to at most {@code height} and returns the counters as drawn
     * ("× multiplies / total   + additions"). A line too wide for the canvas wraps onto a second line
     * while there is room below, and only then shrinks.
     */
    static String draw(GraphicsContext g, AnimationModel m, Trace t, int k, int p, int from, double top, String hover, double width,
                       double height) {
        double x = Layout.MARGIN, y = top, line = 22 * GridPainter.scale, maxW = width - 2 * x;
        String head = p == 0 ? "Ready: " + StepText.count(t.size()) + " steps, one per multiply, recorded by the engine. Press → (one multiply) or Space (play)."
                : "Step " + StepText.count(p) + " / " + StepText.count(t.size()) + "   ·   " + t.stage(k).label().toUpperCase(java.util.Locale.ROOT)
                + (t.padded(k) ? "   ·   this tap reads zero padding (ᵖ)" : "") + "   ·   " + m.standardNote(t);
        GridPainter.title(g, head, x, y);
        y += line;
        boolean hideValues = m.hidden(Quantity.OUTPUT_VALUES);
        String partial = p == 0 || hideValues ? "" : perChannel(t, from, k);
        // lines beyond those this text needs (head, equation, partial sums, counters, engine, hover)
        int spare = (int) Math.floor((height - top) / line) - 4 - (partial.isEmpty() ? 0 : 1) - (hover == null || hover.isEmpty() ? 0 : 1);
        String equation = p == 0 ? "" : hideValues ? org.convlab.ui.core.Reveal.PLACEHOLDER : StepText.equation(t, from, k);
        int used = lines(g, equation, GridPainter.MONO, GridPainter.LABEL, x, y, maxW, line, spare);
        spare -= used - 1;
        y += used * line;
        if (!partial.isEmpty()) {
            used = lines(g, partial, GridPainter.MONO, GridPainter.LABEL, x, y, maxW, line, spare);
            spare -= used - 1;
            y += used * line;
        }
        ConvResult e = t.meta().engine();
        String mul = m.show(Quantity.MULTIPLIES, StepText.count(m.multipliesProperty().get()) + " / " + StepText.count(t.totalMultiplies()));
        String add = m.show(Quantity.ADDITIONS, StepText.count(m.additionsProperty().get()) + " / " + StepText.count(t.totalAdditions()));
        GridPainter.title(g, "multiplies " + mul + "   ·   additions " + add + "   ·   one step = one multiply", x, y);
        y += line;
        used = lines(g, m.show(Quantity.MULTIPLIES, "engine counted " + StepText.count(e.counts().multiplies()) + " multiplies, "
                + StepText.count(e.counts().additions()) + " additions   ·   CostModel: " + StepText.formula(e.cost())) + groupsNote(m, t),
                GridPainter.SMALL, GridPainter.MUTED, x, y, maxW, line, spare);
        GridPainter.text(g, hover, x, y + used * line - 4, GridPainter.CURRENT);
        return "× " + mul + "   + " + m.show(Quantity.ADDITIONS, StepText.count(m.additionsProperty().get()));
    }

    /**
     * One line of text in the width, or two when it is wider and {@code spare} > 0: the break falls at
     * the last "   ·   " or " + " that fits. Whatever is still too wide shrinks (to 55 % at most).
     * Returns the number of lines drawn.
     */
    private static int lines(GraphicsContext g, String text, javafx.scene.text.Font font, javafx.scene.paint.Color colour,
                             double x, double y, double maxW, double line, int spare) {
        g.setFill(colour);
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.TOP);
        if (spare > 0 && GridPainter.width(text, font) > maxW) {
            int cut = -1;
            for (String sep : new String[] {"   ·   ", " + "}) {
                for (int i = text.indexOf(sep); i > 0; i = text.indexOf(sep, i + 1)) {
                    if (GridPainter.width(text.substring(0, i), font) <= maxW) cut = Math.max(cut, i); else break;
                }
                if (cut > 0) {
                    one(g, text.substring(0, cut), font, x, y, maxW);
                    one(g, "    " + text.substring(cut).strip(), font, x, y + line, maxW);
                    return 2;
                }
            }
        }
        one(g, text, font, x, y, maxW);
        return 1;
    }

    private static void one(GraphicsContext g, String text, javafx.scene.text.Font font, double x, double y, double maxW) {
        g.setFont(GridPainter.fitted(text, font, maxW, 0.55));
        g.fillText(text, x, y, maxW);
    }

    /** For a grouped convolution: what G = 1 and G = C are, measured. */
    private static String groupsNote(AnimationModel m, Trace t) {
        if (t.method() != Method.GROUPED) return "";
        int g = t.meta().spec().groups(), c = t.shape(org.convlab.trace.Space.INPUT)[0];
        return g == 1 ? "   ·   G = 1: this is the standard convolution" : g == c ? "   ·   G = C: this is the depthwise convolution (m = F/C)"
                : "   ·   " + m.show(Quantity.RATIO, g + "× fewer multiplies than standard (G = 1)");
    }

    /**
     * "per channel: c0 1.25 + c1 (−0.50) = 0.75" for the value in progress when its filter reads
     * more than one channel (standard, grouped, pointwise), else "".
     */
    static String perChannel(Trace t, int from, int k) {
        Stage st = t.stage(k);
        if (st != Stage.STANDARD && st != Stage.GROUPED && st != Stage.POINTWISE) return "";
        Map<Integer, Float> sums = new LinkedHashMap<>();
        for (int i = from; i <= k; i++) sums.merge(t.sourceC(i), t.product(i), Float::sum);
        if (sums.size() < 2 && t.weightsOf(st).channelsPerGroup() < 2) return "";
        StringBuilder sb = new StringBuilder(st == Stage.POINTWISE ? "dot product over the column: " : "per-channel partial sums: ");
        boolean firstTerm = true;
        for (Map.Entry<Integer, Float> e : sums.entrySet()) {
            sb.append(firstTerm ? "" : " + ").append("c").append(e.getKey()).append(" ").append(StepText.paren(e.getValue()));
            firstTerm = false;
        }
        return sb.append(" = ").append(StepText.num(t.partial(k))).toString();
    }
}
