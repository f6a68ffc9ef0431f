package org.convlab.io;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.convlab.engine.Tensor;

/**
 * Loads PNG, JPEG, BMP and GIF images (first frame) as float tensors in [0, 1]: 3×H×W RGB, or
 * with {@code grayscale} one channel of luma {@code 0.299 R + 0.587 G + 0.114 B} (exact for
 * grey images). Alpha is ignored. The size is read from the file header before decoding, and
 * images above {@link #MAX_PIXELS} are refused; corrupt or unsupported files give a message
 * naming the file and the reason.
 */
public final class ImageLoader {
    /** Largest image accepted ({@link org.convlab.engine.Budget#MAX_IMAGE_PIXELS}). */
    public static final long MAX_PIXELS = org.convlab.engine.Budget.MAX_IMAGE_PIXELS;
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "bmp", "gif");

    private ImageLoader() { }

    /** True if the file name ends in an image extension this loader handles. */
    public static boolean isImageName(Path file) {
        if (file.getFileName() == null) return false;
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".bmp") || n.endsWith(".gif");
    }

    public static Tensor load(Path file, boolean grayscale) {
        BufferedImage img = decode(file);
        try {
            return toTensor(img, grayscale);
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(file + " (" + img.getWidth() + "×" + img.getHeight()
                    + ") is too large for the available memory as float channels");
        }
    }

    /**
     * Decodes the first frame; every failure is an {@link IllegalArgumentException} naming the file.
     * The header's size is checked against the pixel budget and the file's size before anything is
     * decoded; PNG checksums are verified; any warning of the decoder (truncated or corrupt data)
     * refuses the file instead of returning a half-grey picture.
     */
    public static BufferedImage decode(Path file) {
        return decode(file, file.toString());
    }

    /** As {@link #decode(Path)}, naming the file {@code name} in messages. */
    public static BufferedImage decode(Path file, String name) {
        if (!Files.exists(file)) throw new IllegalArgumentException(name + ": no such file");
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(name + " is not a regular file");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) throw new IllegalArgumentException(name + ": cannot open");
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException(name + " is not a PNG, JPEG, BMP or GIF image (unknown or corrupt content)");
            }
            ImageReader reader = readers.next();
            try {
                String fmt = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(fmt)) {
                    throw new IllegalArgumentException(name + " is a " + fmt.toUpperCase(Locale.ROOT)
                            + " image; only PNG, JPEG, BMP and GIF are supported");
                }
                reader.setInput(in, true, true);
                ImageChecks.header(name, reader.getWidth(0), reader.getHeight(0), Files.size(file));
                if (fmt.equals("png")) ImageChecks.pngChecksums(file, name);
                if (fmt.equals("bmp")) ImageChecks.bmpRuns(file, name);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage img;
                try {
                    img = reader.read(0);
                } catch (javax.imageio.IIOException e) {
                    if (!fmt.equals("jpeg") || !String.valueOf(e.getMessage()).contains("Unsupported Image Type")) throw e;
                    img = CmykJpeg.toRgb(reader.readRaster(0, null)); // CMYK or YCCK: the JDK gives only the raster
                }
                if (!warnings.isEmpty()) {
                    throw new IllegalArgumentException(name + " is corrupt or truncated (" + TextFiles.printable(warnings.get(0), 120) + ")");
                }
                if (img == null) throw new IllegalArgumentException(name + ": the image could not be decoded");
                return img;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith(name)) throw (IllegalArgumentException) e;
            String why = e.getMessage() == null ? "the decoder gave no reason" : TextFiles.printable(e.getMessage(), 120);
            throw new IllegalArgumentException(name + " is corrupt or truncated (" + why + ")");
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(name + " is too large to decode in the available memory");
        }
    }

    /**
     * RGB (3×H×W) or luma (1×H×W) floats in [0, 1]. Grey images are read from their samples
     * (value / (2^bits − 1)), not through {@code getRGB}, which would apply Java's linear-grey to
     * sRGB conversion and brighten them.
     */
    public static Tensor toTensor(BufferedImage img, boolean grayscale) {
        int w = img.getWidth(), h = img.getHeight(), n = w * h;
        ColorModel cm = img.getColorModel();
        if (cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(cm instanceof IndexColorModel)) {
            Raster r = img.getRaster();
            float max = (float) ((1L << cm.getComponentSize(0)) - 1);
            float[] grey = new float[n];
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                r.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) grey[y * w + x] = row[x] / max;
            }
            if (grayscale) return new Tensor(1, h, w, grey);
            float[] rgb = new float[3 * n];
            for (int c = 0; c < 3; c++) System.arraycopy(grey, 0, rgb, c * n, n);
            return new Tensor(3, h, w, rgb);
        }
        int[] row = new int[w];
        float[] data = new float[(grayscale ? 1 : 3) * n];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x], i = y * w + x;
                float r = ((p >> 16) & 0xFF) / 255f, g = ((p >> 8) & 0xFF) / 255f, b = (p & 0xFF) / 255f;
                if (grayscale) {
                    data[i] = r == g && g == b ? r : (float) (0.299 * r + 0.587 * g + 0.114 * b);
                } else {
                    data[i] = r;
                    data[n + i] = g;
                    data[2 * n + i] = b;
                }
            }
        }
        return new Tensor(grayscale ? 1 : 3, h, w, data);
    }
}
