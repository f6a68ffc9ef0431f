package org.convlab.ui.speed;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convlab.engine.perf.RaceLayer;
import org.convlab.engine.perf.Roofline;
import org.convlab.engine.perf.Timing;
import org.convlab.ui.core.CanvasPane;
import org.convlab.ui.core.Look;
import org.convlab.ui.core.Palette;

/**
 * The roofline chart, log-log: arithmetic intensity (multiplies per byte moved) across, measured
 * GMAC/s up; the memory slope (bandwidth × intensity) meets the compute roof at the ridge.
 * Each measured method is a marker: colour = layer, shape = method.
 */
final class RooflineCanvas {
    private static final double X_MIN = 0.05, X_MAX = 200;
    private final SpeedModel model;
    private final CanvasPane pane = new CanvasPane("speed-roofline", 500, 400, this::draw);
    private final Canvas canvas = pane.canvas();
    private Look look = Look.DEFAULT;

    RooflineCanvas(SpeedModel model) {
        this.model = model;
        model.revisionProperty().addListener(o -> draw());
        model.rooflineMessageProperty().addListener(o -> draw());
    }

    Pane node() { return pane.node(); }

    void setLook(Look l) {
        look = l;
        draw();
    }

    private Color layerColor(RaceLayer l, Palette p) {
        return switch (l) {
            case MOBILENET_112 -> p.series(0);
            case LAYER_14 -> p.series(1);
            case HD_RGB -> p.series(3);
        };
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = look.palette();
        double w = canvas.getWidth(), h = canvas.getHeight(), s = look.scale();
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        if (w < 40 || h < 40) return;
        double fs = 13 * s, pad = 14 * s;
        Font bold = Font.font("System", FontWeight.BOLD, fs * 1.1), normal = Font.font("System", fs), small = Font.font("System", fs * 0.9);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.text());
        Roofline r = model.rooflineProperty().get();
        Draw.fit(g, "Roofline of this machine", pad, pad, w - 2 * pad, bold);
        g.setFill(p.mutedText());
        String sub = r == null ? model.rooflineMessageProperty().get()
                : String.format(Locale.ROOT, "compute roof %.1f GMAC/s · memory %.1f GB/s · ridge %.2f MAC/byte · %d threads",
                        r.gmacs(), r.gbs(), r.ridge(), r.threads());
        Draw.fit(g, sub, pad, pad + fs * 1.6, w - 2 * pad, normal);
        if (r == null) return;
        List<SpeedModel.PlacedPoint> pts = model.points();
        double yMax = r.gmacs() * 3, yMin = Math.min(r.gbs() * X_MIN, 0.05);
        boolean above = false;
        for (SpeedModel.PlacedPoint pp : pts) {
            yMin = Math.min(yMin, pp.point().gmacs() / 2);
            yMax = Math.max(yMax, pp.point().gmacs() * 2);
            above |= pp.point().gmacs() > 1.1 * r.attainable(pp.point().intensity());
        }
        double left = pad + fs * 3.6, top = pad + fs * 4.8, right = w - pad, bottom = h - pad - fs * 7.2;
        if (right - left < 60 || bottom - top < 60) return;
        double lx0 = Math.log10(X_MIN), lx1 = Math.log10(X_MAX), ly0 = Math.log10(yMin), ly1 = Math.log10(yMax);
        java.util.function.DoubleUnaryOperator px = x -> left + (Math.log10(x) - lx0) / (lx1 - lx0) * (right - left);
        java.util.function.DoubleUnaryOperator py = y -> bottom - (Math.log10(y) - ly0) / (ly1 - ly0) * (bottom - top);
        // grid and axes: decades
        g.setLineWidth(1);
        g.setFont(small);
        for (int e = (int) Math.floor(lx0); e <= Math.ceil(lx1); e++) {
            double v = Math.pow(10, e);
            if (v < X_MIN || v > X_MAX) continue;
            double x = px.applyAsDouble(v);
            g.setStroke(p.grid());
            g.strokeLine(x, top, x, bottom);
            g.setFill(p.mutedText());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(label(v), x, bottom + fs * 0.3);
        }
        for (int e = (int) Math.floor(ly0); e <= Math.ceil(ly1); e++) {
            double v = Math.pow(10, e);
            if (v < yMin || v > yMax) continue;
            double y = py.applyAsDouble(v);
            g.setStroke(p.grid());
            g.strokeLine(left, y, right, y);
            g.setFill(p.mutedText());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label(v), left - fs * 0.3, y);
            g.setTextBaseline(VPos.TOP);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(p.text());
        g.setFont(normal);
        double cx = (left + right) / 2;
        Draw.fit(g, "multiplies per byte moved (inputs + weights + outputs, once)", cx, bottom + fs * 1.5,
                2 * Math.min(cx - pad, w - pad - cx), normal);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("GMAC/s", pad, top - fs * 1.2);
        // the roofs
        double ridge = r.ridge();
        double xa = Math.max(X_MIN, yMin / r.gbs());
        g.setStroke(p.text());
        g.setLineWidth(2.5 * s);
        g.strokeLine(px.applyAsDouble(xa), py.applyAsDouble(r.gbs() * xa), px.applyAsDouble(Math.min(ridge, X_MAX)),
                py.applyAsDouble(r.gbs() * Math.min(ridge, X_MAX)));
        if (ridge < X_MAX) g.strokeLine(px.applyAsDouble(ridge), py.applyAsDouble(r.gmacs()), right, py.applyAsDouble(r.gmacs()));
        g.setLineWidth(1);
        g.setFont(small);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("compute roof", right - 4, py.applyAsDouble(r.gmacs()) - 3);
        g.setTextAlign(TextAlignment.LEFT);
        double sx = Math.max(xa * 1.5, X_MIN * 1.5);
        double mx = px.applyAsDouble(sx) + 10 * s, my = py.applyAsDouble(r.gbs() * sx) + fs * 1.2;
        g.fillText("memory slope", mx, my);
        g.setTextBaseline(VPos.TOP);
        // the points, then their labels where they overlap nothing drawn so far (the roofs' labels included)
        List<double[]> taken = new java.util.ArrayList<>();
        double roofW = Draw.width("compute roof", small), slopeW = Draw.width("memory slope", small);
        double roofY = py.applyAsDouble(r.gmacs()) - 3;
        taken.add(new double[] {right - 4 - roofW, roofY - fs * 1.2, right - 4, roofY});
        taken.add(new double[] {mx, my - fs * 1.2, mx + slopeW, my});
        for (SpeedModel.PlacedPoint pp : pts) {
            Timing.Point pt = pp.point();
            double x = px.applyAsDouble(Math.max(X_MIN, Math.min(X_MAX, pt.intensity())));
            double y = py.applyAsDouble(Math.max(yMin, pt.gmacs()));
            marker(g, pt.name(), x, y, 6 * s, layerColor(pp.layer(), p), p);
            taken.add(new double[] {x - 7 * s, y - 7 * s, x + 7 * s, y + 7 * s});
        }
        g.setFont(small);
        g.setFill(p.text());
        for (SpeedModel.PlacedPoint pp : pts) {
            Timing.Point pt = pp.point();
            double x = px.applyAsDouble(Math.max(X_MIN, Math.min(X_MAX, pt.intensity())));
            double y = py.applyAsDouble(Math.max(yMin, pt.gmacs()));
            String t = shortName(pt.name());
            double tw = Draw.width(t, small), th = fs;
            double[] best = labelPlace(x, y, tw, th, s, taken, left, top, right, bottom);
            taken.add(new double[] {best[0], best[1], best[0] + tw, best[1] + th});
            // a backing in the background colour keeps the label readable over grid lines and the roofs
            g.setFill(p.background().deriveColor(0, 1, 1, 0.85));
            g.fillRect(best[0] - 1, best[1], tw + 2, th);
            g.setFill(p.text());
            g.fillText(t, best[0], best[1]);
        }
        // legend
        double ly = bottom + fs * 3.2;
        double lx = pad;
        g.setFont(small);
        for (RaceLayer l : RaceLayer.values()) {
            String t = l.label();
            double tw = Draw.width(t, small);
            if (lx > pad && lx + fs + tw > w - pad) {
                lx = pad;
                ly += fs * 1.3;
            }
            g.setFill(layerColor(l, p));
            g.fillRect(lx, ly + fs * 0.2, fs * 0.8, fs * 0.8);
            g.setFill(p.text());
            g.fillText(t, lx + fs, ly);
            lx += fs + tw + fs * 1.2;
        }
        ly += fs * 1.4;
        lx = pad;
        String[][] keys = {{"standard 3×3", "standard / direct"}, {"depthwise-separable", "separable"},
            {"depthwise stage", "depthwise"}, {"pointwise stage", "pointwise"}};
        for (String[] k : keys) {
            double tw = Draw.width(k[1], small);
            if (lx > pad && lx + fs + tw > w - pad) {
                lx = pad;
                ly += fs * 1.3;
            }
            marker(g, k[0], lx + fs * 0.4, ly + fs * 0.6, 5 * s, p.mutedText(), p);
            g.setFill(p.text());
            g.fillText(k[1], lx + fs, ly);
            lx += fs + tw + fs * 1.2;
        }
        String msg = model.rooflineMessageProperty().get();
        if (msg.isEmpty() && above) {
            msg = "Some points lie above the roofs: the machine was busier while the roofs were measured. Re-measure on a quiet machine.";
        }
        if (!msg.isEmpty()) {
            g.setFill(above ? p.negative() : p.mutedText());
            Draw.fit(g, msg, pad, ly + fs * 1.4, w - 2 * pad, small);
        }
    }

    /**
     * Where a label of {@code tw}×{@code th} goes beside the point (x, y): the first place, nearest
     * first, inside the plot that overlaps nothing taken; if every place overlaps, the one that
     * overlaps least.
     */
    static double[] labelPlace(double x, double y, double tw, double th, double s, List<double[]> taken,
                               double left, double top, double right, double bottom) {
        List<double[]> at = new java.util.ArrayList<>(List.of(new double[][] {{x + 8 * s, y - th / 2}, {x - 8 * s - tw, y - th / 2},
            {x + 6 * s, y - th - 6 * s}, {x + 6 * s, y + 6 * s}, {x - tw - 6 * s, y - th - 6 * s}, {x - tw - 6 * s, y + 6 * s}}));
        for (int k = 1; k <= 2; k++) {   // further out, one and two label heights up and down
            double d = k * (th + 2 * s);
            for (double dy : new double[] {-d, d}) {
                at.add(new double[] {x + 8 * s, y - th / 2 + dy});
                at.add(new double[] {x - 8 * s - tw, y - th / 2 + dy});
            }
        }
        double[] best = at.get(0);
        double least = Double.MAX_VALUE;
        for (double[] c : at) {
            double[] box = {c[0], c[1], c[0] + tw, c[1] + th};
            if (box[0] < left || box[2] > right || box[1] < top || box[3] > bottom) continue;
            double overlap = 0;
            for (double[] o : taken) {
                overlap += Math.max(0, Math.min(box[2], o[2]) - Math.max(box[0], o[0]))
                        * Math.max(0, Math.min(box[3], o[3]) - Math.max(box[1], o[1]));
            }
            if (overlap == 0) return c;
            if (overlap < least) {
                least = overlap;
                best = c;
            }
        }
        return best;
    }

    static String shortName(String name) {
        return switch (name) {
            case "standard 3×3" -> "standard";
            case "depthwise-separable" -> "dw-separable";
            case "depthwise stage" -> "depthwise";
            case "pointwise stage" -> "pointwise";
            case "direct 7×7" -> "direct 7×7";
            case "separable 7×1 + 1×7" -> "separable 7×7";
            default -> name;
        };
    }

    /** standard/direct = circle, separable block = square, depthwise = triangle, pointwise = diamond. */
    private static void marker(GraphicsContext g, String name, double x, double y, double r, Color c, Palette p) {
        g.setFill(c);
        g.setStroke(p.background());
        g.setLineWidth(1);
        switch (name) {
            case "depthwise-separable", "separable 7×1 + 1×7" -> {
                g.fillRect(x - r, y - r, 2 * r, 2 * r);
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            case "depthwise stage" -> {
                double[] xs = {x, x + r * 1.15, x - r * 1.15}, ys = {y - r * 1.2, y + r, y + r};
                g.fillPolygon(xs, ys, 3);
                g.strokePolygon(xs, ys, 3);
            }
            case "pointwise stage" -> {
                double[] xs = {x, x + r * 1.2, x, x - r * 1.2}, ys = {y - r * 1.2, y, y + r * 1.2, y};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
            default -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private static String label(double v) {
        if (v >= 1) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, "%s", v >= 0.1 ? "0.1" : v >= 0.01 ? "0.01" : String.valueOf(v));
    }
}
