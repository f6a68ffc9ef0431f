package org.convlab.ui.animation;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;
import org.convlab.trace.TraceCursor;
import org.convlab.ui.animation.Layout.Kind;
import org.convlab.ui.animation.Layout.Panel;

/**
 * The animation drawn on one {@link Canvas}: INPUT (padding hatched), KERNEL, INTERMEDIATE,
 * PAIR, OUTPUT (and EXACT or ERROR) grids with the real values, the current window, the current
 * multiply, the running sum and the counters. Redraws only when the model's revision changes or
 * the canvas is resized. Hovering a cell highlights what it feeds or comes from; clicking an
 * output cell jumps to where it is complete.
 */
final class AnimationCanvas {
    static final String STYLE_CLASS = "animation-canvas";

    private final AnimationModel model;
    private final Canvas canvas = new Canvas(800, 500);
    private final Pane holder = new Pane(canvas);
    private Layout layout;
    private Trace layoutTrace;
    private final float[] scales = new float[Space.values().length];
    private float errorScale;
    private int inputChannel, midChannel, pairChannel, outputChannel;
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
        canvas.widthProperty().addListener(o -> { layout = null; draw(); });
        canvas.heightProperty().addListener(o -> { layout = null; draw(); });
        model.revisionProperty().addListener(o -> draw());
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> { clearHover(); draw(); });
        canvas.setOnMouseClicked(e -> click(e.getX(), e.getY()));
    }

    Pane node() { return holder; }
    Canvas canvas() { return canvas; }
    int drawCount() { return draws; }

    private void prepare(Trace t) {
        if (t == layoutTrace && layout != null) return;
        if (t != layoutTrace) {
            java.util.Arrays.fill(scales, 0);
            scales[Space.INPUT.ordinal()] = maxAbs(t.meta().input().data());
            for (int k = 0; k < t.size(); k++) {
                int s = t.targetSpace(k).ordinal();
                scales[s] = Math.max(scales[s], Math.abs(t.partial(k)));
            }
            errorScale = 0;
            if (t.method() == Method.LOW_RANK && t.meta().exact() != null) {
                errorScale = t.meta().exact().maxAbsDiff(t.meta().engine().output());
            }
            inputChannel = midChannel = pairChannel = outputChannel = 0;
            clearHover();
        }
        layoutTrace = t;
        layout = new Layout(t, canvas.getWidth(), canvas.getHeight());
    }

    private static float maxAbs(float[] d) {
        float m = 0;
        for (float v : d) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** Which channel each panel shows, following the step in focus. */
    private void follow(Trace t, int k) {
        Space src = t.sourceSpace(k), dst = t.targetSpace(k);
        int[] pairShape = t.shape(Space.PAIR);
        if (src == Space.INPUT) inputChannel = t.sourceC(k);
        if (src == Space.INTERMEDIATE) midChannel = t.sourceC(k);
        if (dst == Space.INTERMEDIATE) midChannel = t.targetC(k);
        if (src == Space.PAIR) pairChannel = t.sourceC(k);
        if (dst == Space.PAIR) pairChannel = t.targetC(k);
        if (dst == Space.OUTPUT) outputChannel = t.targetC(k);
        if (pairShape != null) { // separable: slice s belongs to filter s / (Cg·r)
            int perFilter = pairShape[0] / t.shape(Space.OUTPUT)[0];
            int s = dst == Space.INTERMEDIATE || dst == Space.PAIR ? t.targetC(k) : src == Space.INTERMEDIATE ? t.sourceC(k) : -1;
            if (s >= 0) {
                int f = s / perFilter, r = Math.max(1, t.meta().rank());
                int cg = perFilter / r, perGroup = t.shape(Space.OUTPUT)[0] / t.meta().spec().groups();
                outputChannel = f;
                inputChannel = (f / perGroup) * cg + (s % perFilter) / r;
                midChannel = s;
                if (dst != Space.PAIR && src != Space.PAIR) pairChannel = s;
            }
        } else if (t.method() == Method.DEPTHWISE_SEPARABLE && dst == Space.INTERMEDIATE) {
            inputChannel = t.sourceC(k);
        } else if (t.method() == Method.DEPTHWISE_SEPARABLE && src == Space.INTERMEDIATE) {
            int m = t.shape(Space.INTERMEDIATE)[0] / t.shape(Space.INPUT)[0];
            inputChannel = t.sourceC(k) / m;
        }
    }

    int channelOf(Kind k) {
        return switch (k) {
            case INPUT -> inputChannel;
            case INTERMEDIATE -> midChannel;
            case PAIR -> pairChannel;
            default -> outputChannel;
        };
    }

    void draw() {
        draws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Trace t = model.getTrace();
        TraceCursor cur = model.cursor();
        if (t == null || cur == null || t.size() == 0) {
            GridPainter.title(g, model.messageProperty().get().isEmpty() ? "Recording the trace…" : model.messageProperty().get(), 20, 20);
            return;
        }
        prepare(t);
        int p = model.positionProperty().get();
        int k = Math.max(0, p - 1);
        follow(t, k);
        int from = model.valueStart(k), to = model.valueEnd(k);
        for (Panel panel : layout.panels) {
            if (panel.kind() == Kind.KERNEL) KernelPainter.draw(g, t, k, p > 0, panel);
            else drawGrid(g, t, cur, panel);
        }
        // the window of the value in progress: every tap of it outlined, the current tap thick
        for (int i = from; i <= to; i++) {
            Panel src = panelFor(t.sourceSpace(i), t.sourceC(i));
            if (src == null) continue;
            boolean current = i == k && p > 0;
            if (!current) GridPainter.outline(g, src.cellX(t.sourceX(i)), src.cellY(t.sourceY(i)), src.cell(), GridPainter.WINDOW, i <= k && p > 0 ? 2.5 : 1.5);
        }
        currentCells = "";
        if (p > 0) {
            currentCells = t.sourceSpace(k) + "[" + t.sourceC(k) + "," + t.sourceY(k) + "," + t.sourceX(k) + "] -> "
                    + t.targetSpace(k) + "[" + t.targetC(k) + "," + t.targetY(k) + "," + t.targetX(k) + "]";
            Panel src = panelFor(t.sourceSpace(k), t.sourceC(k));
            if (src != null) GridPainter.outline(g, src.cellX(t.sourceX(k)), src.cellY(t.sourceY(k)), src.cell(), GridPainter.CURRENT, 4);
            Panel dst = panelFor(t.targetSpace(k), t.targetC(k));
            if (dst != null) GridPainter.outline(g, dst.cellX(t.targetX(k)), dst.cellY(t.targetY(k)), dst.cell(), GridPainter.CURRENT, 4);
        }
        if (!related.isEmpty()) drawRelated(g);
        TextPainter.draw(g, model, t, k, p, from, layout, hoverText, w);
    }

    private Panel panelFor(Space s, int c) {
        if (s == Space.NONE) return null;
        for (Panel p : layout.panels) {
            if (p.space() == s && p.kind() != Kind.EXACT && p.kind() != Kind.ERROR && channelOf(p.kind()) == c) return p;
        }
        return null;
    }

    private void drawGrid(GraphicsContext g, Trace t, TraceCursor cur, Panel panel) {
        int c = channelOf(panel.kind());
        int[] shape = t.shape(panel.space());
        Tensor in = t.meta().input();
        Tensor exact = t.meta().exact();
        float scale = scales[panel.space().ordinal()];
        for (int r = 0; r < panel.rows(); r++) {
            int y = r - panel.top();
            for (int q = 0; q < panel.cols(); q++) {
                int x = q - panel.left();
                double px = panel.x() + q * panel.cell(), py = panel.y() + r * panel.cell();
                if (y < 0 || y >= shape[1] || x < 0 || x >= shape[2]) { GridPainter.padCell(g, px, py, panel.cell()); continue; }
                switch (panel.kind()) {
                    case INPUT -> GridPainter.cell(g, px, py, panel.cell(), in.get(c, y, x), scale, true);
                    case EXACT -> GridPainter.cell(g, px, py, panel.cell(), exact.get(c, y, x), scale, true);
                    case ERROR -> {
                        boolean done = cur.written(Space.OUTPUT, c, y, x) && cur.position() >= lastWrite(t, c, y, x);
                        GridPainter.cell(g, px, py, panel.cell(), done ? cur.value(Space.OUTPUT, c, y, x) - exact.get(c, y, x) : 0, errorScale, done);
                    }
                    default -> GridPainter.cell(g, px, py, panel.cell(), cur.value(panel.space(), c, y, x), scale, cur.written(panel.space(), c, y, x));
                }
            }
        }
        GridPainter.lines(g, panel.x(), panel.y(), panel.cell(), panel.rows(), panel.cols());
        GridPainter.title(g, PanelTitles.title(t, panel.kind(), c), panel.x(), panel.y() - Layout.TITLE_H + 2);
        GridPainter.text(g, PanelTitles.subtitle(t, panel.kind(), c, errorScale), panel.x(), panel.y() - Layout.TITLE_H + 22, Color.web("#555555"));
    }

    private int[] lastWrites;

    /** Step count after which output cell (c, y, x) is final (cached per trace). */
    private int lastWrite(Trace t, int c, int y, int x) {
        int[] sh = t.shape(Space.OUTPUT);
        if (lastWrites == null || lastWrites.length != sh[0] * sh[1] * sh[2] || t != lastWriteTrace) {
            lastWrites = new int[sh[0] * sh[1] * sh[2]];
            for (int k = 0; k < t.size(); k++) {
                if (t.targetSpace(k) == Space.OUTPUT) lastWrites[(t.targetC(k) * sh[1] + t.targetY(k)) * sh[2] + t.targetX(k)] = k + 1;
            }
            lastWriteTrace = t;
        }
        return lastWrites[(c * sh[1] + y) * sh[2] + x];
    }

    private Trace lastWriteTrace;

    private static long key(Space s, int c, int y, int x) {
        return (((long) s.ordinal() * 4096 + c) * 8192 + (y + 4096)) * 8192 + (x + 4096);
    }

    private void drawRelated(GraphicsContext g) {
        for (Panel p : layout.panels) {
            if (p.kind() == Kind.KERNEL || p.kind() == Kind.EXACT || p.kind() == Kind.ERROR) continue;
            int c = channelOf(p.kind());
            for (int r = 0; r < p.rows(); r++) {
                for (int q = 0; q < p.cols(); q++) {
                    if (related.contains(key(p.space(), c, r - p.top(), q - p.left()))) {
                        g.setFill(GridPainter.HOVER);
                        g.fillRect(p.x() + q * p.cell(), p.y() + r * p.cell(), p.cell(), p.cell());
                    }
                }
            }
        }
        Panel hp = panelFor(hoverSpace, hoverC);
        if (hp != null) GridPainter.outline(g, hp.cellX(hoverX), hp.cellY(hoverY), hp.cell(), Color.web("#d01c8b"), 3);
    }

    private void clearHover() { hoverSpace = null; related.clear(); hoverText = ""; }

    private void hover(double px, double py) {
        Trace t = model.getTrace();
        if (t == null || layout == null) return;
        for (Panel p : layout.panels) {
            if (p.kind() == Kind.KERNEL || p.kind() == Kind.EXACT || p.kind() == Kind.ERROR || !p.contains(px, py)) continue;
            int c = channelOf(p.kind()), y = p.rowAt(py), x = p.colAt(px);
            if (p.space() == hoverSpace && c == hoverC && y == hoverY && x == hoverX) return;
            hoverSpace = p.space(); hoverC = c; hoverY = y; hoverX = x;
            hoverText = HoverInfo.describe(t, p.space(), c, y, x, related, AnimationCanvas::key);
            draw();
            return;
        }
        if (hoverSpace != null) { clearHover(); draw(); }
    }

    private void click(double px, double py) {
        Trace t = model.getTrace();
        if (t == null || layout == null) return;
        for (Panel p : layout.panels) {
            if (!p.contains(px, py) || p.space() == Space.INPUT || p.space() == Space.NONE) continue;
            int last = HoverInfo.lastStepTargeting(t, p.space(), channelOf(p.kind()), p.rowAt(py), p.colAt(px));
            if (last >= 0) { model.playingProperty().set(false); model.positionProperty().set(last + 1); }
            return;
        }
    }

    /** For tests: the canvas position of the centre of a data cell in a panel, or null. */
    double[] cellCentre(Kind kind, int y, int x) {
        if (layout == null) return null;
        Panel p = layout.panel(kind);
        return p == null ? null : new double[] {p.cellX(x) + p.cell() / 2, p.cellY(y) + p.cell() / 2};
    }

    String hoverText() { return hoverText; }
    /** The cells outlined as the current multiply at the last draw ("" before the first step). */
    String currentCells() { return currentCells; }
    private String currentCells = "";
    Set<Long> related() { return related; }
}
