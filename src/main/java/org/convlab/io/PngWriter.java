package org.convlab.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convlab.engine.Tensor;

/**
 * Writes a tensor as a PNG for people to look at, one pixel per value:
 * <ul>
 *   <li>3 channels with every value in [0, 1]: shown as an RGB image;</li>
 *   <li>1 channel: the diverging colour map of {@link DisplayMapping}, scaled by max |v|
 *       (white = 0, orange = +max|v|, purple = −max|v|);</li>
 *   <li>anything else: the channels side by side in a grid (⌈√C⌉ columns, 1-pixel grey gaps),
 *       each with the diverging map and one common scale, max |v| over all channels, so
 *       channels can be compared.</li>
 * </ul>
 * The write is atomic (temp file, then move), so no partial PNG is left behind.
 */
public final class PngWriter {
    /** The one-line rule above, for --help texts. */
    public static final String MAPPING_HELP = "3 channels in [0,1] are shown as RGB; otherwise each channel"
            + " (tiled in a grid) uses a diverging map scaled by max|v| (white 0, orange +, purple -).";
    private static final int GAP = 0xFF808080;

    private PngWriter() { }

    public static void write(Path file, Tensor t) throws IOException {
        BufferedImage img = render(t);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer available");
        });
    }

    /** True if the tensor would be shown as an RGB image. */
    public static boolean isRgb(Tensor t) {
        if (t.channels() != 3) return false;
        for (float v : t.data()) if (!(v >= 0f && v <= 1f)) return false;
        return true;
    }

    public static BufferedImage render(Tensor t) {
        int c = t.channels(), h = t.height(), w = t.width();
        if (isRgb(t)) return image(DisplayMapping.rgb(t.data(), h, w, DisplayMapping.Mode.CLAMP), w, h);
        float scale = DisplayMapping.maxAbs(t.data(), 0, t.size());
        if (c == 1) return image(DisplayMapping.plane(t.data(), 0, h, w, DisplayMapping.Mode.DIVERGING, scale), w, h);
        int cols = (int) Math.ceil(Math.sqrt(c)), rows = (c + cols - 1) / cols;
        long tw = (long) cols * w + (cols - 1), th = (long) rows * h + (rows - 1);
        if (tw * th > ImageLoader.MAX_PIXELS) {
            throw new IllegalArgumentException("a PNG of " + c + " channels of " + h + "×" + w + " would be " + tw + "×" + th
                    + " pixels, too large; write .npy instead");
        }
        BufferedImage img = new BufferedImage((int) tw, (int) th, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < th; y++) for (int x = 0; x < tw; x++) img.setRGB(x, y, GAP);
        for (int k = 0; k < c; k++) {
            int[] px = DisplayMapping.plane(t.data(), k * h * w, h, w, DisplayMapping.Mode.DIVERGING, scale);
            img.setRGB((k % cols) * (w + 1), (k / cols) * (h + 1), w, h, px, 0, w);
        }
        return img;
    }

    private static BufferedImage image(int[] argb, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        return img;
    }
}
