package org.convlab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.convlab.lesson.LessonProgress;
import org.convlab.ui.core.ComputeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.convlab.export.Caption;
import org.convlab.export.HeadlessFx;
import org.convlab.ui.export.ExportBar;

/** The Lessons tab gives the Export menu a caption and file name for the step on screen. */
class LessonExportHooksTest {
    @BeforeAll static void fx() { HeadlessFx.start(); }

    @Test
    void captionAndFileNameFollowTheStepShown(@TempDir Path dir) {
        HeadlessFx.call(() -> {
            LessonView v = LessonExportHooks.attach(new LessonView(ComputeService.synchronous(),
                    new LessonProgress(dir.resolve("progress.properties")), Path.of("lessons").toAbsolutePath()));
            var m = v.getModel();
            m.select(m.lessons().stream().filter(e -> e.file().getFileName().toString().startsWith("06-")).findFirst().orElseThrow());
            m.goTo(0);
            Caption c = ExportBar.property(v.getRoot(), ExportBar.CAPTION, Caption.class, null);
            assertTrue(c.text().startsWith("Depthwise convolution  ·  Step 1 of "), c.text());
            assertTrue(c.text().contains("depthwise  ·  ") && c.text().contains(" multiplies"), c.text());
            assertEquals("06-depthwise-01-depthwise", ExportBar.property(v.getRoot(), ExportBar.FILE_STEM, String.class, null));
            Object target = ((Supplier<?>) v.getRoot().getProperties().get(ExportBar.TARGET)).get();
            assertEquals(v.getSnapshotTarget(), target);
            return null;
        });
    }
}
