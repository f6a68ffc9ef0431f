package org.convlab.ui.tradeoff;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.convlab.ui.core.CanvasPane;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Palette;

/** A canvas that fills its pane and redraws on resize and on a look change, in the look's palette and scale. */
abstract class PlotCanvas {
    private final CanvasPane pane = new CanvasPane(null, 300, 200, this::redraw);
    private final Canvas canvas = pane.canvas();
    protected Look look = Look.DEFAULT;

    Pane node() { return pane.node(); }

    Canvas canvas() { return canvas; }

    void applyLook(Look l) {
        look = l;
        redraw();
    }

    final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        Palette p = look.palette();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        if (w < 20 || h < 20) return;
        draw(g, w, h, p);
    }

    abstract void draw(GraphicsContext g, double w, double h, Palette p);

    // ---- drawing helpers ----

    Font font(double base, boolean bold) {
        return Font.font("DejaVu Sans", bold ? FontWeight.BOLD : FontWeight.NORMAL, look.px(base));
    }

    double px(double v) { return look.px(v); }

    void text(GraphicsContext g, String s, double x, double y, Color c, double size, boolean bold, TextAlignment align) {
        g.setFont(font(size, bold));
        g.setFill(c);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.TOP);
        g.fillText(s, x, y);
    }

    double textWidth(String s, double size, boolean bold) {
        Text t = new Text(s);
        t.setFont(font(size, bold));
        return t.getLayoutBounds().getWidth();
    }

    /** Shrinks a font size until {@code s} fits {@code width} (never below 60 %), so nothing is cut. */
    double fit(String s, double size, boolean bold, double width) {
        double f = size;
        while (f > size * 0.6 && textWidth(s, f, bold) > width) f -= 0.5;
        return f;
    }

    static String count(long v) {
        if (v >= 10_000_000) return String.format(Locale.ROOT, "%.1f M", v / 1e6);
        if (v >= 10_000) return String.format(Locale.ROOT, "%.0f k", v / 1e3);
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** The colour of a scheme (the theme's series colour of its place in the list), shared by every plot and the legend. */
    static Color schemeColor(Palette p, String scheme) {
        int i = org.convlab.network.model.FactorChoice.SCHEMES.indexOf(scheme);
        return i < 0 ? p.text() : p.series(i);
    }

    static void marker(GraphicsContext g, String scheme, double x, double y, double r, Color c, boolean filled) {
        g.setFill(c);
        g.setStroke(c);
        g.setLineWidth(Math.max(1, r / 3));
        double[] xs, ys;
        switch (scheme) {
            case "spatial-svd" -> { xs = new double[] {x - r, x + r, x + r, x - r}; ys = new double[] {y - r, y - r, y + r, y + r}; }
            case "depthwise-separable" -> { xs = new double[] {x, x + r, x - r}; ys = new double[] {y - r, y + r, y + r}; }
            case "tucker2" -> { xs = new double[] {x, x + r, x, x - r}; ys = new double[] {y - r, y, y + r, y}; }
            default -> {
                if (filled) g.fillOval(x - r, y - r, 2 * r, 2 * r); else g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                return;
            }
        }
        if (filled) g.fillPolygon(xs, ys, xs.length); else g.strokePolygon(xs, ys, xs.length);
    }
}
