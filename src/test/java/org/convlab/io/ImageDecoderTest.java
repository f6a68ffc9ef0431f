package org.convlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convlab.engine.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderTest {

    @Test
    void decodesEveryFormatAndKeepsChannelValues(@TempDir Path dir) throws IOException {
        BufferedImage rgb = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(1, 2, 0xFF6600);
        for (String fmt : new String[] {"png", "bmp", "gif"}) {
            BufferedImage img = rgb;
            Path f = dir.resolve("t." + fmt);
            assertTrue(ImageIO.write(img, fmt, f.toFile()), fmt);
            Tensor t = ImageDecoder.read(f);
            if (fmt.equals("gif")) {
                // ImageIO's GIF writer re-quantizes; check the tensor equals what ImageIO decodes.
                BufferedImage back = ImageIO.read(f.toFile());
                assertEquals(4, t.width());
                assertEquals(((back.getRGB(1, 2) >> 16) & 255) / 255f, t.get(0, 2, 1), 1e-6f);
                continue;
            }
            assertEquals(3, t.channels(), fmt);
            assertEquals(1f, t.get(0, 2, 1), 1e-6f, fmt);
            assertEquals(102 / 255f, t.get(1, 2, 1), 1e-6f, fmt);
            assertEquals(0f, t.get(2, 2, 1), 1e-6f, fmt);
        }
        Path jpg = dir.resolve("t.jpg");
        assertTrue(ImageIO.write(rgb, "jpg", jpg.toFile()));
        assertEquals(3, ImageDecoder.read(jpg).height());
    }

    @Test
    void greyImagesBecomeOneChannel() {
        Tensor t = ImageDecoder.fromArgb(new int[] {0xFF000000, 0xFFFFFFFF, 0xFF808080}, 3, 1);
        assertEquals(1, t.channels());
        assertEquals(1f, t.get(0, 0, 1), 0f);
    }

    @Test
    void greyFilesAreReadExactlyNotBrightened(@TempDir Path dir) throws IOException {
        java.awt.image.BufferedImage g = new java.awt.image.BufferedImage(2, 1, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        g.getRaster().setSample(0, 0, 0, 200);
        g.getRaster().setSample(1, 0, 0, 10);
        Path f = dir.resolve("grey.png");
        javax.imageio.ImageIO.write(g, "png", f.toFile());
        Tensor t = ImageDecoder.read(f);
        assertEquals(1, t.channels());
        assertEquals(200 / 255f, t.get(0, 0, 0), 1e-7f, "getRGB would give 229/255 here");
        assertEquals(10 / 255f, t.get(0, 0, 1), 1e-7f);
    }

    @Test
    void corruptAndMissingFilesNameTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jpg");
        Files.writeString(bad, "this is text, not a JPEG");
        IOException e = assertThrows(IOException.class, () -> ImageDecoder.read(bad));
        assertTrue(e.getMessage().startsWith("bad.jpg "), e.getMessage());
        assertTrue(e.getMessage().contains("not a PNG, JPEG, BMP or GIF image"), e.getMessage());
        IOException m = assertThrows(IOException.class, () -> ImageDecoder.read(dir.resolve("gone.png")));
        assertTrue(m.getMessage().contains("gone.png"), m.getMessage());
    }

    @Test
    void downscaleAveragesAndKeepsSmallImages() {
        Tensor t = new Tensor(1, 4, 8);
        for (int x = 0; x < 8; x++) for (int y = 0; y < 4; y++) t.set(0, y, x, x % 2);
        Tensor d = ImageDecoder.downscale(t, 4);
        assertEquals(4, d.width());
        assertEquals(2, d.height());
        assertEquals(0.5f, d.get(0, 1, 3), 1e-6f);
        assertTrue(ImageDecoder.downscale(t, 8) == t);
    }

    @Test
    void pngRoundTrip(@TempDir Path dir) throws IOException {
        Tensor t = new Tensor(3, 2, 2, new float[] {0, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0});
        Path f = dir.resolve("x.png");
        ImageDecoder.writePng(t, f);
        assertEquals(0f, ImageDecoder.read(f).maxAbsDiff(t), 1e-6f);
    }
}
