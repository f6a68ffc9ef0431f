package org.convlab.ui.animation;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convlab.io.DisplayMapping;

/** Draws value grids on a canvas: diverging colours, numbers when cells are big enough, hatched padding. */
final class GridPainter {
    // the look's colours and scale (one look app-wide; set by apply() from Screen.applyLook on the FX thread)
    static Color WINDOW = Color.web("#1a1a1a");
    static Color CURRENT = Color.web("#009e9e");
    static Color HOVER = Color.web("#009e9e", 0.45);
    static Color PAD_FILL = Color.web("#e4e4e4");
    static Color PAD_HATCH = Color.web("#a8a8a8");
    static Color EMPTY = Color.web("#fbfbfb");
    static Color GRID_LINE = Color.web("#c8c8c8");
    static Color LABEL = Color.web("#202020");
    static Color MUTED = Color.web("#4b5563");
    static Color BACKGROUND = Color.WHITE;
    static Color ACCENT2 = Color.web("#d97706");
    static double scale = 1;
    /** Numbers on data colours (the diverging map is light near 0 in every theme). */
    static final Color CELL_TEXT = Color.web("#202020");
    private static final Color[] LUT = new Color[257];
    private static final Font[] FONTS = new Font[60];
    static Font TITLE = Font.font("System", FontWeight.BOLD, 15);
    static Font SMALL = Font.font("System", 13);
    static Font MONO = Font.font("Monospaced", 15);
    /** Distinct hues for channel groups (colour-blind safe: Okabe–Ito). */
    static final Color[] GROUPS = {Color.web("#0072b2"), Color.web("#e69f00"), Color.web("#009e73"), Color.web("#cc79a7"),
            Color.web("#56b4e9"), Color.web("#d55e00"), Color.web("#f0e442"), Color.web("#999999")};

    /** Takes the colours and scale of a look (theme, zoom, presentation). */
    static void apply(org.convlab.ui.core.Look look) {
        org.convlab.ui.core.Palette p = look.palette();
        scale = look.scale();
        BACKGROUND = p.background();
        LABEL = p.text();
        MUTED = p.mutedText();
        GRID_LINE = p.grid();
        CURRENT = p.accent();
        ACCENT2 = p.accent2();
        HOVER = Color.color(p.accent().getRed(), p.accent().getGreen(), p.accent().getBlue(), 0.45);
        WINDOW = CELL_TEXT;
        EMPTY = p.surface();
        boolean dark = p.background().getBrightness() < 0.5;
        PAD_FILL = dark ? Color.web("#3a3d42") : Color.web("#e4e4e4");
        PAD_HATCH = dark ? Color.web("#6b7078") : Color.web("#a8a8a8");
        TITLE = Font.font("System", FontWeight.BOLD, 15 * scale);
        SMALL = Font.font("System", 13 * scale);
        MONO = Font.font("Monospaced", 15 * scale);
        java.util.Arrays.fill(FONTS, null);
    }

    static {
        for (int i = 0; i < LUT.length; i++) {
            int argb = DisplayMapping.diverging((i - 128) / 128.0);
            LUT[i] = Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
        }
    }

    private GridPainter() { }

    /** Colour of v in the diverging map scaled so that ±scale is full colour. */
    static Color colour(float v, float scale) {
        double t = scale <= 0 ? 0 : Math.max(-1, Math.min(1, v / scale));
        return LUT[(int) Math.round(t * 128) + 128];
    }

    static Font cellFont(double cell) {
        int size = (int) Math.max(6, Math.min(FONTS.length - 1, Math.floor(cell / 3.1)));
        if (FONTS[size] == null) FONTS[size] = Font.font("System", size);
        return FONTS[size];
    }

    /** True when numbers fit legibly into cells of this size (see {@link Layout#readable()}). */
    static boolean showsNumbers(double cell) { return cell >= Math.floor(Layout.readable()) - 0.5; }

    /** A filled cell with its value (if it fits). */
    static void cell(GraphicsContext g, double x, double y, double cell, float v, float scale, boolean written) {
        g.setFill(written ? colour(v, scale) : EMPTY);
        g.fillRect(x, y, cell, cell);
        if (written && showsNumbers(cell)) {
            double t = scale <= 0 ? 0 : Math.abs(v / scale);
            g.setFill(t > 0.55 ? Color.WHITE : CELL_TEXT);
            g.setFont(cellFont(cell));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(StepText.num(v), x + cell / 2, y + cell / 2);
        }
    }

