package org.convlab.ui.animation;

import javafx.scene.canvas.GraphicsContext;
import org.convlab.engine.Weights;
import org.convlab.trace.Space;
import org.convlab.trace.Stage;
import org.convlab.trace.Trace;
import org.convlab.ui.animation.Layout.Panel;

/**
 * Draws the KERNEL area for the step in focus: the whole C-deep filter of a standard or grouped
 * step (one slice per channel it reads), every depthwise kernel (each plane its own), the F×C
 * pointwise matrix with filter f's row of C weights outlined, or a separable pair.
 */
final class KernelPainter {
    private KernelPainter() { }

    static void draw(GraphicsContext g, Trace t, int k, boolean active, Panel area) {
        double x = area.x(), y = area.y(), side = area.cell();
        double maxH = Math.max(side, area.rows()); // the kernel area's rows hold the grids' height in px
        Stage st = t.stage(k);
        String title, sub;
        switch (st) {
            case STANDARD, GROUPED -> {
                Weights w = t.weightsOf(st);
                int kh = w.kernelHeight(), kw = w.kernelWidth(), cg = w.channelsPerGroup(), idx = t.weightIndex(k);
                int f = idx / (cg * kh * kw), c = (idx / (kh * kw)) % cg;
                int groupBase = st == Stage.GROUPED ? (f / (w.filters() / t.meta().spec().groups())) * cg : 0;
                double label = Layout.PLANE_LABEL;
                double cell = Math.floor(Math.min(Math.min(44 * GridPainter.scale, side / kw), (maxH - cg * label) / (cg * kh)));
                for (int j = 0; j < cg; j++) {
                    double yy = y + j * (kh * cell + label);
                    float[] slice = w.slice(f, j);
                    grid(g, x, yy, cell, kh, kw, slice, maxAbs(w.data()));
                    GridPainter.text(g, "× channel " + (groupBase + j), x + kw * cell + 6, yy, j == c ? GridPainter.LABEL : GridPainter.MUTED);
                    if (active && j == c) {
                        g.setStroke(GridPainter.ACCENT2);
                        g.setLineWidth(2);
                        g.strokeRect(x - 2, yy - 2, kw * cell + 4, kh * cell + 4);
                        int u = (idx / kw) % kh, v = idx % kw;
                        GridPainter.outline(g, x + v * cell, yy + u * cell, cell, GridPainter.CURRENT, 4);
                    }
                }
                title = "FILTER " + f + ": " + cg + "×" + kh + "×" + kw;
                sub = cg == 1 ? "one kernel" : "one kernel per channel it reads";
            }
            case DEPTHWISE -> {
                Weights w = t.weightsOf(st);
                int kh = w.kernelHeight(), kw = w.kernelWidth(), n = w.filters(), idx = t.weightIndex(k);
                int f = idx / (kh * kw);
                int m = n / t.shape(Space.INPUT)[0];
                double label = Layout.PLANE_LABEL;
                int tiles = n > 4 ? 2 : 1, per = (n + tiles - 1) / tiles;
                double cell = Math.floor(Math.min(Math.min(40 * GridPainter.scale, (side / tiles - 70) / kw), (maxH - per * label) / (per * kh)));
                for (int j = 0; j < n; j++) {
                    double xx = x + (j / per) * (side / tiles), yy = y + (j % per) * (kh * cell + label);
                    grid(g, xx, yy, cell, kh, kw, w.slice(j, 0), maxAbs(w.data()));
                    GridPainter.text(g, "c " + j / m + (m > 1 ? " #" + j % m : ""), xx + kw * cell + 4, yy, j == f ? GridPainter.LABEL : GridPainter.MUTED);
                    if (active && j == f) {
                        int u = (idx / kw) % kh, v = idx % kw;
                        GridPainter.outline(g, xx + v * cell, yy + u * cell, cell, GridPainter.CURRENT, 4);
                    }
                }
                title = "DEPTHWISE KERNELS";
                sub = "each plane its own" + (m > 1 ? " (m = " + m + " per channel)" : "");
            }
            case POINTWISE -> {
                Weights w = t.weightsOf(st);
                int fN = w.filters(), cN = w.channelsPerGroup(), idx = t.weightIndex(k);
                double cell = Math.floor(Math.min(52 * GridPainter.scale, side / Math.max(fN, cN)));
                grid(g, x, y, cell, fN, cN, w.data(), maxAbs(w.data()));
                int f = idx / cN;
                if (active) {
                    g.setStroke(GridPainter.ACCENT2);
                    g.setLineWidth(3);
                    g.strokeRect(x - 2, y + f * cell - 2, cN * cell + 4, cell + 4);
                    GridPainter.outline(g, x + (idx % cN) * cell, y + f * cell, cell, GridPainter.CURRENT, 4);
                }
                title = "POINTWISE " + fN + "×" + cN;
                sub = "row f = the " + cN + " weights of filter f";
            }
            default -> {
                int kh = t.meta().geometry().kH(), kw = t.meta().geometry().kW();
                int s = st == Stage.COLUMN_PASS ? t.weightIndex(k) / kh : t.weightIndex(k) / kw;
                float[] col = java.util.Arrays.copyOfRange(t.columns(), s * kh, s * kh + kh);
                float[] row = java.util.Arrays.copyOfRange(t.rows(), s * kw, s * kw + kw);
                double cell = Math.floor(Math.min(52 * GridPainter.scale, side / (Math.max(kh, kw) + 1)));
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
                int perFilter = t.shape(Space.PAIR)[0] / t.shape(Space.OUTPUT)[0];
                title = "PAIR " + (s % r + 1) + " of " + r;
                sub = "f " + s / perFilter + ", c " + (s % perFilter) / r + ": col " + kh + "×1 · row 1×" + kw;
            }
        }
        GridPainter.title(g, title, x, y - Layout.TITLE_H - Layout.PLANE_LABEL);
        GridPainter.text(g, sub, x, y - Layout.TITLE_H - Layout.PLANE_LABEL + 20, GridPainter.MUTED);
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
