package org.convlab.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Default file names that need no thought and sort well: {@code <lesson>-<step>.png} on the
 * command line, {@code <lesson>-<step>-<method>.png} in the app. Steps are numbered from 1 and
 * padded to two digits so a folder lists them in order.
 */
public final class ExportNames {
    private ExportNames() { }

    /** A file-name-safe form: lower case ASCII letters, digits and single dashes ("Depthwise (3×3)!" → "depthwise-3x3"). */
    public static String slug(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s.replace('×', 'x'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.length() > 80 ? t.substring(0, 80).replaceAll("-+$", "") : t;
    }

    /** The lesson's id from its file name: "lessons/03-separable.md" → "03-separable". */
    public static String lessonId(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) base = base.substring(0, dot);
        String s = slug(base);
        return s.isEmpty() ? "lesson" : s;
    }

    /** "03-separable-02" (step is 1-based). */
    public static String step(String lessonId, int step) {
        return lessonId + "-" + String.format(Locale.ROOT, "%02d", step);
    }

    /** {@code <lesson>-<step>.png}: the stable name the command line writes. */
    public static String png(String lessonId, int step) { return step(lessonId, step) + ".png"; }

    /** {@code <lesson>-<step>-<method>.<ext>}: the default in the app's save dialog; parts that are null are left out. */
    public static String suggested(String lessonId, Integer step, String method, String ext) {
        StringBuilder b = new StringBuilder(lessonId == null || lessonId.isBlank() ? "convlab" : slug(lessonId));
        if (step != null) b.append('-').append(String.format(Locale.ROOT, "%02d", step));
        String m = slug(method);
        if (!m.isEmpty()) b.append('-').append(m);
        return b.append('.').append(ext).toString();
    }
}
