package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.convlab.export.ExportDeck;
import org.convlab.ui.LessonExportDeck;

/** Where the export command gets its lessons: the lesson parser, shown by the app's lesson player. */
final class ExportLessons {
    private ExportLessons() { }

    static List<Path> lessonFiles(Path dir) throws IOException {
        return org.convlab.lesson.LessonChecker.lessonFiles(dir);
    }

    static ExportDeck load(Path file) {
        try {
            return LessonExportDeck.load(file);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** The deck whose step views are animated (the GIF frames). */
    static ExportDeck forGif(ExportDeck d, String g) {
        return d instanceof LessonExportDeck l ? l.animated(g) : d;
    }
}
