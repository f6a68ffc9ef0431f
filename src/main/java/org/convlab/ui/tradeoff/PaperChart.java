package org.convlab.ui.tradeoff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.convlab.io.PublishedResults;
import org.convlab.ui.core.Palette;

/**
 * The MobileNets paper's ImageNet accuracy against mult-adds (Tables 4, 5 and 8 of arXiv
 * 1704.04861, as printed, from {@code papers/mobilenets-accuracy.json}): separable networks
 * filled, full-convolution networks as rings, the citation under the plot.
 */
final class PaperChart extends PlotCanvas {
    private final PublishedResults.Table table;

    PaperChart(PublishedResults.Table table) { this.table = table; }

    @Override void draw(GraphicsContext g, double w, double h, Palette p) {
        String title = "MobileNets paper: ImageNet accuracy vs mult-adds (Tables 4, 5, 8)";
        text(g, title, px(8), px(4), p.text(), fit(title, 13, true, w - px(16)), true, TextAlignment.LEFT);
        String cite = "Howard et al. 2017, arXiv 1704.04861; values as printed. Filled: depthwise-separable; ring: full convolutions.";
        double citeSize = fit(cite, 10, false, w - px(16));
        text(g, cite, px(8), h - px(16), p.mutedText(), citeSize, false, TextAlignment.LEFT);
        Map<String, PublishedResults.Row> byPoint = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (PublishedResults.Row r : table.rows()) {
            String key = r.accuracy() + "/" + r.multAddsMillions();
            byPoint.putIfAbsent(key, r);
            labels.merge(key, r.model() + " (T" + r.table() + ")", (a, b) -> a.replaceFirst("\\)$", ", " + b.replaceFirst(".*\\(T", "T")));
        }
        double left = px(44), right = w - px(14), top = px(30), bottom = h - px(56);
        if (right - left < 40 || bottom - top < 40) return;
        double lx0 = 2.4, lx1 = 4.3, a0 = 64, a1 = 73;
        g.setStroke(p.grid());
        g.setLineWidth(1);
        for (double a = a0; a <= a1; a += 2) {
            double y = bottom - (a - a0) / (a1 - a0) * (bottom - top);
            g.strokeLine(left, y, right, y);
            text(g, String.format(Locale.ROOT, "%.0f%%", a), left - px(5), y - px(7), p.mutedText(), 10, false, TextAlignment.RIGHT);
        }
        for (double m : new double[] {300, 1000, 3000, 10000}) {
            double x = left + (Math.log10(m) - lx0) / (lx1 - lx0) * (right - left);
            g.strokeLine(x, top, x, bottom);
            text(g, m >= 1000 ? String.format(Locale.ROOT, "%.0f G", m / 1000) : String.format(Locale.ROOT, "%.0f M", m),
                    x, bottom + px(3), p.mutedText(), 10, false, TextAlignment.CENTER);
        }
        text(g, "mult-adds per image (log scale)", (left + right) / 2, bottom + px(18), p.mutedText(), 11, false, TextAlignment.CENTER);
        for (Map.Entry<String, PublishedResults.Row> e : byPoint.entrySet()) {
            PublishedResults.Row r = e.getValue();
            double x = left + (Math.log10(r.multAddsMillions()) - lx0) / (lx1 - lx0) * (right - left);
            double y = bottom - (r.accuracy() - a0) / (a1 - a0) * (bottom - top);
            double rad = px(5);
            g.setFill(p.accent());
            g.setStroke(p.accent2());
            g.setLineWidth(px(2));
            if (r.separable()) g.fillOval(x - rad, y - rad, 2 * rad, 2 * rad);
            else g.strokeOval(x - rad, y - rad, 2 * rad, 2 * rad);
            String label = labels.get(e.getKey()) + String.format(Locale.ROOT, " %.1f%%", r.accuracy());
            boolean leftSide = x > (left + right) / 2;
            double size = fit(label, 10, false, leftSide ? x - left - px(8) : right - x - px(8));
            text(g, label, leftSide ? x - px(8) : x + px(8), y - px(6), p.text(), size, false,
                    leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
        }
    }

    List<PublishedResults.Row> rows() { return table.rows(); }
}
