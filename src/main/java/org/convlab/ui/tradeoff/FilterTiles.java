package org.convlab.ui.tradeoff;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.convlab.engine.Weights;
import org.convlab.ui.core.Palette;

/**
 * The learned filters of the chosen layer as tiles: one row of kH×kW tiles per filter (one tile per
 * input channel, the first {@link #MAX_CHANNELS} when there are more), rows wrapped into blocks to
 * fill the space. Diverging colours scaled by the layer's largest |weight|: accent2 positive,
 * accent negative, the background at zero.
 */
final class FilterTiles extends PlotCanvas {
    static final int MAX_CHANNELS = 8;
    private Weights weights;
    private String layer = "";

    void show(String layerName, Weights w) {
        layer = layerName == null ? "" : layerName;
        weights = w;
        redraw();
    }

    @Override void draw(GraphicsContext g, double w, double h, Palette p) {
        double head = px(22);
        if (weights == null) {
            text(g, "Pick a model and a layer", px(8), px(6), p.mutedText(), 13, false, TextAlignment.LEFT);
            return;
        }
        int f = weights.filters(), c = weights.channelsPerGroup(), cs = Math.min(c, MAX_CHANNELS);
        int kh = weights.kernelHeight(), kw = weights.kernelWidth();
        String title = "Learned filters of " + layer + ": " + f + " filters × " + c + " channels, " + kh + "×" + kw
                + (c > cs ? " (first " + cs + " channels)" : "");
        text(g, title, px(8), px(4), p.text(), fit(title, 13, true, w - px(16)), true, TextAlignment.LEFT);
        double aw = w - px(16), ah = h - head - px(6);
        double gap = Math.max(1, px(1.5)), blockGap = px(8);
        double bestS = 0;
        int bestB = 1;
        for (int b = 1; b <= f; b++) {
            int rows = (f + b - 1) / b;
            double sw = (aw - (b - 1) * blockGap) / (b * cs) - gap;
            double sh = ah / rows - gap;
            double s = Math.min(sw / kw, sh / kh);
            if (s > bestS) { bestS = s; bestB = b; }
        }
        double cell = Math.max(0.5, bestS);
        double tileW = cell * kw + gap, tileH = cell * kh + gap;
        int rows = (f + bestB - 1) / bestB;
        float max = 0;
        for (float v : weights.data()) max = Math.max(max, Math.abs(v));
        for (int fi = 0; fi < f; fi++) {
            int block = fi / rows, row = fi % rows;
            double x0 = px(8) + block * (cs * tileW + blockGap), y0 = head + row * tileH;
            for (int ci = 0; ci < cs; ci++) {
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) {
                        float v = weights.get(fi, ci, y, x);
                        g.setFill(diverging(p, max == 0 ? 0 : v / max));
                        g.fillRect(x0 + ci * tileW + x * cell, y0 + y * cell, cell + 0.3, cell + 0.3);
                    }
                }
            }
        }
    }

    static Color diverging(Palette p, double t) {
        Color end = t >= 0 ? p.accent2() : p.accent();
        return p.background().interpolate(end, Math.min(1, Math.abs(t)));
    }
}
