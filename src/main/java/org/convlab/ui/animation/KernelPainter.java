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

    /** Width the KERNEL area needs so every stage of {@code t} draws its weights in cells of {@code cell}. */
    static double preferredWidth(Trace t, double cell) {
        double w = 0, gap = 12 * GridPainter.scale;
        for (Stage st : stages(t)) {
            if (st == Stage.COLUMN_PASS || st == Stage.ROW_PASS) {
                w = Math.max(w, (Math.max(t.meta().geometry().kH(), t.meta().geometry().kW()) + 1) * cell);
                continue;
            }
            Weights wt = t.weightsOf(st);
            int n = st == Stage.DEPTHWISE ? wt.filters() : wt.channelsPerGroup();
            w = st == Stage.POINTWISE ? Math.max(w, wt.channelsPerGroup() * cell + 6)
                    : Math.max(w, Math.min(2, n) * wt.kernelWidth() * cell + (n > 1 ? gap : 0));
        }
        return w;
    }

    private static java.util.List<Stage> stages(Trace t) {
        return switch (t.method()) {
            case STANDARD -> java.util.List.of(Stage.STANDARD);
            case GROUPED -> java.util.List.of(Stage.GROUPED);
            case DEPTHWISE -> java.util.List.of(Stage.DEPTHWISE);
            case POINTWISE -> java.util.List.of(Stage.POINTWISE);
            case DEPTHWISE_SEPARABLE -> java.util.List.of(Stage.DEPTHWISE, Stage.POINTWISE);
            default -> java.util.List.of(Stage.COLUMN_PASS, Stage.ROW_PASS);
        };
    }

    /**
     * Kernels of n planes (a filter's C/G slices, or the depthwise kernels), tiled row by row with
     * their labels above, cells as large as fit and never below readable size: when not all fit,
     * the slices around the current one are shown and the heading says which. Returns the bottom.
     */
    private static double slices(GraphicsContext g, double x, double y, double side, double maxH, int n, int kh, int kw,
                                 int current, boolean active, int currentTap, java.util.function.IntFunction<float[]> slice,
                                 java.util.function.IntFunction<String> label, float scale, String[] note) {
        double label0 = Layout.PLANE_LABEL, gap = 12 * GridPainter.scale, read = Math.floor(Layout.readable());
        int tc = (int) Math.max(1, Math.min(n, Math.floor((side + gap) / (kw * read + gap))));
        int rowsFit = (int) Math.max(1, Math.floor(maxH / (kh * read + label0)));
        int shown = Math.min(n, tc * rowsFit), first = Math.max(0, Math.min(n - shown, current - shown / 2));
        int perCol = (shown + tc - 1) / tc;
        tc = (shown + perCol - 1) / perCol;
        double cell = Math.floor(Math.min(Math.min(44 * GridPainter.scale, (side - (tc - 1) * gap) / (tc * kw)), (maxH - perCol * label0) / (perCol * kh)));
        cell = Math.max(Math.min(read, (side - (tc - 1) * gap) / (tc * kw)), cell);
        note[0] = shown < n ? " · slices " + first + "–" + (first + shown - 1) + " of " + n : "";
        double bottom = y;
        for (int j = 0; j < shown; j++) {
            int s = first + j;
            // row by row, as the channel planes of the stacks are laid out
            double xx = x + (j % tc) * (kw * cell + gap), yy = y + (j / tc) * (kh * cell + label0) + label0;
            grid(g, xx, yy, cell, kh, kw, slice.apply(s), scale);
            GridPainter.text(g, label.apply(s), xx, yy - label0 + 2, s == current ? GridPainter.LABEL : GridPainter.MUTED);
            if (active && s == current) {
                g.setStroke(GridPainter.ACCENT2);
                g.setLineWidth(2);
                g.strokeRect(xx - 2, yy - 2, kw * cell + 4, kh * cell + 4);
                GridPainter.outline(g, xx + (currentTap % kw) * cell, yy + ((currentTap / kw) % kh) * cell, cell, GridPainter.CURRENT, 4);
            }
            bottom = Math.max(bottom, yy + kh * cell);
        }
        return bottom;
    }

    /** Draws the kernel area for step k (its heading within {@code headingWidth}) and returns the bottom of what it drew. */
    static double draw(GraphicsContext g, Trace t, int k, boolean active, Panel area, double headingWidth) {
        double x = area.x(), y = area.y(), side = area.cell();
        double maxH = area.rows(); // the kernel area's rows hold the grids' height in px
        double bottom = y;
        String[] note = {""};
        Stage st = t.stage(k);
        String title, sub;
        switch (st) {
            case STANDARD, GROUPED -> {
                Weights w = t.weightsOf(st);
                int kh = w.kernelHeight(), kw = w.kernelWidth(), cg = w.channelsPerGroup(), idx = t.weightIndex(k);
                int f = idx / (cg * kh * kw), c = (idx / (kh * kw)) % cg;
                int groupBase = st == Stage.GROUPED ? (f / (w.filters() / t.meta().spec().groups())) * cg : 0;
                bottom = slices(g, x, y - Layout.PLANE_LABEL, side, maxH + Layout.PLANE_LABEL, cg, kh, kw, c, active, idx % (kh * kw),
                        j -> w.slice(f, j), j -> "× channel " + (groupBase + j), maxAbs(w.data()), note);
                title = "FILTER " + f + ": " + cg + "×" + kh + "×" + kw;
                sub = (cg == 1 ? "one kernel" : "one kernel per channel it reads") + note[0];
            }
            case DEPTHWISE -> {
                Weights w = t.weightsOf(st);
                int kh = w.kernelHeight(), kw = w.kernelWidth(), n = w.filters(), idx = t.weightIndex(k);
                int f = idx / (kh * kw);
                int m = n / t.shape(Space.INPUT)[0];
                bottom = slices(g, x, y - Layout.PLANE_LABEL, side, maxH + Layout.PLANE_LABEL, n, kh, kw, f, active, idx % (kh * kw),
                        j -> w.slice(j, 0), j -> "c " + j / m + (m > 1 ? " #" + j % m : ""), maxAbs(w.data()), note);
                title = "DEPTHWISE KERNELS";
                sub = "each plane its own" + (m > 1 ? " (m = " + m + " per channel)" : "") + note[0];
            }
            case POINTWISE -> {
                Weights w = t.weightsOf(st);
                int fN = w.filters(), cN = w.channelsPerGroup(), idx = t.weightIndex(k);
                double cell = Math.floor(Math.min(52 * GridPainter.scale, Math.min(side / cN, maxH / fN)));
                grid(g, x, y, cell, fN, cN, w.data(), maxAbs(w.data()));
                bottom = y + fN * cell;
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
                bottom = y + (kh + 1) * cell;
                if (active && st == Stage.COLUMN_PASS) GridPainter.outline(g, x, y + (1 + t.weightIndex(k) % kh) * cell, cell, GridPainter.CURRENT, 4);
                if (active && st == Stage.ROW_PASS) GridPainter.outline(g, x + (1 + t.weightIndex(k) % kw) * cell, y, cell, GridPainter.CURRENT, 4);
                int r = Math.max(1, t.meta().rank());
                int perFilter = t.shape(Space.PAIR)[0] / t.shape(Space.OUTPUT)[0];
                title = "PAIR " + (s % r + 1) + " of " + r;
                sub = "f " + s / perFilter + ", c " + (s % perFilter) / r + ": col " + kh + "×1 · row 1×" + kw;
            }
        }
        GridPainter.heading(g, title, sub, x, y - Layout.TITLE_H - Layout.PLANE_LABEL, headingWidth);
        return bottom;
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
