package org.convlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportNamesAndPrefsTest {
    @Test
    void namesAreStableAndSafe() {
        assertEquals("03-separable", ExportNames.lessonId("lessons/03-separable.md"));
        assertEquals("03-separable-02.png", ExportNames.png("03-separable", 2));
        assertEquals("depthwise-3x3", ExportNames.slug("Depthwise (3×3)!"));
        assertEquals("cafe-step", ExportNames.slug("Café  step"));
        assertEquals("06-depthwise-03-depthwise-separable.png", ExportNames.suggested("06-depthwise", 3, "depthwise-separable", "png"));
        assertEquals("convlab.gif", ExportNames.suggested(null, null, null, "gif"));
    }

    @Test
    void lastFolderIsRememberedAndAMissingOrBrokenFileIsHarmless(@TempDir Path dir) throws IOException {
        ExportPrefs p = new ExportPrefs(dir.resolve("home/export.json"));
        assertEquals(Optional.empty(), p.lastFolder());
        Path slides = Files.createDirectories(dir.resolve("slides"));
        p.rememberFolder(slides.resolve("a.png"));
        assertEquals(Optional.of(slides.toAbsolutePath()), new ExportPrefs(dir.resolve("home/export.json")).lastFolder());
        Files.writeString(p.file(), "{not json");
        assertEquals(Optional.empty(), p.lastFolder());
        assertTrue(ExportPrefs.standard().file().endsWith("export.json"));
    }
}
