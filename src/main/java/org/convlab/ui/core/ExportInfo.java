package org.convlab.ui.core;

/**
 * What an export of a screen is called and captioned, as the screen is now.
 *
 * @param fileStem file name without extension, e.g. {@code 06-depthwise-03-depthwise}
 * @param lesson   lesson title or null
 * @param step     step label or null
 * @param method   method id or screen title
 * @param counts   counted work, e.g. "4,608 multiplies", or null
 */
public record ExportInfo(String fileStem, String lesson, String step, String method, String counts) {
    /** Just a title: caption "Title", file stem {@code convlab-title}. */
    public static ExportInfo of(String title) {
        String slug = ("convlab " + title).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new ExportInfo(slug, null, null, title, null);
    }
}
