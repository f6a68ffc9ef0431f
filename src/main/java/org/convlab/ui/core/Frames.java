package org.convlab.ui.core;

import java.util.Map;

/** A screen's positions that a GIF export steps through (the Animation's steps, a race's time). */
public interface Frames {
    /** Number of positions (frames), at least 1. */
    int count();

    /** The position shown now (0-based). */
    int current();

    /** Shows position {@code i} (0-based, FX thread); the screen's caption follows it. */
    void show(int i);

    /** Suggested ranges, e.g. "Current row"; each is {from, to}, 0-based inclusive. */
    default Map<String, int[]> ranges() { return Map.of(); }
}
