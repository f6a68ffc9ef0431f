package org.convlab.ui.animation;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;

/**
 * Where each tensor of the animation goes on the canvas (pure geometry, recomputed on resize, new
 * trace or new look). Every tensor is a stack of its channel planes, tiled in columns. Cells are
 * never smaller than {@link #readable()}, where the values print legibly: the largest cell that
 * shows every whole plane is chosen; when none is that large, each stack shows a window of its
 * planes' rows and columns (and, if still needed, of its planes) that the canvas moves along with
 * the step, so the numbers stay readable at the trace's largest sizes.
 */
final class Layout {
    /** Kinds of panel, left to right. */
    enum Kind { INPUT, KERNEL, INTERMEDIATE, PAIR, OUTPUT, SHUFFLED, EXACT, ERROR }

    /**
     * A stack showing {@code planes} of its {@code totalPlanes} planes, each a window of rows×cols
     * cells of size {@code cell} of its gridRows×gridCols grid (data and padding), tiled
     * {@code tileCols} across from (x, y); grid row r of a plane is data row r − top, so a window
     * scrolled down by d rows has top = (padding top) − d. A stack with a {@code window} belongs to
     * one filter at a time: it shows that filter's {@code window} planes (separable slices).
     */
    record Panel(Kind kind, Space space, double x, double y, double cell, int top, int left, int rows, int cols,
                 int planes, int tileCols, int window, int gridRows, int gridCols, int totalPlanes) {
        double planeW() { return cols * cell; }
        double planeH() { return rows * cell; }
        double planeX(int i) { return x + (i % tileCols) * (planeW() + PLANE_GAP); }
        double planeY(int i) { return y + (i / tileCols) * (planeH() + PLANE_LABEL); }
        double width() { return Math.min(planes, tileCols) * (planeW() + PLANE_GAP) - PLANE_GAP; }
        double height() { return ((planes + tileCols - 1) / tileCols) * (planeH() + PLANE_LABEL) - PLANE_LABEL; }
        /** The plane (local index) under a point, or −1. */
        int planeAt(double px, double py) {
            for (int i = 0; i < planes; i++) {
                if (px >= planeX(i) && py >= planeY(i) && px < planeX(i) + planeW() && py < planeY(i) + planeH()) return i;
            }
            return -1;
        }
        int rowAt(int plane, double py) { return (int) Math.floor((py - planeY(plane)) / cell) - top; }
        int colAt(int plane, double px) { return (int) Math.floor((px - planeX(plane)) / cell) - left; }
        double cellX(int plane, int dataCol) { return planeX(plane) + (dataCol + left) * cell; }
        double cellY(int plane, int dataRow) { return planeY(plane) + (dataRow + top) * cell; }
        /** True when data cell (row, col) lies in the shown window. */
        boolean shows(int dataRow, int dataCol) {
            int r = dataRow + top, c = dataCol + left;
            return r >= 0 && r < rows && c >= 0 && c < cols;
        }
        boolean cropped() { return rows < gridRows || cols < gridCols || planes < (window > 0 ? window : totalPlanes); }
        /** The same stack with its window moved to start at grid row {@code row0}, column {@code col0}. */
        Panel scrolled(int baseTop, int baseLeft, int row0, int col0) {
            return new Panel(kind, space, x, y, cell, baseTop - row0, baseLeft - col0, rows, cols, planes, tileCols, window,
                    gridRows, gridCols, totalPlanes);
        }
    }

    static double TITLE_H = 58, TEXT_H = 120, GAP = 30, MARGIN = 14, MAX_CELL = 60, PLANE_GAP = 10, PLANE_LABEL = 22;
    private static double scale = 1;

    final List<Panel> panels = new ArrayList<>();
    final double textTop;
    private final double width;

    /** Sizes scaled by the look (fonts grow in presentation mode, so do titles and gaps). */
    static void scale(double s) {
        scale = s;
        TITLE_H = 58 * s; TEXT_H = 120 * s; GAP = 30 * s; MARGIN = 14 * s; MAX_CELL = 60 * s; PLANE_GAP = 10 * s; PLANE_LABEL = 22 * s;
    }

    /** The smallest cell whose value prints legibly ("−1.25" at about 10 pt, scaled with the look). */
    static double readable() { return 30 * scale; }

    private record Stack(Kind kind, int rows, int cols, int top, int left, int planes, int window, double weight) {
        int span() { return window > 0 ? window : planes; }
    }

