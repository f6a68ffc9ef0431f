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