    /** A zero-padding cell: light grey with diagonal hatching and a faint 0. */
    static void padCell(GraphicsContext g, double x, double y, double cell) {
        g.setFill(PAD_FILL);
        g.fillRect(x, y, cell, cell);
        g.setStroke(PAD_HATCH);
        g.setLineWidth(1);
        g.strokeLine(x, y + cell * 0.5, x + cell * 0.5, y);
        g.strokeLine(x, y + cell, x + cell, y);
        g.strokeLine(x + cell * 0.5, y + cell, x + cell, y + cell * 0.5);
        if (showsNumbers(cell)) {
            g.setFill(PAD_HATCH);
            g.setFont(cellFont(cell));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("0", x + cell / 2, y + cell / 2);
        }
    }

    /** Thin grid lines over rows×cols cells. */
    static void lines(GraphicsContext g, double x0, double y0, double cell, int rows, int cols) {
        if (cell < 6) return;
        g.setFill(GRID_LINE); // 1-pixel rectangles: cheaper than strokes in software rendering
        for (int r = 0; r <= rows; r++) g.fillRect(x0, y0 + r * cell, cols * cell, 1);
        for (int c = 0; c <= cols; c++) g.fillRect(x0 + c * cell, y0, 1, rows * cell);
    }

    static void outline(GraphicsContext g, double x, double y, double cell, Color c, double width) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.strokeRect(x + width / 2, y + width / 2, cell - width, cell - width);
    }

    /**
     * A tap of the window in progress: a dark outline with a white line inside it, seen on light and
     * dark cells alike and in every theme (cells use the same diverging map in all of them).
     */
    static void windowOutline(GraphicsContext g, double x, double y, double cell, double width) {
        outline(g, x, y, cell, WINDOW, width);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.strokeRect(x + width + 0.5, y + width + 0.5, cell - 2 * width - 1, cell - 2 * width - 1);
    }

    static void title(GraphicsContext g, String text, double x, double y) {
        g.setFill(LABEL);
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, x, y);
    }

    private static final javafx.scene.text.Text MEASURE = new javafx.scene.text.Text();

    static double width(String text, Font f) {
        MEASURE.setText(text);
        MEASURE.setFont(f);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /**
     * A stack's heading within {@code maxW}: the title on one line (its font shrinks to fit), the
     * subtitle wrapped onto at most two lines (smaller when two are not enough).
     */
    static void heading(GraphicsContext g, String title, String sub, double x, double y, double maxW) {
        Font tf = fitted(title, TITLE, maxW, 0.65);
        g.setFill(LABEL);
        g.setFont(tf);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, x, y, maxW);
        if (sub == null || sub.isEmpty()) return;
        Font sf = SMALL;
        java.util.List<String> lines = wrap(sub, sf, maxW);
        for (double f = 0.95; f > 0.6 && lines.size() > 2; f -= 0.05) { sf = Font.font("System", 13 * scale * f); lines = wrap(sub, sf, maxW); }
        g.setFill(MUTED);
        g.setFont(sf);
        double line = 17 * scale;
        for (int i = 0; i < Math.min(2, lines.size()); i++) g.fillText(lines.get(i), x, y + 20 * scale + i * line, maxW);
    }

    /**
     * {@code f}, or the same family and weight made smaller in steps of 5 % (down to {@code minFactor}
     * of its size) until {@code text} fits in {@code maxW}.
     */
    static Font fitted(String text, Font f, double maxW, double minFactor) {
        Font out = f;
        FontWeight weight = f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
        for (double s = 0.95; s >= minFactor - 1e-9 && width(text, out) > maxW; s -= 0.05) out = Font.font(f.getFamily(), weight, f.getSize() * s);
        return out;
    }

    /** Words of {@code s} in lines no wider than {@code maxW}. */
    static java.util.List<String> wrap(String s, Font f, double maxW) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : s.split(" ")) {
            String tryLine = cur.length() == 0 ? word : cur + " " + word;
            if (cur.length() > 0 && width(tryLine, f) > maxW) { lines.add(cur.toString()); cur = new StringBuilder(word); }
            else cur = new StringBuilder(tryLine);
        }
        if (cur.length() > 0) lines.add(cur.toString());
        return lines;
    }

    /**
     * A plane's label within {@code maxW}: the whole label ("f 2 · g 1") in a font down to 75 %,
     * else its first two words ("f 2"), else nothing, so neighbouring labels never run into each other.
     */
    static void label(GraphicsContext g, String text, double x, double y, double maxW, Color c) {
        String[] words = text.split(" ");
        String s = text;
        Font f = fitted(s, SMALL, maxW, 0.75);
        if (width(s, f) > maxW && words.length > 2) {
            s = words[0] + " " + words[1];
            f = fitted(s, SMALL, maxW, 0.75);
        }
        if (width(s, f) > maxW) return;
        g.setFill(c);
        g.setFont(f);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(s, x, y);
    }

    static void text(GraphicsContext g, String text, double x, double y, Color c) {
        g.setFill(c);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, x, y);
    }
}
