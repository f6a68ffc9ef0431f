package org.convlab.ui.animation;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;

/** Where each grid of the animation goes on the canvas (pure geometry, recomputed on resize or new trace). */
final class Layout {
    /** Kinds of panel, left to right. */
    enum Kind { INPUT, KERNEL, INTERMEDIATE, PAIR, OUTPUT, EXACT, ERROR }

    /** A grid panel: rows×cols cells of size {@code cell} at (x, y); grid row r is data row r − top. */
    record Panel(Kind kind, Space space, double x, double y, double cell, int top, int left, int rows, int cols) {
        int rowAt(double py) { return (int) Math.floor((py - y) / cell) - top; }
        int colAt(double px) { return (int) Math.floor((px - x) / cell) - left; }
        boolean contains(double px, double py) {
            return px >= x && py >= y && px < x + cols * cell && py < y + rows * cell;
        }
        double cellX(int dataCol) { return x + (dataCol + left) * cell; }
        double cellY(int dataRow) { return y + (dataRow + top) * cell; }
    }

    static final double TITLE_H = 44, TEXT_H = 118, GAP = 26, MARGIN = 14, MAX_CELL = 64;

    final List<Panel> panels = new ArrayList<>();
    final double textTop;

    Layout(Trace t, double width, double height) {
        ConvSpec.Geometry g = t.meta().geometry();
        boolean sep = t.method() == Method.SPATIAL_SEPARABLE || t.method() == Method.LOW_RANK;
        int[] in = t.shape(Space.INPUT), out = t.shape(Space.OUTPUT), mid = t.shape(Space.INTERMEDIATE);
        List<int[]> dims = new ArrayList<>(); // kind, rows, cols, top, left
        int vTop = g.padTop(), vBottom = g.padBottom(), hLeft = sep ? 0 : g.padLeft(), hRight = sep ? 0 : g.padRight();
        dims.add(new int[] {Kind.INPUT.ordinal(), in[1] + vTop + vBottom, in[2] + hLeft + hRight, vTop, hLeft});
        if (mid != null) {
            int l = sep ? g.padLeft() : 0, r = sep ? g.padRight() : 0;
            dims.add(new int[] {Kind.INTERMEDIATE.ordinal(), mid[1], mid[2] + l + r, 0, l});
        }
        boolean pair = sep && t.shape(Space.PAIR)[0] > out[0];
        if (pair) dims.add(new int[] {Kind.PAIR.ordinal(), out[1], out[2], 0, 0});
        dims.add(new int[] {Kind.OUTPUT.ordinal(), out[1], out[2], 0, 0});
        if (t.meta().exact() != null) {
            dims.add(new int[] {(t.method() == Method.LOW_RANK ? Kind.ERROR : Kind.EXACT).ordinal(), out[1], out[2], 0, 0});
        }
        double kernelW = Math.max(170, Math.min(260, width * 0.16));
        double gridH = height - TITLE_H - TEXT_H - 2 * MARGIN;
        // one row of panels, or two (INPUT, KERNEL, INTERMEDIATE over the rest) when that gives bigger cells
        int split = mid != null ? 2 : 1;
        List<List<int[]>> one = List.of(dims);
        List<List<int[]>> two = split < dims.size() ? List.of(dims.subList(0, split), dims.subList(split, dims.size())) : one;
        double c1 = cellFor(one, width, gridH, kernelW), c2 = two == one ? 0 : cellFor(two, width, (gridH - TITLE_H) / 2, kernelW);
        List<List<int[]>> rows = c2 > c1 * 1.15 ? two : one;
        double cell = Math.floor(Math.max(c1, rows == two ? c2 : 0));
        double y = MARGIN + TITLE_H;
        for (List<int[]> row : rows) {
            double x = MARGIN, rowH = 0;
            for (int[] d : row) {
                Kind k = Kind.values()[d[0]];
                double c = summary(d) ? Math.floor(cell / 2) : cell; // EXACT / ERROR are half-size summaries
                panels.add(new Panel(k, spaceOf(k), x, y, c, d[3], d[4], d[1], d[2]));
                x += d[2] * c + GAP;
                rowH = Math.max(rowH, d[1] * c);
                if (k == Kind.INPUT) {
                    // the kernel area is one square "cell" of side kernelW; the painter lays out its own grid in it
                    panels.add(new Panel(Kind.KERNEL, Space.NONE, x, y, kernelW, 0, 0, 1, 1));
                    x += kernelW + GAP;
                    rowH = Math.max(rowH, Math.min(kernelW, 200));
                }
            }
            y += rowH + TITLE_H + 8;
        }
        double bottom = MARGIN + TITLE_H;
        for (Panel p : panels) bottom = Math.max(bottom, p.y + p.rows * p.cell);
        textTop = Math.min(height - TEXT_H, bottom + 16);
    }

    private static boolean summary(int[] d) { return d[0] == Kind.EXACT.ordinal() || d[0] == Kind.ERROR.ordinal(); }

    private static double cellFor(List<List<int[]>> rows, double width, double rowH, double kernelW) {
        double best = MAX_CELL;
        for (List<int[]> row : rows) {
            double sumCols = 0;
            int maxRows = 0;
            boolean kernel = false;
            for (int[] d : row) { sumCols += summary(d) ? d[2] / 2.0 : d[2]; maxRows = Math.max(maxRows, d[1]); kernel |= d[0] == Kind.INPUT.ordinal(); }
            double avail = width - 2 * MARGIN - (kernel ? kernelW + GAP : 0) - GAP * row.size();
            best = Math.min(best, Math.min(rowH / maxRows, avail / sumCols));
        }
        return Math.max(2, best);
    }

    private static Space spaceOf(Kind k) {
        return switch (k) {
            case INPUT -> Space.INPUT;
            case INTERMEDIATE -> Space.INTERMEDIATE;
            case PAIR -> Space.PAIR;
            case OUTPUT, EXACT, ERROR -> Space.OUTPUT;
            case KERNEL -> Space.NONE;
        };
    }

    Panel panel(Kind k) {
        for (Panel p : panels) if (p.kind == k) return p;
        return null;
    }
}
