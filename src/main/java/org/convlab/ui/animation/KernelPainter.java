package org.convlab.ui.animation;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.convlab.engine.Weights;
import org.convlab.trace.Stage;
import org.convlab.trace.Trace;
import org.convlab.ui.animation.Layout.Panel;

/** Draws the KERNEL area for the step in focus: a K×K slice, a 1×1 matrix, a separable pair, or the bias. */
final class KernelPainter {
    private KernelPainter() { }

    static void draw(GraphicsContext g, Trace t, int k, boolean active, Panel area) {
        double x = area.x(), y = area.y(), side = area.cell();
        Stage st = t.stage(k);
        String title, sub;
        switch (st) {
            case STANDARD, GROUPED, DEPTHWISE -> {
                Weights w = t.weightsOf(st);
                int kh = w.kernelHeight(), kw = w.kernelWidth(), cg = w.channelsPerGroup(), idx = t.weightIndex(k);
                int f = idx / (cg * kh * kw), c = (idx / (kh * kw)) % cg;
                float[] slice = w.slice(f, c);
                double cell = cellFor(side, kh, kw);
                float scale = maxAbs(slice);
                grid(g, x, y, cell, kh, kw, slice, scale);
                if (active) {
                    int u = (idx / kw) % kh, v = idx % kw;
                    GridPainter.outline(g, x + v * cell, y + u * cell, cell, GridPainter.CURRENT, 4);
                }
                title = "KERNEL " + kh + "×" + kw;
                sub = st == Stage.DEPTHWISE ? "filter " + f + " (its own channel)" : "filter " + f + ", channel " + c;
            }
            case POINTWISE -> {
                Weights w = t.weightsOf(st);
                int fN = w.filters(), cN = w.channelsPerGroup(), idx = t.weightIndex(k);
                double cell = cellFor(side, fN, cN);
                float scale = maxAbs(w.data());
                grid(g, x, y, cell, fN, cN, w.data(), scale);
                if (active) GridPainter.outline(g, x + (idx % cN) * cell, y + (idx / cN) * cell, cell, GridPainter.CURRENT, 4);
                title = "KERNEL 1×1";
                sub = "rows: " + fN + " filters, cols: " + cN + " channels";
            }
            default -> {
                int kh = t.meta().geometry().kH(), kw = t.meta().geometry().kW();
                int s = st == Stage.COLUMN_PASS ? t.weightIndex(k) / kh : t.weightIndex(k) / kw;
                float[] col = java.util.Arrays.copyOfRange(t.columns(), s * kh, s * kh + kh);
                float[] row = java.util.Arrays.copyOfRange(t.rows(), s * kw, s * kw + kw);
                double cell = cellFor(side, kh + 1, kw + 1);
                float[] outer = new float[kh * kw];
                for (int u = 0; u < kh; u++) for (int v = 0; v < kw; v++) outer[u * kw + v] = col[u] * row[v];
                float scale = Math.max(maxAbs(col), Math.max(maxAbs(row), maxAbs(outer)));
                grid(g, x + cell, y, cell, 1, kw, row, scale);
                grid(g, x, y + cell, cell, kh, 1, col, scale);
                g.setGlobalAlpha(0.55);
                grid(g, x + cell, y + cell, cell, kh, kw, outer, scale);
                g.setGlobalAlpha(1);
                if (active && st == Stage.COLUMN_PASS) GridPainter.outline(g, x, y + (1 + t.weightIndex(k) % kh) * cell, cell, GridPainter.CURRENT, 4);
                if (active && st == Stage.ROW_PASS) GridPainter.outline(g, x + (1 + t.weightIndex(k) % kw) * cell, y, cell, GridPainter.CURRENT, 4);
                int r = Math.max(1, t.meta().rank());
                int perFilter = t.shape(org.convlab.trace.Space.PAIR)[0] / t.shape(org.convlab.trace.Space.OUTPUT)[0];
                title = "KERNEL pair " + (s % r + 1) + " of " + r;
                sub = "f " + s / perFilter + ", c " + (s % perFilter) / r + ": col " + kh + "×1 · row 1×" + kw;
            }
        }
        GridPainter.title(g, title, x, y - Layout.TITLE_H + 2);
        GridPainter.text(g, sub, x, y - Layout.TITLE_H + 22, Color.web("#555555"));
    }

    private static double cellFor(double side, int rows, int cols) {
        return Math.floor(Math.min(52, side / Math.max(rows, cols)));
    }

    private static void grid(GraphicsContext g, double x, double y, double cell, int rows, int cols, float[] v, float scale) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) GridPainter.cell(g, x + c * cell, y + r * cell, cell, v[r * cols + c], scale, true);
        }
        GridPainter.lines(g, x, y, cell, rows, cols);
    }

    private static float maxAbs(float[] d) {
        float m = 0;
        for (float v : d) m = Math.max(m, Math.abs(v));
        return m;
    }
}
