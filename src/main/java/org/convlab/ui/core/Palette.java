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
}
