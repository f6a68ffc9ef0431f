package org.convlab.ui.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.convlab.network.model.FactorChoice;
import org.convlab.ui.core.Palette;

/**
 * Accuracy against multiplies per image (log scale) for every measured variant: one marker shape
 * and colour per scheme, the trained network and the trained depthwise-separable network as rings,
 * the current choice enlarged, and the Pareto front (no point both cheaper and more accurate) as a
 * line.
 */
final class TradeoffChart extends PlotCanvas {
    private List<TradeoffPoint> points = List.of();
    private TradeoffPoint current;
    private String subtitle = "";

    void show(List<TradeoffPoint> pts, TradeoffPoint cur, String sub) {
        points = new ArrayList<>(pts);
        current = cur;
        subtitle = sub == null ? "" : sub;
        redraw();
    }

    @Override void draw(GraphicsContext g, double w, double h, Palette p) {
        String title = "Accuracy vs multiplies per image (this network, measured by the engine)";
        text(g, title, px(8), px(4), p.text(), fit(title, 13, true, w - px(16)), true, TextAlignment.LEFT);
        if (!subtitle.isEmpty()) text(g, subtitle, px(8), px(22), p.mutedText(), fit(subtitle, 11, false, w - px(16)), false, TextAlignment.LEFT);
        double left = px(56), right = w - px(12), top = px(64), bottom = h - px(40);
        legend(g, p, px(8), px(40), w - px(16));
        if (points.isEmpty() || right - left < 40 || bottom - top < 40) return;
        long minM = Long.MAX_VALUE, maxM = 0;
        double minA = 1, maxA = 0;
        for (TradeoffPoint q : points) {
            minM = Math.min(minM, q.multiplies());
            maxM = Math.max(maxM, q.multiplies());
            minA = Math.min(minA, q.accuracy());
            maxA = Math.max(maxA, q.accuracy());
        }
        double lx0 = Math.log10(Math.max(1, minM)) - 0.05, lx1 = Math.log10(Math.max(1, maxM)) + 0.05;
        double a0 = Math.max(0, Math.floor(minA * 20 - 0.5) / 20), a1 = Math.min(1, Math.ceil(maxA * 20 + 0.2) / 20);
        if (a1 - a0 < 0.05) a1 = a0 + 0.05;
        Axis ax = new Axis(left, right, top, bottom, lx0, lx1, a0, a1);
        axes(g, p, ax);
        List<TradeoffPoint> front = TradeoffPoint.paretoFront(points);
        g.setStroke(p.text());
        g.setLineWidth(px(1.5));
        g.setLineDashes(px(5), px(4));
        for (int i = 1; i < front.size(); i++) {
            g.strokeLine(ax.x(front.get(i - 1).multiplies()), ax.y(front.get(i - 1).accuracy()),
                    ax.x(front.get(i).multiplies()), ax.y(front.get(i).accuracy()));
        }
        g.setLineDashes();
        for (TradeoffPoint q : points) {
            double x = ax.x(q.multiplies()), y = ax.y(q.accuracy());
            if (q.scheme().startsWith("trained")) {
                g.setStroke(p.text());
                g.setLineWidth(px(2));
                g.strokeOval(x - px(7), y - px(7), px(14), px(14));
                String label = q.scheme().equals("trained") ? "trained" : "trained DWS net";
                boolean leftSide = x > right - px(110);
                text(g, label, leftSide ? x - px(10) : x + px(10), y - px(18), p.text(), 11, true,
                        leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
            } else {
                boolean cur = current != null && q.scheme().equals(current.scheme()) && q.rank() == current.rank();
                marker(g, q.scheme(), x, y, px(cur ? 7 : 4), schemeColor(p, q.scheme()), true);
                if (cur) {
                    g.setStroke(p.text());
                    g.setLineWidth(px(1.5));
                    g.strokeOval(x - px(11), y - px(11), px(22), px(22));
                }
            }
        }
    }

    private void legend(GraphicsContext g, Palette p, double x, double y, double width) {
        double cx = x;
        for (String s : FactorChoice.SCHEMES) {
            marker(g, s, cx + px(5), y + px(7), px(5), schemeColor(p, s), true);
            text(g, s, cx + px(14), y, p.text(), 11, false, TextAlignment.LEFT);
            cx += px(22) + textWidth(s, 11, false);
        }
        text(g, "- - Pareto front", cx, y, p.text(), 11, false, TextAlignment.LEFT);
    }

    private void axes(GraphicsContext g, Palette p, Axis a) {
        g.setStroke(p.grid());
        g.setLineWidth(1);
        double step = 0.05;
        while ((a.bottom - a.top) * step / (a.a1 - a.a0) < px(16) && step < 0.5) step *= 2;
        for (double acc = a.a0; acc <= a.a1 + 1e-9; acc += step) {
            double y = a.y(acc);
            g.strokeLine(a.left, y, a.right, y);
            text(g, String.format(Locale.ROOT, "%.0f%%", acc * 100), a.left - px(6), y - px(7), p.mutedText(), 10, false, TextAlignment.RIGHT);
        }
        for (int e = (int) Math.floor(a.lx0); e <= Math.ceil(a.lx1); e++) {
            for (int m : new int[] {1, 2, 5}) {
                double lv = e + Math.log10(m);
                if (lv < a.lx0 || lv > a.lx1) continue;
                double x = a.left + (lv - a.lx0) / (a.lx1 - a.lx0) * (a.right - a.left);
                g.strokeLine(x, a.top, x, a.bottom);
                text(g, count((long) Math.round(Math.pow(10, lv))), x, a.bottom + px(4), p.mutedText(), 10, false, TextAlignment.CENTER);
            }
        }
        text(g, "multiplies per image (log scale)", (a.left + a.right) / 2, a.bottom + px(20), p.mutedText(), 11, false, TextAlignment.CENTER);
    }

    /** Maps multiplies (log) and accuracy to pixels. */
    record Axis(double left, double right, double top, double bottom, double lx0, double lx1, double a0, double a1) {
        double x(long m) { return left + (Math.log10(Math.max(1, m)) - lx0) / (lx1 - lx0) * (right - left); }
        double y(double acc) { return bottom - (acc - a0) / (a1 - a0) * (bottom - top); }
    }
}