    /** A candidate: cell size, window rows/cols, planes per stack, comparison stacks at half size. */
    private record Fit(double cell, int rows, int cols, int planes, boolean halfComparisons, int[] tiles) { }

    Layout(Trace t, boolean shuffled, double width, double height) {
        ConvSpec.Geometry g = t.meta().geometry();
        boolean sep = t.method() == Method.SPATIAL_SEPARABLE || t.method() == Method.LOW_RANK;
        int[] in = t.shape(Space.INPUT), out = t.shape(Space.OUTPUT), mid = t.shape(Space.INTERMEDIATE);
        int perFilter = sep ? t.shape(Space.PAIR)[0] / out[0] : 0;
        List<Stack> stacks = new ArrayList<>();
        int vTop = g.padTop(), vBottom = g.padBottom(), hLeft = sep ? 0 : g.padLeft(), hRight = sep ? 0 : g.padRight();
        stacks.add(new Stack(Kind.INPUT, in[1] + vTop + vBottom, in[2] + hLeft + hRight, vTop, hLeft, in[0], 0, 1));
        stacks.add(new Stack(Kind.KERNEL, 0, 0, 0, 0, 0, 0, 0));
        if (mid != null) {
            int l = sep ? g.padLeft() : 0, r = sep ? g.padRight() : 0;
            stacks.add(new Stack(Kind.INTERMEDIATE, mid[1], mid[2] + l + r, 0, l, sep ? perFilter : mid[0], sep ? perFilter : 0, 1));
        }
        if (sep && perFilter > 1) stacks.add(new Stack(Kind.PAIR, out[1], out[2], 0, 0, perFilter, perFilter, 1));
        stacks.add(new Stack(Kind.OUTPUT, out[1], out[2], 0, 0, out[0], 0, 1));
        if (shuffled) stacks.add(new Stack(Kind.SHUFFLED, out[1], out[2], 0, 0, out[0], 0, 1));
        if (t.meta().exact() != null) {
            stacks.add(new Stack(t.method() == Method.LOW_RANK ? Kind.ERROR : Kind.EXACT, out[1], out[2], 0, 0, out[0], 0, 0.5));
        }
        double kernelW = Math.max(KernelPainter.preferredWidth(t, readable()),
                Math.max(150, Math.min(240, width * 0.15)) * Math.max(1, GridPainter.scale * 0.9));
        double gridH = height - TITLE_H - PLANE_LABEL - TEXT_H - 2 * MARGIN;
        double avail = width - 2 * MARGIN - kernelW - GAP * (stacks.size() - 1) - (shuffled ? GAP * 2 : 0);
        ConvSpec spec = t.meta().spec();
        Fit fit = choose(stacks, gridH, avail, (g.kH() - 1) * spec.dilationH() + 1, (g.kW() - 1) * spec.dilationW() + 1);
        double x = MARGIN, y = MARGIN + TITLE_H + PLANE_LABEL, bottom = y;
        for (int i = 0; i < stacks.size(); i++) {
            Stack s = stacks.get(i);
            if (s.kind == Kind.KERNEL) {
                panels.add(new Panel(Kind.KERNEL, Space.NONE, x, y, kernelW, 0, 0, (int) gridH, 1, 1, 1, 0, 0, 0, 0));
                x += kernelW + GAP;
                continue;
            }
            double c = Math.max(1, Math.floor(fit.cell * weight(s, fit)));
            int rows = Math.min(s.rows, fit.rows), cols = Math.min(s.cols, fit.cols), planes = Math.min(s.span(), fit.planes);
            Panel p = new Panel(s.kind, spaceOf(s.kind), x, y, c, s.top, s.left, rows, cols, planes,
                    Math.max(1, fit.tiles[i]), s.window, s.rows, s.cols, s.planes);
            panels.add(p);
            x += p.width() + GAP + (s.kind == Kind.OUTPUT && shuffled ? GAP * 2 : 0);
            bottom = Math.max(bottom, y + p.height());
        }
        this.width = width;
        textTop = Math.min(height - TEXT_H, bottom + 16 * scale);
    }

    private static double weight(Stack s, Fit f) { return s.weight < 1 && f.halfComparisons ? s.weight : 1; }

