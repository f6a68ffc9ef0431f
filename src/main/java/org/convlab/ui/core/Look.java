package org.convlab.ui.core;

/**
 * How the app looks now: the theme, the zoom (1.0 = normal; presentation mode at least 1.4) and
 * whether presentation mode is on. Canvases draw with {@link #palette()} and multiply cell sizes
 * and font sizes by {@link #scale()}.
 */
public record Look(Theme theme, double scale, boolean presentation) {
    public static final Look DEFAULT = new Look(Theme.LIGHT, 1.0, false);

    public Palette palette() { return theme.palette(); }

    /** A font size in px scaled for this look, from the size at 100 %. */
    public double px(double base) { return base * scale; }
}
