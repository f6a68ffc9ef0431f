package org.convlab.ui.core;

import javafx.scene.paint.Color;

/** The three themes. CSS styles the controls; {@link #palette()} is what canvases and charts draw with. */
public enum Theme {
    LIGHT(new Palette(Color.web("#ffffff"), Color.web("#f3f4f6"), Color.web("#111827"), Color.web("#4b5563"),
            Color.web("#d1d5db"), Color.web("#2563eb"), Color.web("#b45309"), Color.web("#0f766e"), Color.web("#b91c1c"))),
    DARK(new Palette(Color.web("#1e1f22"), Color.web("#2b2d31"), Color.web("#e8eaed"), Color.web("#b0b4ba"),
            Color.web("#4b4f56"), Color.web("#7aa7ff"), Color.web("#f5b14c"), Color.web("#4fd1c5"), Color.web("#ff8a80"))),
    CONTRAST(new Palette(Color.web("#000000"), Color.web("#000000"), Color.web("#ffffff"), Color.web("#ffffff"),
            Color.web("#ffffff"), Color.web("#ffff00"), Color.web("#00ffff"), Color.web("#00ff00"), Color.web("#ff66ff")));

    private final Palette palette;

    Theme(Palette palette) { this.palette = palette; }

    public Palette palette() { return palette; }

    /** The CSS file added on top of the base stylesheet, or null for light. */
    public String stylesheet() {
        return this == LIGHT ? null : "/org/convlab/ui/convlab-" + name().toLowerCase(java.util.Locale.ROOT) + ".css";
    }
}
