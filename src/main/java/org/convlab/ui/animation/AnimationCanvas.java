package org.convlab.ui.animation;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.convlab.engine.ChannelShuffle;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;
import org.convlab.trace.TraceCursor;
import org.convlab.ui.animation.Layout.Kind;
import org.convlab.ui.animation.Layout.Panel;

/**
 * The animation drawn on one {@link Canvas}: every tensor as the stack of its channel planes
 * (INPUT with hatched padding, INTERMEDIATE, PAIR, OUTPUT, the SHUFFLED output of a grouped
 * convolution, and EXACT or ERROR), the KERNEL area, the windows of the value in progress in
 * every plane they read (a standard filter's C windows, a pointwise 1×1×C column), the current
 * multiply, the running sum and the counters. Channel groups are coloured. Redraws only when
 * the model's revision changes, the canvas is resized or the look changes. Hovering a cell
 * highlights what it feeds or comes from; clicking an output cell jumps to where it is complete.
 */
final class AnimationCanvas {
    static final String STYLE_CLASS = "animation-canvas";

    private final AnimationModel model;
    private final Canvas canvas = new Canvas(800, 500);
    private final Pane holder = new Pane(canvas);
    private Layout layout;
    /** The layout's panels with their windows moved to the step in focus (what was drawn last). */
    private final java.util.List<Panel> shown = new java.util.ArrayList<>();
    private final java.util.EnumMap<Kind, int[]> origins = new java.util.EnumMap<>(Kind.class);
    private Trace layoutTrace;
    private final float[] scales = new float[Space.values().length];
    private float errorScale;
    private int filter;
    private Space hoverSpace;
    private int hoverC, hoverY, hoverX;
    private final Set<Long> related = new HashSet<>();
    private String hoverText = "";
    private int draws;

