package org.convlab.ui.speed;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convlab.ui.core.CanvasPane;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Palette;
import org.convlab.ui.core.Quantity;
import org.convlab.ui.core.Reveal;

/**
 * The measured race on one canvas: one lane per method on a common time axis, each bar growing
 * at the measured wall time of its runs; a tick on the factorized lane where it would finish if
 * time followed multiplies; the counted and measured ratios and each method's GMAC/s.
 */
final class SpeedRaceCanvas {
    private final SpeedModel model;
    private final CanvasPane pane = new CanvasPane("speed-race", 600, 300, this::draw);
    private final Canvas canvas = pane.canvas();
    private Look look = Look.DEFAULT;

    SpeedRaceCanvas(SpeedModel model) {
        this.model = model;
        model.revisionProperty().addListener(o -> draw());
    }

    Pane node() { return pane.node(); }

    void setLook(Look l) {
        look = l;
        draw();
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = look.palette();
        double w = canvas.getWidth(), h = canvas.getHeight(), s = look.scale();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        if (w < 20 || h < 20) return;
        double pad = 14 * s, fs = 13 * s;
        Font bold = Font.font("System", FontWeight.BOLD, fs * 1.1), normal = Font.font("System", fs);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(bold);
        g.setFill(p.text());
        Draw.fit(g, "Measured race · " + model.layerProperty().get().label(), pad, pad, w - 2 * pad, bold);
        g.setFont(normal);
        g.setFill(p.mutedText());
        Draw.fit(g, model.messageProperty().get(), pad, pad + fs * 1.7, w - 2 * pad, normal);
        SpeedModel.Race r = model.raceProperty().get();
        Reveal reveal = model.revealProperty().get();
        String[] names = model.racerNames();
        double laneTop = pad + fs * 4, laneH = Math.min(fs * 5.5, Math.max(fs * 4.2, (h - laneTop - fs * 5.5) / 2));
        double barX = pad, barW = w - 2 * pad, barH = Math.max(8, fs * 1.3);
        for (int i = 0; i < 2; i++) {
            double y = laneTop + i * laneH;
            g.setFont(bold);
            g.setFill(p.text());
            Draw.fit(g, names[i], barX, y, barW, bold);
            g.setFill(p.surface());
            g.fillRect(barX, y + fs * 1.6, barW, barH);
            g.setStroke(p.grid());
            g.setLineWidth(1);
            g.strokeRect(barX, y + fs * 1.6, barW, barH);
            g.setFont(normal);
            if (r == null) {
                SpeedModel.Progress pr = model.progress();
                if (model.phaseProperty().get() == SpeedModel.Phase.MEASURING && pr.target() > 0) {
                    int done = i == 0 ? pr.fullRuns() : pr.factorizedRuns();
                    g.setFill(p.grid());
                    g.fillRect(barX, y + fs * 1.6, barW * done / pr.target(), barH);
                    g.setFill(p.mutedText());
                    Draw.fit(g, "measuring: run " + done + " of " + pr.target(), barX, y + fs * 1.6 + barH + fs * 0.4, barW, normal);
                }
                continue;
            }
            SpeedModel.Lane lane = i == 0 ? r.full() : r.factorized();
            double total = Math.max(r.full().seconds(), r.factorized().seconds());
            double t = Math.min(model.clock(), lane.seconds());
            boolean done = model.clock() >= lane.seconds();
            g.setFill(i == 0 ? p.accent() : p.accent2());
            g.fillRect(barX, y + fs * 1.6, barW * t / total, barH);
            g.setStroke(p.text());
            double finish = barX + barW * lane.seconds() / total;
            g.strokeLine(finish, y + fs * 1.3, finish, y + fs * 1.6 + barH + 2);
            if (i == 1) { // where the factorized lane would finish if time followed multiplies
                double counted = barX + barW * r.full().seconds() / r.countedRatio() / total;
                g.setStroke(p.positive());
                g.setLineWidth(2.5 * s);
                g.strokeLine(counted, y + fs * 1.2, counted, y + fs * 1.6 + barH + fs * 0.3);
                g.setLineWidth(1);
            }
            g.setFill(p.text());
            Draw.fit(g, String.format(Locale.ROOT, "%s %d runs × %.1f ms = %.2f s  ·  %s multiplies per run  ·  %.2f GMAC/s",
                    done ? "✔" : "…", lane.runs(), lane.millisPerRun(), lane.seconds(),
                    reveal.show(Quantity.MULTIPLIES, String.format(Locale.ROOT, "%,d", lane.multiplies())), lane.gmacs()),
                    barX, y + fs * 1.6 + barH + fs * 0.4, barW, normal);
        }
        double y = laneTop + 2 * laneH + fs * 0.3;
        g.setFont(bold);
        if (r != null) {
            g.setFill(p.positive());
            Draw.fit(g, "counted: " + reveal.show(Quantity.RATIO, String.format(Locale.ROOT, "%.2f× fewer multiplies", r.countedRatio())),
                    pad, y, w * 0.5 - pad, bold);
            g.setFill(p.text());
            Draw.fit(g, String.format(Locale.ROOT, "measured: %.2f× faster", r.measuredRatio()), w * 0.5 + pad, y, w * 0.5 - 2 * pad, bold);
            g.setFont(normal);
            g.setFill(p.positive());
            Draw.fit(g, "┃ this tick: where the factorized lane would finish if time followed multiplies", pad, y + fs * 1.6, w - 2 * pad, normal);
        } else {
            g.setFont(normal);
            g.setFill(p.mutedText());
            Draw.fit(g, "Both methods run in the engine, the same number of times; bars grow at the measured wall time.",
                    pad, y, w - 2 * pad, normal);
        }
    }
}
