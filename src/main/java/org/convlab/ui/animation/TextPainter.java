package org.convlab.ui.animation;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.convlab.engine.ConvResult;
import org.convlab.trace.Trace;

/** The lines under the grids: step and stage, the running sum, the counters and the formula. */
final class TextPainter {
    private TextPainter() { }

    static void draw(GraphicsContext g, AnimationModel m, Trace t, int k, int p, int from, Layout layout, String hover, double width) {
        double x = Layout.MARGIN, y = layout.textTop;
        String head = p == 0 ? "Ready: " + StepText.count(t.size()) + " steps recorded by the engine. Press → (one multiply) or Space (play)."
                : "Step " + StepText.count(p) + " / " + StepText.count(t.size()) + "   ·   " + t.stage(k).label().toUpperCase(java.util.Locale.ROOT)
                + (t.padded(k) ? "   ·   this tap reads zero padding (ᵖ)" : "");
        GridPainter.title(g, head, x, y);
        g.setFont(javafx.scene.text.Font.font("Monospaced", 15));
        g.setFill(Color.web("#1a1a1a"));
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        g.fillText(p == 0 ? "" : StepText.equation(t, from, k), x, y + 24, width - 2 * x);
        ConvResult e = t.meta().engine();
        GridPainter.title(g, StepText.counters(m.multipliesProperty().get(), t.totalMultiplies(), m.additionsProperty().get(),
                t.totalAdditions()), x, y + 50);
        GridPainter.text(g, "engine counted " + StepText.count(e.counts().multiplies()) + " multiplies, " + StepText.count(e.counts().additions())
                + " additions   ·   CostModel: " + StepText.formula(e.cost()), x, y + 74, Color.web("#444444"));
        GridPainter.text(g, hover, x, y + 94, Color.web("#8a1060"));
    }
}
