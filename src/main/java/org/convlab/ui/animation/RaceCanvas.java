package org.convlab.ui.animation;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.convlab.engine.Cost;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;
import org.convlab.trace.TraceCursor;

/**
 * The counted race drawn on one canvas (bars advance by counted multiplies, not by time): for each lane the output maps filling in, a progress bar on a
 * common scale (the standard lane's total multiplies), the counters, and the ratio beside the
 * engine counts and the CostModel formulas.
 */
final class RaceCanvas {
    private final RaceModel model;
    private final Canvas canvas = new Canvas(800, 400);
    private final Pane holder = new Pane(canvas);

    RaceCanvas(RaceModel model) {
        this.model = model;
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        model.revisionProperty().addListener(o -> draw());
    }

    Pane node() { return holder; }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(GridPainter.BACKGROUND);
        g.fillRect(0, 0, w, h);
        TraceCursor a = model.standardLane(), b = model.contenderLane();
        if (a == null) {
            String msg = model.messageProperty().get();
            GridPainter.title(g, msg.isEmpty() ? "Recording both traces…" : msg, 20, 20);
            return;
        }
        long total = a.trace().totalMultiplies();
        double laneH = (h - 90) / 2;
        lane(g, a, "STANDARD", 14, 10, w - 28, laneH, total);
        lane(g, b, b.trace().method().id().toUpperCase(java.util.Locale.ROOT), 14, 10 + laneH, w - 28, laneH, total);
        Cost[] c = model.costs();
        double y = h - 76;
        GridPainter.title(g, "standard ÷ " + b.trace().method().id() + " = " + StepText.count(a.trace().totalMultiplies()) + " ÷ "
                + StepText.count(b.trace().totalMultiplies()) + " = " + model.ratioText() + " fewer multiplies (counted race: the same multiplies per second)", 14, y);
        GridPainter.text(g, "engine counts: " + StepText.count(a.trace().meta().engine().counts().multiplies()) + " and "
                + StepText.count(b.trace().meta().engine().counts().multiplies()) + "    ·    CostModel: " + StepText.formula(c[0]), 14, y + 24, GridPainter.MUTED);
        GridPainter.text(g, "CostModel " + b.trace().method().id() + ": " + StepText.formula(c[1]), 14, y + 44, GridPainter.MUTED);
    }

    private void lane(GraphicsContext g, TraceCursor cur, String name, double x, double y, double w, double h, long scaleTotal) {
        Trace t = cur.trace();
        boolean done = RaceModel.finished(cur);
        GridPainter.title(g, name + (done ? "   ✔ FINISHED" : cur.position() > 0 ? "   · " + t.stage(cur.position() - 1).label() : ""), x, y);
        GridPainter.text(g, StepText.counters(cur.multiplies(), t.totalMultiplies(), cur.additions(), t.totalAdditions()), x, y + 22, GridPainter.MUTED);
        // progress bar on the standard lane's scale
        double barY = y + 44, barW = w * 0.9;
        g.setFill(GridPainter.EMPTY);
        g.fillRect(x, barY, barW, 16);
        g.setFill(Color.web("#9e9e9e"));
        g.fillRect(x, barY, barW * t.totalMultiplies() / scaleTotal, 16);
        g.setFill(done ? GridPainter.ACCENT2 : GridPainter.CURRENT);
        g.fillRect(x, barY, barW * cur.multiplies() / scaleTotal, 16);
        // output maps filling in (and the intermediate, if any)
        double gy = barY + 44, gh = h - (gy - y) - 12;
        int[] out = t.shape(Space.OUTPUT), mid = t.shape(Space.INTERMEDIATE);
        boolean showMid = mid != null && t.shape(Space.PAIR) == null;
        int maps = out[0] + (showMid ? mid[0] : 0);
        double cell = Math.max(1, Math.floor(Math.min(gh / out[1], (w - 12 * maps) / Math.max(1, maps * (double) Math.max(out[2], mid == null ? 0 : mid[2])))));
        cell = Math.min(cell, 22);
        float scale = maxAbs(t.meta().engine().output().data());
        double gx = x;
        if (showMid) {
            float ms = maxAbs(t.meta().engine().intermediate().data());
            for (int c = 0; c < mid[0]; c++) {
                GridPainter.text(g, "INTERMEDIATE c " + c, gx, gy - 18, GridPainter.MUTED);
                map(g, cur, Space.INTERMEDIATE, c, mid, gx, gy, cell, ms);
                gx += Math.max(mid[2] * cell, 120) + 12;
            }
        }
        for (int c = 0; c < out[0]; c++) {
            GridPainter.text(g, "OUTPUT f " + c, gx, gy - 18, GridPainter.MUTED);
            map(g, cur, Space.OUTPUT, c, out, gx, gy, cell, scale);
            gx += Math.max(out[2] * cell, 120) + 12;
        }
    }

    private static void map(GraphicsContext g, TraceCursor cur, Space s, int c, int[] shape, double x, double y, double cell, float scale) {
        for (int i = 0; i < shape[1]; i++) {
            for (int j = 0; j < shape[2]; j++) {
                boolean wr = cur.written(s, c, i, j);
                g.setFill(wr ? GridPainter.colour(cur.value(s, c, i, j), scale) : GridPainter.EMPTY);
                g.fillRect(x + j * cell, y + i * cell, cell, cell);
            }
        }
        g.setStroke(GridPainter.GRID_LINE);
        g.setLineWidth(1);
        g.strokeRect(x, y, shape[2] * cell, shape[1] * cell);
    }

    private static float maxAbs(float[] d) {
        float m = 0;
        for (float v : d) m = Math.max(m, Math.abs(v));
        return m;
    }
}
