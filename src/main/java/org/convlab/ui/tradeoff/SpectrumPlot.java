package org.convlab.ui.tradeoff;

import java.util.Locale;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.convlab.ui.core.Palette;

/**
 * The singular values each scheme truncates, one small bar plot per scheme (σ_i / σ_1, linear),
 * bars kept at the current rank filled, the dropped ones outlined, and the Eckart–Young error of
 * the kept part, √(Σ dropped σ²) / √(Σ σ²), beside it.
 */
final class SpectrumPlot extends PlotCanvas {
    private Map<String, double[]> spectra = Map.of();
    private String scheme = "";
    private int rank = 1;

    void show(Map<String, double[]> s, String currentScheme, int r) {
        spectra = s == null ? Map.of() : s;
        scheme = currentScheme == null ? "" : currentScheme;
        rank = r;
        redraw();
    }

    @Override void draw(GraphicsContext g, double w, double h, Palette p) {
        if (spectra.isEmpty()) {
            text(g, "Singular values appear when the layer is ready", px(8), px(6), p.mutedText(), 13, false, TextAlignment.LEFT);
            return;
        }
        int n = spectra.size(), cols = 2, rowsN = (n + 1) / 2;
        double cw = (w - px(8)) / cols, ch = h / rowsN;
        int i = 0;
        for (Map.Entry<String, double[]> e : spectra.entrySet()) {
            panel(g, e.getKey(), e.getValue(), px(4) + (i % cols) * cw, (i / cols) * ch, cw - px(6), ch - px(4), p);
            i++;
        }
    }

    private void panel(GraphicsContext g, String name, double[] s, double x, double y, double w, double h, Palette p) {
        boolean active = name.equals(scheme);
        g.setStroke(active ? schemeColor(p, name) : p.grid());
        g.setLineWidth(active ? px(2) : 1);
        g.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
        int r = active ? rank : -1;
        double total = 0, dropped = 0;
        for (int k = 0; k < s.length; k++) {
            total += s[k] * s[k];
            if (r >= 0 && k >= r) dropped += s[k] * s[k];
        }
        String head = name + "  (" + s.length + " values)";
        if (active && total > 0) head += String.format(Locale.ROOT, "  rank %d: error %.3f", r, Math.sqrt(dropped / total));
        text(g, head, x + px(6), y + px(3), p.text(), fit(head, 12, active, w - px(12)), active, TextAlignment.LEFT);
        double top = y + px(22), bottom = y + h - px(6), left = x + px(6), right = x + w - px(6);
        if (s.length == 0 || s[0] <= 0 || bottom - top < 4) return;
        double bw = (right - left) / s.length;
        for (int k = 0; k < s.length; k++) {
            double bh = (bottom - top) * s[k] / s[0];
            double bx = left + k * bw;
            boolean kept = r < 0 || k < r;
            g.setFill(schemeColor(p, name));
            if (kept) {
                g.setGlobalAlpha(active ? 1 : 0.55);
                g.fillRect(bx, bottom - bh, Math.max(1, bw - 1), bh);
                g.setGlobalAlpha(1);
            } else {
                g.setStroke(p.mutedText());
                g.setLineWidth(1);
                g.strokeRect(bx + 0.5, bottom - bh + 0.5, Math.max(1, bw - 2), Math.max(0, bh - 1));
            }
        }
        g.setStroke(p.grid());
        g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
    }
}
