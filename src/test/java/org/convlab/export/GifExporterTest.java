package org.convlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifExporterTest {

    /** What a GIF says about itself, read back with ImageIO. */
    record GifInfo(int frames, List<Integer> delays, List<String> disposals, Integer loop, int width, int height) { }

    static GifInfo read(Path f) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int n = r.getNumImages(true);
            List<Integer> delays = new ArrayList<>();
            List<String> disposals = new ArrayList<>();
            Integer loop = null;
            for (int i = 0; i < n; i++) {
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
                disposals.add(gce.getAttribute("disposalMethod"));
                var apps = root.getElementsByTagName("ApplicationExtension");
                for (int a = 0; a < apps.getLength(); a++) {
                    IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
                    if ("NETSCAPE".equals(app.getAttribute("applicationID"))) {
                        byte[] b = (byte[]) app.getUserObject();
                        loop = (b[1] & 0xFF) | ((b[2] & 0xFF) << 8);
                    }
                }
            }
            int w = r.getWidth(0), h = r.getHeight(0);
            r.dispose();
            return new GifInfo(n, delays, disposals, loop, w, h);
        }
    }

    @Test
    void framesDelayAndEndlessLoopAreWritten(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.gif");
        List<String> progress = new ArrayList<>();
        GifExporter.export(f, 7, i -> ExportTestImages.frame(i, 60, 20), GifExporter.delayForFps(12), 0,
                (done, total) -> progress.add(done + "/" + total), () -> false);
        GifInfo g = read(f);
        assertEquals(7, g.frames());
        assertEquals(List.of(8, 8, 8, 8, 8, 8, 8), g.delays());
        assertTrue(g.disposals().stream().allMatch("none"::equals), g.disposals().toString());
        assertEquals(0, g.loop(), "NETSCAPE2.0 loop count 0 = forever");
        assertEquals(60, g.width());
        assertEquals(20, g.height());
        assertEquals(List.of("1/7", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7"), progress);
    }

    @Test
    void framesAreAskedForOneAtATimeEachEncodedBeforeTheNext(@TempDir Path dir) throws IOException {
        List<String> events = new ArrayList<>();
        GifExporter.export(dir.resolve("a.gif"), 3, i -> {
            events.add("render " + i);
            return ExportTestImages.frame(i, 40, 20);
        }, 10, 0, (done, total) -> events.add("written " + done), null);
        assertEquals(List.of("render 0", "written 1", "render 1", "written 2", "render 2", "written 3"), events,
                "streaming: no frame is rendered before the previous one is written");
    }

    @Test
    void framesKeepTheirPixels(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.gif");
        GifExporter.export(f, 3, i -> ExportTestImages.frame(i, 60, 20), 10, 0, null, null);
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            for (int i = 0; i < 3; i++) {
                var img = r.read(i);
                assertEquals(0x203040, img.getRGB(i * 4 + 2, 8) & 0xFFFFFF, "square of frame " + i);
                assertEquals(0xFFFFFF, img.getRGB(59, 19) & 0xFFFFFF);
            }
            r.dispose();
        }
    }

    @Test
    void playCountBecomesRepetitionsAndOnceHasNoLoopExtension(@TempDir Path dir) throws IOException {
        GifExporter.export(dir.resolve("3.gif"), 2, i -> ExportTestImages.frame(i, 30, 20), 50, 3, null, null);
        assertEquals(2, read(dir.resolve("3.gif")).loop(), "plays 3 times = first play + 2 repetitions");
        GifExporter.export(dir.resolve("1.gif"), 2, i -> ExportTestImages.frame(i, 30, 20), 50, 1, null, null);
        GifInfo once = read(dir.resolve("1.gif"));
        assertNull(once.loop(), "no NETSCAPE extension: plays once");
        assertEquals(List.of(50, 50), once.delays());
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.gif");
        int[] asked = {0};
        assertThrows(CancellationException.class, () -> GifExporter.export(f, 100, i -> {
            asked[0]++;
            return ExportTestImages.frame(i % 10, 60, 20);
        }, 5, 0, null, () -> asked[0] >= 3));
        assertEquals(3, asked[0], "no frame is rendered after the cancel");
        assertFalse(Files.exists(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count(), "no temporary file left");
        }
    }

    @Test
    void aFailingFrameLeavesNoFileAndKeepsTheOldOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.gif");
        Files.writeString(f, "old");
        IOException e = assertThrows(IOException.class, () -> GifExporter.export(f, 4, i -> {
            if (i == 2) throw new Exception("boom");
            return ExportTestImages.frame(i, 30, 20);
        }, 5, 0, null, null));
        assertTrue(e.getMessage().contains("frame 3"), e.getMessage());
        assertEquals("old", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void badSettingsAreRefused(@TempDir Path dir) {
        assertEquals(4, GifExporter.delayForFps(25));
        assertEquals(100, GifExporter.delayForFps(1));
        assertThrows(IllegalArgumentException.class, () -> GifExporter.delayForFps(0));
        assertThrows(IllegalArgumentException.class, () -> new GifExporter(dir.resolve("x.gif"), 0, 0));
        assertThrows(IOException.class, () -> new GifExporter(dir.resolve("no/x.gif"), 5, 0));
    }
}