    AnimationCanvas(AnimationModel model) {
        this.model = model;
        holder.getStyleClass().add(STYLE_CLASS);
        holder.setMinSize(400, 300);
        holder.setFocusTraversable(true);
        holder.setOnMousePressed(e -> holder.requestFocus());
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> relayout());
        canvas.heightProperty().addListener(o -> relayout());
        model.revisionProperty().addListener(o -> draw());
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> { clearHover(); draw(); });
        canvas.setOnMouseClicked(e -> click(e.getX(), e.getY()));
    }

    Pane node() { return holder; }
    Canvas canvas() { return canvas; }
    int drawCount() { return draws; }

    /** Sizes or look changed: lay out again and redraw. */
    void relayout() { layout = null; draw(); }

    private boolean shuffled(Trace t) { return t.method() == Method.GROUPED && model.shuffleShown() && t.meta().spec().groups() > 1; }

    private void prepare(Trace t) {
        if (t == layoutTrace && layout != null) return;
        if (t != layoutTrace) {
            java.util.Arrays.fill(scales, 0);
            scales[Space.INPUT.ordinal()] = maxAbs(t.meta().input().data());
            for (int k = 0; k < t.size(); k++) {
                int s = t.targetSpace(k).ordinal();
                scales[s] = Math.max(scales[s], Math.abs(t.partial(k)));
                if (t.hasExtra(k)) scales[t.extraSpace(k).ordinal()] = Math.max(scales[t.extraSpace(k).ordinal()], Math.abs(t.extraAfter(k)));
            }
            errorScale = 0;
            if (t.method() == Method.LOW_RANK && t.meta().exact() != null) {
                errorScale = t.meta().exact().maxAbsDiff(t.meta().engine().output());
            }
            filter = 0;
            origins.clear();
            clearHover();
        }
        layoutTrace = t;
        layout = new Layout(t, shuffled(t), canvas.getWidth(), canvas.getHeight());
    }

    private static float maxAbs(float[] d) {
        float m = 0;
        for (float v : d) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** The filter the step in focus works for (separable stacks show that filter's slices). */
    private void follow(Trace t, int k) {
        int[] pair = t.shape(Space.PAIR);
        if (pair == null) { if (t.targetSpace(k) == Space.OUTPUT) filter = t.targetC(k); return; }
        int perFilter = pair[0] / t.shape(Space.OUTPUT)[0];
        int s = t.targetSpace(k) == Space.OUTPUT ? t.targetC(k) * perFilter : t.targetSpace(k) == Space.INTERMEDIATE
                ? t.targetC(k) : t.sourceC(k);
        filter = s / perFilter;
    }

    /** First channel a panel shows. */
    private int first(Panel p) {
        int[] o = origins.get(p.kind());
        return (p.window() > 0 ? filter * p.window() : 0) + (o == null ? 0 : o[2]);
    }

    /**
     * Moves each cropped panel's window (rows, columns, planes) so that the cells the value in
     * progress reads and writes are in view; a window stays put while they are, so the picture
     * does not jitter, and jumps to centre them when they leave it.
     */
    private void scrollTo(Trace t, int from, int to, boolean started) {
        shown.clear();
        for (Panel p : layout.panels) {
            if (p.kind() == Kind.KERNEL || !p.cropped()) { shown.add(p); continue; }
            Space sp = p.space();
            // {channel, row, column} × {min, max} of the cells the value in progress reads or writes here
            int[] box = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
            for (int i = from; started && i <= to; i++) {
                if (t.sourceSpace(i) == sp) include(box, t.sourceC(i), t.sourceY(i), t.sourceX(i));
                if (t.targetSpace(i) == sp) include(box, t.targetC(i), t.targetY(i), t.targetX(i));
            }
            int ch0 = box[0], ch1 = box[1], r0 = box[2], r1 = box[3], c0 = box[4], c1 = box[5];
            boolean follower = p.kind() == Kind.SHUFFLED || p.kind() == Kind.EXACT || p.kind() == Kind.ERROR;
            if (follower && origins.containsKey(Kind.OUTPUT)) origins.put(p.kind(), origins.get(Kind.OUTPUT).clone());
            int[] o = origins.computeIfAbsent(p.kind(), x -> new int[3]);
            if (!follower && r0 <= r1) {
                int base = p.window() > 0 ? filter * p.window() : 0, span = p.window() > 0 ? p.window() : p.totalPlanes();
                o[0] = follow(o[0], r0 + p.top(), r1 + p.top(), p.rows(), p.gridRows());
                o[1] = follow(o[1], c0 + p.left(), c1 + p.left(), p.cols(), p.gridCols());
                o[2] = follow(o[2], ch0 - base, ch1 - base, p.planes(), span);
            }
            shown.add(p.scrolled(p.top(), p.left(), o[0], o[1]));
        }
    }

    private static void include(int[] box, int c, int y, int x) {
        box[0] = Math.min(box[0], c); box[1] = Math.max(box[1], c);
        box[2] = Math.min(box[2], y); box[3] = Math.max(box[3], y);
        box[4] = Math.min(box[4], x); box[5] = Math.max(box[5], x);
    }

    /** The new start of a window of {@code size} over {@code 0..total-1} that shows lo..hi. */
    private static int follow(int start, int lo, int hi, int size, int total) {
        if (size >= total) return 0;
        if (lo >= start && hi < start + size) return start;
        int s = hi - lo + 1 >= size ? lo : (lo + hi + 1) / 2 - size / 2;
        return Math.max(0, Math.min(total - size, s));
    }

    /** The channel shown in local plane i of a panel. */
    private int channelAt(Trace t, Panel p, int i) {
        if (p.kind() == Kind.SHUFFLED) return ChannelShuffle.source(i, t.shape(Space.OUTPUT)[0], t.meta().spec().groups());
        return first(p) + i;
    }

    void draw() {
        draws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(GridPainter.BACKGROUND);
        g.fillRect(0, 0, w, h);
        Trace t = model.getTrace();
        TraceCursor cur = model.cursor();
        if (t == null || cur == null || cur.trace() != t || t.size() == 0) {
            GridPainter.title(g, model.messageProperty().get().isEmpty() ? "Recording the trace…" : model.messageProperty().get(), 20, 20);
            return;
        }
        prepare(t);
        int p = model.positionProperty().get();
        int k = Math.max(0, p - 1);
        follow(t, k);
        int from = model.valueStart(k), to = model.valueEnd(k);
        scrollTo(t, from, to, p > 0);
        double kernelBottom = 0;
        for (Panel panel : shown) {
            if (panel.kind() == Kind.KERNEL) kernelBottom = KernelPainter.draw(g, t, k, p > 0, panel, layout.headingWidth(Kind.KERNEL));
            else drawStack(g, t, cur, panel);
        }
        if (shuffled(t)) drawPermutation(g, t);
        // the window of the value in progress, in every plane it reads: every tap outlined, the current tap thick
        for (int i = from; i <= to; i++) {
            if (i == k && p > 0) continue;
            double width = i <= k && p > 0 ? 2.5 : 1.5;
            forCell(t.sourceSpace(i), t.sourceC(i), t.sourceY(i), t.sourceX(i), (x, y, cell) -> GridPainter.windowOutline(g, x, y, cell, width));
        }
        currentCells = "";
        if (p > 0) {
            currentCells = t.sourceSpace(k) + "[" + t.sourceC(k) + "," + t.sourceY(k) + "," + t.sourceX(k) + "] -> "
                    + t.targetSpace(k) + "[" + t.targetC(k) + "," + t.targetY(k) + "," + t.targetX(k) + "]";
            outlineCell(g, t.sourceSpace(k), t.sourceC(k), t.sourceY(k), t.sourceX(k), GridPainter.CURRENT, 4);
            outlineCell(g, t.targetSpace(k), t.targetC(k), t.targetY(k), t.targetX(k), GridPainter.CURRENT, 4);
            if (t.hasExtra(k)) outlineCell(g, t.extraSpace(k), t.extraC(k), t.extraY(k), t.extraX(k), GridPainter.ACCENT2, 4);
        }
        if (!related.isEmpty()) drawRelated(g, t);
        counters = TextPainter.draw(g, model, t, k, p, from, Math.max(layout.textTop, kernelBottom + 16 * GridPainter.scale), hoverText, w,
                canvas.getHeight());
    }

    private void outlineCell(GraphicsContext g, Space s, int c, int y, int x, Color colour, double width) {
        forCell(s, c, y, x, (px, py, cell) -> GridPainter.outline(g, px, py, cell, colour, width));
    }

    private interface CellAt { void at(double x, double y, double cell); }

    /** Calls {@code then} with the position of data cell (c, y, x) of space s in every stack that shows it. */
    private void forCell(Space s, int c, int y, int x, CellAt then) {
        if (s == Space.NONE) return;
        for (Panel p : shown) {
            if (p.space() != s || p.kind() == Kind.EXACT || p.kind() == Kind.ERROR || p.kind() == Kind.SHUFFLED) continue;
            int i = c - first(p);
            if (i >= 0 && i < p.planes() && p.shows(y, x)) then.at(p.cellX(i, x), p.cellY(i, y), p.cell());
        }
    }

    /** The group colour of a channel in a panel, or null when the method has no groups to show. */
    private static Color groupColour(Trace t, Kind kind, int c) {
        int groups;
        int n;
        Method m = t.method();
        if (m == Method.GROUPED) groups = t.meta().spec().groups();
        else if (m == Method.DEPTHWISE || m == Method.DEPTHWISE_SEPARABLE) groups = t.shape(Space.INPUT)[0];
        else return null;
        if (kind == Kind.INPUT) n = t.shape(Space.INPUT)[0];
        else if (kind == Kind.INTERMEDIATE) n = t.shape(Space.INTERMEDIATE)[0];
        else if (m == Method.DEPTHWISE_SEPARABLE) return null; // pointwise output mixes every group
        else n = t.shape(Space.OUTPUT)[0];
        if (groups <= 1) return null;
        return GridPainter.GROUPS[(c / Math.max(1, n / groups)) % GridPainter.GROUPS.length];
    }

    private void drawStack(GraphicsContext g, Trace t, TraceCursor cur, Panel panel) {
        int[] shape = t.shape(panel.space());
        Tensor in = t.meta().input();
        Tensor exact = t.meta().exact();
        float scale = scales[panel.space().ordinal()];
        for (int i = 0; i < panel.planes(); i++) {
            int c = channelAt(t, panel, i);
            if (c >= shape[0]) continue;
            double x0 = panel.planeX(i), y0 = panel.planeY(i), cell = panel.cell();
            for (int r = 0; r < panel.rows(); r++) {
                int y = r - panel.top();
                for (int q = 0; q < panel.cols(); q++) {
                    int x = q - panel.left();
                    double px = x0 + q * cell, py = y0 + r * cell;
                    if (y < 0 || y >= shape[1] || x < 0 || x >= shape[2]) { GridPainter.padCell(g, px, py, cell); continue; }
                    switch (panel.kind()) {
                        case INPUT -> GridPainter.cell(g, px, py, cell, in.get(c, y, x), scale, true);
                        case EXACT -> GridPainter.cell(g, px, py, cell, exact.get(c, y, x), scale, true);
                        case ERROR -> {
                            boolean done = cur.written(Space.OUTPUT, c, y, x) && cur.position() >= lastWrite(t, c, y, x);
                            GridPainter.cell(g, px, py, cell, done ? cur.value(Space.OUTPUT, c, y, x) - exact.get(c, y, x) : 0, errorScale, done);
                        }
                        default -> GridPainter.cell(g, px, py, cell, cur.value(panel.space(), c, y, x), scale, cur.written(panel.space(), c, y, x));
                    }
                }
            }
            GridPainter.lines(g, x0, y0, cell, panel.rows(), panel.cols());
            Color gc = panel.kind() == Kind.SHUFFLED ? groupColour(t, Kind.OUTPUT, c) : groupColour(t, panel.kind(), c);
            double labelY = y0 - Layout.PLANE_LABEL + 2;
            if (gc != null) {
                g.setFill(gc);
                g.fillRect(x0, y0 - 5, panel.planeW(), 4);
            }
            GridPainter.label(g, PanelTitles.plane(t, panel.kind(), c, i), x0, labelY, panel.planeW() + Layout.PLANE_GAP - 3,
                    gc != null ? GridPainter.LABEL : GridPainter.MUTED);
        }
        if (panel.cropped()) drawCropMarks(g, panel);
        String sub = PanelTitles.subtitle(t, panel.kind(), errorScale) + (panel.cropped() ? " · " + PanelTitles.window(t, panel, first(panel)) : "");
        GridPainter.heading(g, PanelTitles.title(t, panel.kind(), first(panel)), sub, panel.x(), panel.y() - Layout.TITLE_H - Layout.PLANE_LABEL,
                layout.headingWidth(panel.kind()));
    }

    /** On a cropped plane: a bar on each side where the plane goes on beyond the window. */
    private void drawCropMarks(GraphicsContext g, Panel p) {
        int[] o = origins.getOrDefault(p.kind(), new int[3]);
        double bar = Math.max(3, 4 * GridPainter.scale);
        g.setFill(GridPainter.ACCENT2);
        for (int i = 0; i < p.planes(); i++) {
            double x0 = p.planeX(i), y0 = p.planeY(i), w = p.planeW(), h = p.planeH();
            if (o[0] > 0) g.fillRect(x0, y0 - bar, w, bar);
            if (o[0] + p.rows() < p.gridRows()) g.fillRect(x0, y0 + h, w, bar);
            if (o[1] > 0) g.fillRect(x0 - bar, y0, bar, h);
            if (o[1] + p.cols() < p.gridCols()) g.fillRect(x0 + w, y0, bar, h);
        }
    }

    /**
     * The channel shuffle as the permutation it is, drawn in the gutter between OUTPUT and SHUFFLED:
     * output planes 0…n−1 on the left, shuffled channels 0…n−1 on the right, a line in the source's
     * group colour from each plane to the channel it becomes (nothing crosses the planes' cells).
     */
    private void drawPermutation(GraphicsContext g, Trace t) {
        Panel out = shownPanel(Kind.OUTPUT), sh = shownPanel(Kind.SHUFFLED);
        if (out == null || sh == null) return;
        int n = t.shape(Space.OUTPUT)[0], groups = t.meta().spec().groups();
        double x0 = out.x() + out.width() + 6, x1 = sh.x() - 6;
        double digit = GridPainter.width("0" + (n > 10 ? "0" : ""), GridPainter.SMALL) + 4;
        if (x1 - x0 < 2 * digit + 16) return; // too narrow to draw: the plane labels "ch o ← f i" still say it
        double top = Math.max(out.y(), sh.y()), rowH = GridPainter.SMALL.getSize() * 1.2;
        // as tall as the stacks, taller (down to the text) when the digits would crowd
        double h = Math.max(Math.min(out.height(), sh.height()), Math.min(n * rowH, layout.textTop - top - 6));
        double step = h / n;
        javafx.scene.text.Font digits = step >= rowH ? GridPainter.SMALL
                : javafx.scene.text.Font.font(GridPainter.SMALL.getFamily(), Math.max(8, GridPainter.SMALL.getSize() * step / rowH));
        double a = x0 + digit + 3, b = x1 - digit - 3;
        GridPainter.text(g, "f", x0, top - Layout.PLANE_LABEL, GridPainter.MUTED);
        GridPainter.text(g, "ch", b - 2, top - Layout.PLANE_LABEL, GridPainter.MUTED);
        g.setLineWidth(2.5);
        for (int o = 0; o < n; o++) {
            int src = ChannelShuffle.source(o, n, groups);
            Color c = groupColour(t, Kind.OUTPUT, src);
            double yl = top + (src + 0.5) * step, yr = top + (o + 0.5) * step;
            g.setStroke(c == null ? GridPainter.MUTED : c);
            g.strokeLine(a, yl, b, yr);
            g.setFill(c == null ? GridPainter.MUTED : c);
            g.fillOval(a - 3, yl - 3, 6, 6);
            g.fillOval(b - 3, yr - 3, 6, 6);
            g.setFill(GridPainter.LABEL);
            g.setFont(digits);
            g.setTextBaseline(javafx.geometry.VPos.CENTER);
            g.fillText(Integer.toString(o), b + 5, yr);
            g.fillText(Integer.toString(src), x0, yl);
        }
    }

    private int[] lastWrites;
    private Trace lastWriteTrace;

    /** Step count after which output cell (c, y, x) is final (cached per trace). */
    private int lastWrite(Trace t, int c, int y, int x) {
        int[] sh = t.shape(Space.OUTPUT);
        if (lastWrites == null || t != lastWriteTrace) {
            lastWrites = new int[sh[0] * sh[1] * sh[2]];
            for (int k = 0; k < t.size(); k++) {
                if (t.targetSpace(k) == Space.OUTPUT) lastWrites[(t.targetC(k) * sh[1] + t.targetY(k)) * sh[2] + t.targetX(k)] = k + 1;
                if (t.hasExtra(k) && t.extraSpace(k) == Space.OUTPUT) lastWrites[(t.extraC(k) * sh[1] + t.extraY(k)) * sh[2] + t.extraX(k)] = k + 1;
            }
            lastWriteTrace = t;
        }
        return lastWrites[(c * sh[1] + y) * sh[2] + x];
    }

    private static long key(Space s, int c, int y, int x) {
        return (((long) s.ordinal() * 4096 + c) * 8192 + (y + 4096)) * 8192 + (x + 4096);
    }

    private void drawRelated(GraphicsContext g, Trace t) {
        for (Panel p : shown) {
            if (p.kind() == Kind.KERNEL || p.kind() == Kind.EXACT || p.kind() == Kind.ERROR || p.kind() == Kind.SHUFFLED) continue;
            for (int i = 0; i < p.planes(); i++) {
                int c = channelAt(t, p, i);
                for (int r = 0; r < p.rows(); r++) {
                    for (int q = 0; q < p.cols(); q++) {
                        if (related.contains(key(p.space(), c, r - p.top(), q - p.left()))) {
                            g.setFill(GridPainter.HOVER);
                            g.fillRect(p.planeX(i) + q * p.cell(), p.planeY(i) + r * p.cell(), p.cell(), p.cell());
                        }
                    }
                }
            }
        }
        outlineCell(g, hoverSpace, hoverC, hoverY, hoverX, Color.web("#d01c8b"), 3);
    }

    private void clearHover() { hoverSpace = null; related.clear(); hoverText = ""; }

    /** The (panel, channel, y, x) under a point, or null. */
    private int[] hit(Trace t, double px, double py, Panel[] which) {
        for (Panel p : shown) {
            if (p.kind() == Kind.KERNEL || p.kind() == Kind.EXACT || p.kind() == Kind.ERROR || p.kind() == Kind.SHUFFLED) continue;
            int i = p.planeAt(px, py);
            if (i < 0) continue;
            which[0] = p;
            return new int[] {channelAt(t, p, i), p.rowAt(i, py), p.colAt(i, px)};
        }
        return null;
    }

    private void hover(double px, double py) {
        Trace t = model.getTrace();
        if (t == null || layout == null) return;
        Panel[] which = new Panel[1];
        int[] h = hit(t, px, py, which);
        if (h != null) {
            Panel p = which[0];
            if (p.space() == hoverSpace && h[0] == hoverC && h[1] == hoverY && h[2] == hoverX) return;
            hoverSpace = p.space(); hoverC = h[0]; hoverY = h[1]; hoverX = h[2];
            hoverText = HoverInfo.describe(t, p.space(), h[0], h[1], h[2], related, AnimationCanvas::key);
            draw();
            return;
        }
        if (hoverSpace != null) { clearHover(); draw(); }
    }

    private void click(double px, double py) {
        Trace t = model.getTrace();
        if (t == null || layout == null) return;
        Panel[] which = new Panel[1];
        int[] h = hit(t, px, py, which);
        if (h == null || which[0].space() == Space.INPUT) return;
        int last = HoverInfo.lastStepTargeting(t, which[0].space(), h[0], h[1], h[2]);
        if (last >= 0) { model.playingProperty().set(false); model.positionProperty().set(last + 1); }
    }

    /** For tests: the canvas position of the centre of a data cell in plane {@code c} of a panel, or null. */
    double[] cellCentre(Kind kind, int c, int y, int x) {
        Panel p = shownPanel(kind);
        if (p == null) return null;
        int i = c - first(p);
        if (i < 0 || i >= p.planes() || !p.shows(y, x)) return null;
        return new double[] {p.cellX(i, x) + p.cell() / 2, p.cellY(i, y) + p.cell() / 2};
    }

    /** For tests: the cell size of a panel now (0 when absent). */
    double cellSize(Kind kind) {
        Panel p = shownPanel(kind);
        return p == null ? 0 : p.cell();
    }

    /** For tests: the panel of a kind as last drawn (its window moved to the step), or null. */
    Panel shownPanel(Kind kind) {
        for (Panel p : shown) if (p.kind() == kind) return p;
        return null;
    }

    String hoverText() { return hoverText; }
    /** The cells outlined as the current multiply at the last draw ("" before the first step). */
    String currentCells() { return currentCells; }
    private String currentCells = "";
    /** The counters as drawn at the last draw ("× 12 / 2 304   + 11"). */
    String counters() { return counters; }
    private String counters = "";
    Set<Long> related() { return related; }
}
