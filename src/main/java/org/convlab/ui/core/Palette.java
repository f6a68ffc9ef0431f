package org.convlab.ui.core;

import javafx.scene.paint.Color;

/**
 * Colours a canvas or chart draws with in one theme. Text drawn in {@link #text()} or
 * {@link #mutedText()} on {@link #background()} or {@link #surface()} keeps a contrast of at
 * least 4.5:1 (WCAG 2.1 AA).
 *
 * @param background canvas background
 * @param surface    panels, cards, cell backgrounds
 * @param text       main text and numbers
 * @param mutedText  secondary labels
 * @param grid       grid lines and outlines of inactive cells
 * @param accent     the active window, highlights
 * @param accent2    a second highlight (e.g. the second stage, the kernel)
 * @param positive   "good", cheaper, within tolerance
 * @param negative   "bad", costlier, error
 */
public record Palette(Color background, Color surface, Color text, Color mutedText, Color grid,
                      Color accent, Color accent2, Color positive, Color negative) {

    // ---- series colours and contrast (appended) ----

    /** How many series colours a palette has; {@link #series(int)} repeats after that. */
    public static final int SERIES = 6;

    private static final Color[] LIGHT_SERIES = colours("#2563eb", "#b45309", "#0f766e", "#b91c1c", "#7c3aed", "#4b5563");
    private static final Color[] DARK_SERIES = colours("#7aa7ff", "#f5b14c", "#4fd1c5", "#ff8a80", "#c4a7ff", "#b0b4ba");
    private static final Color[] CONTRAST_SERIES = colours("#ffff00", "#00ffff", "#00ff00", "#ff66ff", "#ffa500", "#ffffff");

    private static Color[] colours(String... web) {
        Color[] c = new Color[web.length];
        for (int i = 0; i < web.length; i++) c[i] = Color.web(web[i]);
        return c;
    }

    /**
     * The {@code i}-th colour for a data series (a chart's lines, bars, slices, markers): distinct
     * from each other and at least 3:1 against {@link #background()} and {@link #surface()} (WCAG
     * 2.1 non-text contrast). Series 0–3 are {@link #accent()}, {@link #accent2()}, {@link #positive()}
     * and {@link #negative()}, so a chart's colours match the rest of the screen.
     */
    public Color series(int i) {
        Color[] s = relativeLuminance(background) > 0.5 ? LIGHT_SERIES : grid.equals(Color.WHITE) ? CONTRAST_SERIES : DARK_SERIES;
        return s[Math.floorMod(i, s.length)];
    }

    /** CSS looked-up colours {@code -cl-series0 … -cl-series5}, for charts styled in CSS. */
    public String seriesCss() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < SERIES; i++) b.append(" -cl-series").append(i).append(": ").append(web(series(i))).append(';');
        return b.toString();
    }

    /** {@code #rrggbb}. */
    public static String web(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** WCAG 2.1 relative luminance (0 black … 1 white). */
    public static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }

    /** WCAG 2.1 contrast ratio, 1 (none) … 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = relativeLuminance(a), lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Black or white, whichever reads better on {@code fill} (always at least 4.5:1). */
    public static Color textOn(Color fill) {
        return contrast(Color.BLACK, fill) >= contrast(Color.WHITE, fill) ? Color.BLACK : Color.WHITE;
    }

    /** How many distinct channel-group colours {@link #group} gives before it repeats. */
    public static final int GROUP_COLOURS = 8;

    private static final Color[] GROUPS_LIGHT = web("#1d4ed8", "#c2410c", "#047857", "#7e22ce", "#be185d", "#0e7490", "#854d0e", "#4d7c0f");
    private static final Color[] GROUPS_DARK = web("#60a5fa", "#fb923c", "#34d399", "#c084fc", "#f472b6", "#22d3ee", "#facc15", "#a3e635");
    private static final Color[] GROUPS_CONTRAST = web("#00ffff", "#ffff00", "#00ff00", "#ff66ff", "#ff9900", "#66b3ff", "#ff6666", "#ccccff");

    /**
     * The colour of channel group {@code g} (frames, bands, legends of grouped convolution):
     * {@link #GROUP_COLOURS} distinct hues, each at least 3:1 against {@link #background()} and
     * {@link #surface()} (WCAG 2.1 non-text contrast), then repeating.
     */
    public Color group(int g) {
        Color[] set = background.equals(Color.BLACK) && text.equals(Color.WHITE) ? GROUPS_CONTRAST
                : background.getBrightness() < 0.5 ? GROUPS_DARK : GROUPS_LIGHT;
        return set[Math.floorMod(g, set.length)];
    }

    private static Color[] web(String... hex) {
        Color[] c = new Color[hex.length];
        for (int i = 0; i < hex.length; i++) c[i] = Color.web(hex[i]);
        return c;
    }
}
