package org.convlab.ui.animation;

import java.util.ArrayList;
import java.util.List;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;

/**
 * Where each tensor of the animation goes on the canvas (pure geometry, recomputed on resize, new
 * trace or new look). Every tensor is a stack of its channel planes, tiled in columns; the cell
 * size is the largest that fits all stacks side by side.
 */
final class Layout {
    /** Kinds of panel, left to right. */
    enum Kind { INPUT, KERNEL, INTERMEDIATE, PAIR, OUTPUT, SHUFFLED, EXACT, ERROR }

    /**
     * A stack of {@code planes} planes, each rows×cols cells of size {@code cell}, tiled
     * {@code tileCols} across from (x, y); grid row r of a plane is data row r − top. A stack with
     * a {@code window} shows planes window·k … window·k + planes − 1 (the current filter's slices).
     */
    record Panel(Kind kind, Space space, double x, double y, double cell, int top, int left, int rows, int cols,
                 int planes, int tileCols, int window) {
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
    }

    static double TITLE_H = 44, TEXT_H = 150, GAP = 30, MARGIN = 14, MAX_CELL = 60, PLANE_GAP = 10, PLANE_LABEL = 22;

    final List<Panel> panels = new ArrayList<>();
    final double textTop;

    /** Sizes scaled by the look (fonts grow in presentation mode, so do titles and gaps). */
    static void scale(double s) {
        TITLE_H = 44 * s; TEXT_H = 150 * s; GAP = 30 * s; MARGIN = 14 * s; MAX_CELL = 60 * s; PLANE_GAP = 10 * s; PLANE_LABEL = 22 * s;
    }

    private record Stack(Kind kind, int rows, int cols, int top, int left, int planes, int window, double weight) { }

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
        double kernelW = Math.max(150, Math.min(240, width * 0.15)) * Math.max(1, GridPainter.scale * 0.9);
        double gridH = height - TITLE_H - PLANE_LABEL - TEXT_H - 2 * MARGIN;
        double avail = width - 2 * MARGIN - kernelW - GAP * (stacks.size() - 1) - (shuffled ? GAP * 2 : 0);
        // the largest cell (and per-stack tiling) that fits
        double best = 2;
        int[] bestTiles = new int[stacks.size()];
        for (double cell = MAX_CELL; cell >= 2; cell -= 1) {
            int[] tiles = new int[stacks.size()];
            double used = 0;
            boolean ok = true;
            for (int i = 0; i < stacks.size(); i++) {
                Stack s = stacks.get(i);
                if (s.kind == Kind.KERNEL) continue;
                double c = cell * s.weight;
                double ph = s.rows * c + PLANE_LABEL;
                int perCol = (int) Math.max(0, Math.floor((gridH + PLANE_LABEL) / ph));
                if (perCol == 0) { ok = false; break; }
                tiles[i] = (s.planes + perCol - 1) / perCol;
                used += tiles[i] * (s.cols * c + PLANE_GAP);
            }
            if (ok && used <= avail) { best = cell; bestTiles = tiles; break; }
        }
        double x = MARGIN, y = MARGIN + TITLE_H + PLANE_LABEL, bottom = y;
        for (int i = 0; i < stacks.size(); i++) {
            Stack s = stacks.get(i);
            if (s.kind == Kind.KERNEL) {
                panels.add(new Panel(Kind.KERNEL, Space.NONE, x, y, kernelW, 0, 0, (int) gridH, 1, 1, 1, 0));
                x += kernelW + GAP;
                bottom = Math.max(bottom, y + Math.min(kernelW, gridH));
                continue;
            }
            double c = Math.floor(best * s.weight);
            Panel p = new Panel(s.kind, spaceOf(s.kind), x, y, Math.max(1, c), s.top, s.left, s.rows, s.cols, s.planes,
                    Math.max(1, bestTiles[i]), s.window);
            panels.add(p);
            x += p.width() + GAP + (s.kind == Kind.OUTPUT && shuffled ? GAP * 2 : 0);
            bottom = Math.max(bottom, y + p.height());
        }
        textTop = Math.min(height - TEXT_H, bottom + 16);
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

    Panel panel(Kind k) {
        for (Panel p : panels) if (p.kind == k) return p;
        return null;
    }
}
