package org.convlab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotExporterTest {
    private static final ExportOptions WHITE = ExportOptions.defaults();

    @BeforeAll static void fx() { HeadlessFx.start(); }

    private static BufferedImage render(ExportOptions o) {
        return HeadlessFx.call(() -> SnapshotExporter.renderOffscreen(ExportTestImages.panel(), 400, 250, o));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void pictureHasTheRequestedSizeAndIsNotBlank(int scale) {
        BufferedImage img = render(WHITE.withScale(scale));
        assertEquals(400 * scale, img.getWidth());
        assertEquals(250 * scale, img.getHeight());
        assertTrue(ExportTestImages.lumaVariance(img) > 100, "variance " + ExportTestImages.lumaVariance(img));
        assertEquals(0xFFFFFFFF, img.getRGB(img.getWidth() - 2, img.getHeight() - 2), "white background in the empty corner");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void captionAddsAStripOfFixedHeight(int scale) {
        Caption c = new Caption("Depthwise convolution", "Step 3 of 7", "depthwise", "1,296 multiplies");
        BufferedImage img = render(WHITE.withScale(scale).withCaption(c));
        assertEquals(400 * scale, img.getWidth());
        assertEquals((250 + (int) SnapshotExporter.CAPTION_HEIGHT) * scale, img.getHeight());
        BufferedImage strip = img.getSubimage(0, 250 * scale, img.getWidth(), 30 * scale);
        assertTrue(ExportTestImages.lumaVariance(strip) > 20, "the caption strip shows text");
    }

    @Test
    void sameExportTwiceGivesIdenticalPixelsAndBytes(@TempDir Path dir) throws IOException {
        ExportOptions o = WHITE.withScale(2).withCaption(new Caption("L", "Step 1", "standard", null));
        BufferedImage a = render(o), b = render(o);
        assertArrayEquals(ExportTestImages.pixels(a), ExportTestImages.pixels(b));
        SnapshotExporter.writePng(a, dir.resolve("a.png"));
        SnapshotExporter.writePng(b, dir.resolve("b.png"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.png")), Files.readAllBytes(dir.resolve("b.png")));
        BufferedImage back = ImageIO.read(dir.resolve("a.png").toFile());
        assertArrayEquals(ExportTestImages.pixels(a), ExportTestImages.pixels(back), "PNG round trip is lossless");
    }

    @Test
    void twoTimesIsRenderedAtScaleNotAnEnlargedBitmap() {
        BufferedImage one = render(WHITE), two = render(WHITE.withScale(2));
        int[] p2 = ExportTestImages.pixels(two);
        int[] up = new int[p2.length];
        for (int y = 0; y < two.getHeight(); y++) {
            for (int x = 0; x < two.getWidth(); x++) up[y * two.getWidth() + x] = one.getRGB(x / 2, y / 2);
        }
        long differing = 0;
        for (int i = 0; i < p2.length; i++) if (p2[i] != up[i]) differing++;
        assertTrue(differing > 500, "2× differs from 1× blown up (" + differing + " pixels), i.e. it is drawn at 2×");
        // Sharp: at 2× a glyph edge has more fully dark pixels than the 1× picture has in total.
        assertTrue(countDark(two) > 3 * countDark(one), "dark pixels 1×=" + countDark(one) + " 2×=" + countDark(two));
    }

    private static long countDark(BufferedImage img) {
        return Arrays.stream(ExportTestImages.pixels(img)).filter(p -> ((p >> 8) & 0xFF) < 60).count();
    }

    @Test
    void transparentBackgroundLeavesUnpaintedPixelsClear() {
        BufferedImage img = render(WHITE.withBackground(ExportOptions.Background.TRANSPARENT));
        assertEquals(0, img.getRGB(img.getWidth() - 2, img.getHeight() - 2) >>> 24, "corner alpha");
        long opaque = Arrays.stream(ExportTestImages.pixels(img)).filter(p -> (p >>> 24) == 255).count();
        assertTrue(opaque > 5 * 50 * 50, "the cells are opaque (" + opaque + ")");
    }

    @Test
    void writingIntoAMissingFolderFailsAndLeavesNothing(@TempDir Path dir) throws IOException {
        BufferedImage img = render(WHITE);
        Path missing = dir.resolve("nope").resolve("x.png");
        IOException e = assertThrows(IOException.class, () -> SnapshotExporter.writePng(img, missing));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void writeReplacesAnOldFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.png");
        Files.writeString(f, "old");
        SnapshotExporter.writePng(render(WHITE), f);
        assertEquals(400, ImageIO.read(f.toFile()).getWidth());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aNodeWithoutSizeIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HeadlessFx.call(() -> SnapshotExporter.render(new javafx.scene.layout.Pane(), WHITE)));
        assertTrue(e.getMessage().contains("no size"), e.getMessage());
    }

    @Test
    void scaleOutsideOneToThreeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WHITE.withScale(4));
        assertThrows(IllegalArgumentException.class, () -> WHITE.withScale(0));
        assertFalse(new Caption(null, " ", null, null).text().contains("·"));
    }
}
