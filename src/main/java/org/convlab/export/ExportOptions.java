package org.convlab.export;

import java.util.Locale;

/**
 * How a picture is exported.
 *
 * @param scale      1, 2 or 3: the view is rendered at this scale (vector text and shapes drawn at
 *                   the higher resolution, not an enlarged bitmap), so a 800×500 panel at 2× is a
 *                   1600×1000 PNG with sharp text
 * @param background what shows where the view paints nothing
 * @param caption    a strip under the picture naming lesson, step, method and counts; null for none
 */
public record ExportOptions(int scale, Background background, Caption caption) {
    public static final int MAX_SCALE = 3;

    /** Where the view paints nothing. */
    public enum Background {
        WHITE, TRANSPARENT;

        public static Background parse(String s) {
            return switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "white" -> WHITE;
                case "transparent" -> TRANSPARENT;
                default -> throw new IllegalArgumentException("unknown background '" + s + "' (white or transparent)");
            };
        }
    }

    public ExportOptions {
        if (scale < 1 || scale > MAX_SCALE) throw new IllegalArgumentException("scale must be 1, 2 or 3, got " + scale);
        if (background == null) background = Background.WHITE;
    }

    public static ExportOptions defaults() { return new ExportOptions(1, Background.WHITE, null); }

    public ExportOptions withScale(int s) { return new ExportOptions(s, background, caption); }
    public ExportOptions withBackground(Background b) { return new ExportOptions(scale, b, caption); }
    public ExportOptions withCaption(Caption c) { return new ExportOptions(scale, background, c); }
}
