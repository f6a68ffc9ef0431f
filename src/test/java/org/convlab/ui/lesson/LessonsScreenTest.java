package org.convlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.convlab.lesson.LessonProgress;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.convlab.export.Caption;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.export.ExportBar;

/** The Lessons tab gives the Export menu a caption and file name for the step on screen. */
class LessonsScreenTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @Test
    void captionAndFileNameFollowTheStepShown(@TempDir Path dir) {
        HeadlessFx.call(() -> {
            LessonView v = (new LessonView(ComputeService.synchronous(),
                    new LessonProgress(dir.resolve("progress.properties")), Path.of("lessons").toAbsolutePath()));
            var m = v.getModel();
            m.select(m.lessons().stream().filter(e -> e.file().getFileName().toString().startsWith("06-")).findFirst().orElseThrow());
            m.goTo(0);
            LessonsScreen screen = new LessonsScreen(v);
            Caption c = ExportBar.caption(screen.exportInfo());
            assertTrue(c.text().startsWith("Depthwise convolution  ·  Step 1 of "), c.text());
            assertTrue(c.text().contains("depthwise  ·  ") && c.text().contains(" multiplies"), c.text());
            assertEquals("06-depthwise-01-depthwise", screen.exportInfo().fileStem());
            assertEquals(v.getSnapshotTarget(), screen.snapshotTarget());
            m.goTo(1);
            assertTrue(ExportBar.caption(screen.exportInfo()).text().contains("Step 2 of "), "the caption follows the step");
            return null;
        });
    }
}
