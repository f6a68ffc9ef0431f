package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command end to end, in process (headless Monocle, as surefire configures it). */
class ExportCommandTest {
    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = ConvLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path lesson() throws URISyntaxException {
        return Path.of(ExportCommandTest.class.getResource("/org/convlab/export/sample-lesson.md").toURI());
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static double variance(BufferedImage img) {
        double sum = 0, sq = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                double v = img.getRGB(x, y) & 0xFF;
                sum += v;
                sq += v * v;
                n++;
            }
        }
        return sq / n - (sum / n) * (sum / n);
    }

    @Test
    void exportsTheChosenStepsWithStableNamesAndTheRequestedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("slides");
        Run r = run("export", "--lesson", lesson().toString(), "--steps", "1-2", "--size", "640x400", "--scale", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("sample-lesson-01.png", "sample-lesson-02.png"), names(out));
        assertEquals(out.resolve("sample-lesson-01.png") + System.lineSeparator() + out.resolve("sample-lesson-02.png") + System.lineSeparator(), r.out());
        BufferedImage img = ImageIO.read(out.resolve("sample-lesson-02.png").toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(2 * (400 + 30), img.getHeight(), "view plus caption strip, at 2×");
        assertTrue(variance(img) > 100, "not blank");
    }

    @Test
    void theSameExportTwiceGivesTheSameBytesAndNoCaptionMeansTheViewAlone(@TempDir Path dir) throws Exception {
        String[] args = {"export", "--lesson", lesson().toString(), "--step", "3", "--size", "500x300", "--no-caption"};
        assertEquals(0, run(concat(args, "--out", dir.resolve("a").toString())).code());
        assertEquals(0, run(concat(args, "--out", dir.resolve("b").toString())).code());
        byte[] a = Files.readAllBytes(dir.resolve("a/sample-lesson-03.png"));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b/sample-lesson-03.png")));
        BufferedImage img = ImageIO.read(dir.resolve("a/sample-lesson-03.png").toFile());
        assertEquals(500, img.getWidth());
        assertEquals(300, img.getHeight());
    }

    @Test
    void aGifHasOneFramePerAnimationStepWithTheChosenDelayAndLoop(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("step1.gif");
        Run r = run("export", "--lesson", lesson().toString(), "--step", "1", "--gif", "--fps", "5", "--loop", "0",
                "--frames", "2-5", "--size", "400x300", "--out", gif.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(gif + System.lineSeparator(), r.out());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true), "frames 2 to 5");
            for (int i = 0; i < 4; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("20", gce.getAttribute("delayTime"), "5 fps = 20 hundredths");
            }
            var first = reader.read(0);
            var last = reader.read(3);
            assertEquals(first.getWidth(), last.getWidth(), "every frame the same size");
            int diff = 0;
            for (int y = 0; y < first.getHeight(); y += 2) for (int x = 0; x < first.getWidth(); x += 2) if (first.getRGB(x, y) != last.getRGB(x, y)) diff++;
            assertTrue(diff > 50, "the animation moves: " + diff + " sampled pixels differ");
            reader.dispose();
        }
    }

    @Test
    void errorsAreOneLineWithExitCodeTwoAndLeaveNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Run missing = run("export", "--lesson", dir.resolve("nope.md").toString(), "--out", out.toString());
        assertError(missing, "nope.md");
        Run range = run("export", "--lesson", lesson().toString(), "--steps", "2-9", "--out", out.toString());
        assertError(range, "step 9 is out of range");
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Run unwritable = run("export", "--lesson", lesson().toString(), "--out", file.resolve("sub").toString());
        assertError(unwritable, "plain-file");
        Run gifMany = run("export", "--lesson", lesson().toString(), "--gif", "--out", dir.resolve("x.gif").toString());
        assertError(gifMany, "exactly one step");
        Run scale = run("export", "--lesson", lesson().toString(), "--scale", "4", "--out", out.toString());
        assertError(scale, "--scale");
        Run frames = run("export", "--lesson", lesson().toString(), "--step", "1", "--gif", "--frames", "1-99",
                "--size", "400x300", "--out", dir.resolve("x.gif").toString());
        assertError(frames, "out of range");
        assertEquals(List.of("plain-file"), names(dir), "no output folder content, no GIF, no temporary file");
    }

    @Test
    void aStepTheEngineRefusesFailsTheWholeExportWithoutPartialFiles(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.md"), "---\ntitle: Bad\n---\n\n## Fine\n\nok\n\n```scene\nimage: { pattern: edges, size: 16 }\nkernel: { preset: sobel-x, size: 3 }\n```\n\n"
                + "## Refused\n\nnot separable\n\n```scene\nkernel: { preset: random, size: 3 }\nmethod: spatial-separable\n```\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Run r = run("export", "--lesson", bad.toString(), "--size", "400x300", "--out", out.toString());
        assertError(r, "not separable");
        assertEquals(List.of(), names(out), "step 1 rendered fine but is not left behind");
    }

    @Test
    void helpDescribesTheOptions() {
        Run r = run("export", "--help");
        assertEquals(0, r.code());
        for (String o : List.of("--lesson", "--all-lessons", "--steps", "--scale", "--gif", "--fps", "--loop", "--background", "--no-caption")) {
            assertTrue(r.out().contains(o), o);
        }
    }

    private static void assertError(Run r, String needle) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(needle), r.err());
        assertEquals("", r.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