    /**
     * The best fit: whole planes at the largest readable cell (comparison stacks full size, then
     * half); else readable cells in the largest window of rows and columns that keeps every plane;
     * else that with fewer planes; else a window only the kernel's extent high (or wide); else (a tiny
     * window) whole planes at the largest cell that fits.
     */
    private static Fit choose(List<Stack> stacks, double gridH, double avail, int extentH, int extentW) {
        int maxRows = 0, maxCols = 0, maxPlanes = 0;
        for (Stack s : stacks) { maxRows = Math.max(maxRows, s.rows); maxCols = Math.max(maxCols, s.cols); maxPlanes = Math.max(maxPlanes, s.span()); }
        double read = Math.floor(readable());
        for (boolean half : new boolean[] {false, true}) {
            for (double cell = Math.floor(MAX_CELL); cell >= read; cell -= 1) {
                Fit f = fit(stacks, cell, maxRows, maxCols, maxPlanes, half, gridH, avail);
                if (f != null) return f;
            }
        }
        // the window must hold the kernel's whole (dilated) extent and a little around it
        int minRows = Math.min(maxRows, Math.max(4, extentH + 1));
        int minCols = Math.min(maxCols, Math.max(4, extentW + 1));
        // the window with the most cells (then the squarest) that keeps every plane
        Fit best = null;
        for (int r = maxRows; r >= minRows; r--) {
            for (int c = maxCols; c >= minCols; c--) {
                if (best != null && r * c < best.rows * best.cols) break;
                Fit f = fit(stacks, read, r, c, maxPlanes, true, gridH, avail);
                if (f != null && (best == null || r * c > best.rows * best.cols
                        || (r * c == best.rows * best.cols && Math.abs(r - c) < Math.abs(best.rows - best.cols)))) best = f;
                if (f != null) break;
            }
        }
        if (best != null) return best;
        for (int planes = maxPlanes - 1; planes >= 1; planes--) {
            Fit f = fit(stacks, read, minRows, minCols, planes, true, gridH, avail);
            if (f != null) return f;
        }
        // short windows: only the kernel's own extent of rows or columns, with as many planes as fit
        int tightRows = Math.min(maxRows, extentH), tightCols = Math.min(maxCols, extentW);
        for (int planes = maxPlanes; planes >= 1; planes--) {
            Fit f = null;
            for (int r = minRows; r >= tightRows && f == null; r--) {
                for (int c = maxCols; c >= tightCols && f == null; c--) f = fit(stacks, read, r, c, planes, true, gridH, avail);
            }
            if (f != null) return f;
        }
        for (double cell = read - 1; cell >= 2; cell -= 1) {
            Fit f = fit(stacks, cell, maxRows, maxCols, maxPlanes, true, gridH, avail);
            if (f != null) return f;
        }
        return new Fit(2, maxRows, maxCols, maxPlanes, true, new int[stacks.size()]);
    }

    private static Fit fit(List<Stack> stacks, double cell, int vRows, int vCols, int vPlanes, boolean half, double gridH, double avail) {
        int[] tiles = new int[stacks.size()];
        double used = 0;
        Fit f = new Fit(cell, vRows, vCols, vPlanes, half, tiles);
        for (int i = 0; i < stacks.size(); i++) {
            Stack s = stacks.get(i);
            if (s.kind == Kind.KERNEL) continue;
            double c = Math.floor(cell * weight(s, f));
            double ph = Math.min(s.rows, vRows) * c + PLANE_LABEL;
            int perCol = (int) Math.max(0, Math.floor((gridH + PLANE_LABEL) / ph));
            if (perCol == 0) return null;
            int planes = Math.min(s.span(), vPlanes);
            tiles[i] = (planes + perCol - 1) / perCol;
            used += tiles[i] * (Math.min(s.cols, vCols) * c + PLANE_GAP);
        }
        return used <= avail ? f : null;
    }

    private static Space spaceOf(Kind k) {
        return switch (k) {
            case INPUT -> Space.INPUT;
            case INTERMEDIATE -> Space.INTERMEDIATE;
            case PAIR -> Space.PAIR;
            case OUTPUT, SHUFFLED, EXACT, ERROR -> Space.OUTPUT;
            case KERNEL -> Space.NONE;
        };
    }

    /** The width a panel's heading may use: up to the next panel (or the canvas's margin). */
    double headingWidth(Kind k) {
        for (int i = 0; i < panels.size(); i++) {
            if (panels.get(i).kind() != k) continue;
            double end = i + 1 < panels.size() ? panels.get(i + 1).x() - 8 * scale : width - MARGIN;
            return end - panels.get(i).x();
        }
        return width - MARGIN;
    }

    Panel panel(Kind k) {
        for (Panel p : panels) if (p.kind == k) return p;
        return null;
    }
}
