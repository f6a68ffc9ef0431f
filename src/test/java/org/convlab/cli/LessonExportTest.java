package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.convlab.export.DeckExporter;
import org.convlab.export.ExportDeck;
import org.convlab.export.ExportOptions;
import org.convlab.export.HeadlessFx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course in lessons/ exports through the app's lesson player. */
class LessonExportTest {
    private static final Path LESSONS = Path.of("lessons");

    @Test
    void everyLessonLoadsAsADeckWithItsSteps() throws IOException {
        List<Path> files = ExportLessons.lessonFiles(LESSONS);
        assertTrue(files.size() >= 9, "the course has nine lessons: " + files);
        for (Path f : files) {
            ExportDeck d = ExportLessons.load(f);
            assertTrue(d.stepCount() >= 2, f + " has steps");
            assertEquals(f.getFileName().toString().replace(".md", ""), d.lessonId());
        }
    }

    @Test
    void aStepRendersAsTheLessonPlayerWithItsCountsInTheCaption(@TempDir Path dir) throws IOException {
        Path first = ExportLessons.lessonFiles(LESSONS).get(0);
        ExportDeck deck = ExportLessons.load(first);
        HeadlessFx.start();
        String[] caption = new String[1];
        BufferedImage img = new DeckExporter(1000, 700).renderStep(deck, 1, ExportOptions.defaults(), true);
        HeadlessFx.call(() -> {
            ExportDeck.StepView v = deck.view(1);
            caption[0] = v.caption().text();
            assertTrue(v.root().getStyleClass().contains(org.convlab.ui.lesson.LessonView.CSS_ROOT), "the app's lesson view");
            v.dispose();
            return null;
        });
        assertEquals(1000, img.getWidth());
        assertEquals(730, img.getHeight());
        assertTrue(caption[0].contains("multiplies") && caption[0].contains("Step 1 of " + deck.stepCount()), caption[0]);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = ConvLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "export", "--lesson", first.toString(),
                "--step", "1", "--gif", "--frames", "1-3", "--size", "800x500", "--out", dir.resolve("a.gif").toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.size(dir.resolve("a.gif")) > 1000);
        assertEquals(3, countFrames(dir.resolve("a.gif")));
    }

    @Test
    void aBrokenLessonIsReportedAsFileLineMessage(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.md"), "---\ntitle: Bad\n---\n\n## One\n\n```scene\nkernel: { preset: nope, size: 3 }\n```\n");
        CliException e = org.junit.jupiter.api.Assertions.assertThrows(CliException.class, () -> ExportLessons.load(bad));
        assertTrue(e.getMessage().startsWith(bad.toString() + ":"), e.getMessage());
    }

    private static int countFrames(Path gif) throws IOException {
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int n = r.getNumImages(true);
            r.dispose();
            return n;
        }
    }
}
