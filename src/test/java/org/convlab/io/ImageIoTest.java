package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ImageLoader (formats, grayscale, refusals), PngWriter (value mapping) and AtomicFiles. */
class ImageIoTest {
    @TempDir Path tmp;

    /** 5×4 image whose pixel (x, y) is R = 10x, G = 20y, B = 255 − 10x. */
    private static BufferedImage sample(int type) {
        BufferedImage img = new BufferedImage(5, 4, type);
        for (int y = 0; y < 4; y++) for (int x = 0; x < 5; x++) img.setRGB(x, y, (10 * x) << 16 | (20 * y) << 8 | (255 - 10 * x));
        return img;
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "bmp"})
    void losslessFormatsLoadExactlyAsRgbInUnitRange(String fmt) throws Exception {
        Path f = tmp.resolve("s." + fmt);
        assertTrue(ImageIO.write(sample(BufferedImage.TYPE_INT_RGB), fmt, f.toFile()));
        Tensor t = ImageLoader.load(f, false);
        assertEquals("3×4×5", t.shapeString());
        for (int y = 0; y < 4; y++) for (int x = 0; x < 5; x++) {
            assertEquals(10 * x / 255f, t.get(0, y, x), 0);
            assertEquals(20 * y / 255f, t.get(1, y, x), 0);
            assertEquals((255 - 10 * x) / 255f, t.get(2, y, x), 0);
        }
    }

    @Test
    void jpegAndGifLoadToo() throws Exception {
        Path j = tmp.resolve("s.jpg"), g = tmp.resolve("s.gif");
        assertTrue(ImageIO.write(sample(BufferedImage.TYPE_INT_RGB), "jpeg", j.toFile()));
        BufferedImage two = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_BINARY);
        two.setRGB(1, 0, 0xFFFFFF);
        assertTrue(ImageIO.write(two, "gif", g.toFile()));
        Tensor tj = ImageLoader.load(j, false);
        assertEquals("3×4×5", tj.shapeString());
        assertEquals(40 / 255f, tj.get(0, 2, 4), 0.08f); // lossy, but close
        Tensor tg = ImageLoader.load(g, false);
        assertEquals("3×2×3", tg.shapeString());
        assertEquals(1f, tg.get(1, 0, 1), 0);
        assertEquals(0f, tg.get(1, 0, 0), 0);
    }

    @Test
    void grayscaleFlagGivesOneLumaChannel() throws Exception {
        BufferedImage gray = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(2, 1, 0, 200);
        Path f = tmp.resolve("g.png");
        ImageIO.write(gray, "png", f.toFile());
        Tensor t = ImageLoader.load(f, true);
        assertEquals("1×2×3", t.shapeString());
        assertEquals(200 / 255f, t.get(0, 1, 2), 0);
        Tensor rgb = ImageLoader.load(f, false);
        assertEquals(3, rgb.channels());
        assertEquals(200 / 255f, rgb.get(2, 1, 2), 0, "grey samples are not gamma-converted");
        BufferedImage g16 = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
        g16.getRaster().setSample(1, 0, 0, 65535);
        g16.getRaster().setSample(0, 0, 0, 1000);
        Path f16 = tmp.resolve("g16.png");
        ImageIO.write(g16, "png", f16.toFile());
        Tensor t16 = ImageLoader.load(f16, true);
        assertEquals(1f, t16.get(0, 0, 1), 0);
        assertEquals(1000 / 65535f, t16.get(0, 0, 0), 1e-7);
        Path c = tmp.resolve("c.png");
        ImageIO.write(sample(BufferedImage.TYPE_INT_RGB), "png", c.toFile());
        Tensor luma = ImageLoader.load(c, true);
        assertEquals((0.299 * 40 + 0.587 * 60 + 0.114 * 215) / 255, luma.get(0, 3, 4), 1e-6);
    }

    @Test
    void garbageTruncatedMissingAndUnsupportedFilesAreRefusedNamingTheFile() throws Exception {
        Path garbage = Files.write(tmp.resolve("garbage.png"), "definitely not an image".getBytes(StandardCharsets.US_ASCII));
        assertRefused(garbage, "is not a PNG, JPEG, BMP or GIF image");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(sample(BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] b = png.toByteArray();
        Path truncated = Files.write(tmp.resolve("truncated.png"), Arrays.copyOf(b, b.length / 2));
        assertRefused(truncated, "corrupt or truncated");
        assertRefused(tmp.resolve("nothing.png"), "no such file");
        Path tiff = tmp.resolve("s.bmp");
        assertTrue(ImageIO.write(sample(BufferedImage.TYPE_INT_RGB), "tiff", tiff.toFile()));
        assertRefused(tiff, "is a TIF image");
    }

    @Test
    void hugeImagesAreRefusedFromTheHeaderWithoutDecoding() throws Exception {
        Path f = Files.write(tmp.resolve("huge.png"), pngHeaderOnly(20000, 20000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageLoader.load(f, false));
        assertTrue(e.getMessage().contains("20000×20000 = 400,000,000 pixels; the limit is 40,000,000 pixels"), e.getMessage());
    }

    /** A PNG signature and IHDR chunk only (8-bit RGB), no image data. */
    static byte[] pngHeaderOnly(int w, int h) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + 17 + 4);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return b.array();
    }

    private static void assertRefused(Path p, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageLoader.load(p, false));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void pngWriterShowsUnitRgbAsRgb() throws Exception {
        Tensor t = new Tensor(3, 2, 2, new float[] {0, 1, 0.5f, 1, 0, 0, 1, 0.2f, 1, 1, 0, 0});
        Path f = tmp.resolve("rgb.png");
        PngWriter.write(f, t);
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(2, img.getWidth());
        assertEquals(0x0000FF, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x80FF00, img.getRGB(0, 1) & 0xFFFFFF);
        assertEquals(0xFF3300, img.getRGB(1, 1) & 0xFFFFFF);
        Tensor back = ImageLoader.load(f, false);
        assertTrue(back.maxAbsDiff(t) <= 0.5f / 255 + 1e-6f);
    }

    @Test
    void pngWriterShowsSignedDataWithTheDivergingMap() throws Exception {
        Tensor one = new Tensor(1, 1, 3, new float[] {-2, 0, 2});
        Path f = tmp.resolve("one.png");
        PngWriter.write(f, one);
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(DisplayMapping.diverging(-1) & 0xFFFFFF, img.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(DisplayMapping.diverging(0) & 0xFFFFFF, img.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(DisplayMapping.diverging(1) & 0xFFFFFF, img.getRGB(2, 0) & 0xFFFFFF);
        // 3 channels outside [0,1] and 4 channels are tiled 2×2 with one common scale
        Tensor four = new Tensor(4, 2, 3);
        four.set(3, 1, 2, 4);
        four.set(0, 0, 0, -1);
        BufferedImage tiled = PngWriter.render(four);
        assertEquals(2 * 3 + 1, tiled.getWidth());
        assertEquals(2 * 2 + 1, tiled.getHeight());
        assertEquals(DisplayMapping.diverging(1) & 0xFFFFFF, tiled.getRGB(3 + 1 + 2, 2 + 1 + 1) & 0xFFFFFF);
        assertEquals(DisplayMapping.diverging(-0.25) & 0xFFFFFF, tiled.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x808080, tiled.getRGB(3, 0) & 0xFFFFFF);
        assertFalse(PngWriter.isRgb(new Tensor(3, 1, 1, new float[] {0, 1.5f, 0})));
    }

    @Test
    void failedWritesLeaveNoFileBehind() throws Exception {
        Path target = tmp.resolve("out.npy");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full (simulated)");
        }));
        assertTrue(e.getMessage().contains("out.npy"), e.getMessage());
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count(), "no target and no temp file may remain");
        }
        Path old = Files.writeString(tmp.resolve("keep.npy"), "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(old, out -> { throw new IOException("boom"); }));
        assertEquals("old", Files.readString(old), "an existing file is untouched by a failed write");
        IOException noDir = assertThrows(IOException.class, () -> Npy.write(tmp.resolve("no/such/dir/a.npy"), new int[] {1}, new float[] {1}));
        assertTrue(noDir.getMessage().contains("does not exist"), noDir.getMessage());
    }
}
