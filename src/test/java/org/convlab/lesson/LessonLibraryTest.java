package org.convlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in course comes from the classpath (the jar's resources), the user's folder sits beside it. */
class LessonLibraryTest {
    @Test
    void builtInLessonsAreOnTheClasspathAndUserLessonsFollow(@TempDir Path home) throws Exception {
        Path builtIn = LessonLibrary.builtIn(home);
        assertNotNull(builtIn, "lessons/ is copied into the classes by the resources config");
        assertTrue(Files.isRegularFile(builtIn.resolve("01-what-a-convolution-computes.md")));
        assertEquals(List.of(builtIn), LessonLibrary.folders(home), "no user folder yet");
        Path mine = Files.createDirectories(LessonLibrary.userFolder(home));
        Files.copy(Path.of("lessons/01-what-a-convolution-computes.md"), mine.resolve("50-mine.md"));
        assertEquals(List.of(builtIn, mine), LessonLibrary.folders(home));
        List<Path> files = LessonLibrary.lessonFiles(LessonLibrary.folders(home));
        assertEquals(mine.resolve("50-mine.md"), files.get(files.size() - 1));
        // samples resolve from the built-in folder, wherever the working folder is
        LessonChecker.Report r = LessonChecker.check(builtIn.resolve("05-multichannel-standard.md"));
        assertTrue(r.ok(), r.problems().toString());
    }
}
