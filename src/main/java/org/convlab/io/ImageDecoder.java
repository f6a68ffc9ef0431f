package org.convlab.io;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convlab.engine.Tensor;

/**
 * Decodes PNG, JPEG, BMP and GIF into tensors with values in [0, 1]: 3×H×W for colour images,
 * 1×H×W for grey ones (all three channels equal). Errors name the file and the reason.
 */
public final class ImageDecoder {
    /** Larger images are refused (the one budget, {@link org.convlab.engine.Budget}). */
    public static final long MAX_PIXELS = org.convlab.engine.Budget.MAX_IMAGE_PIXELS;

    private ImageDecoder() { }

    /**
     * Reads an image file: its size is checked before decoding, grey images are read exactly
     * ({@link ImageLoader}); the result is 1 channel when every pixel is grey, else RGB.
     */
    public static Tensor read(Path file) throws IOException {
        try {
            return greyIfEqual(ImageLoader.toTensor(ImageLoader.decode(file), false));
        } catch (IllegalArgumentException e) {
            // the GUI names the file as the user sees it, without the folder
            String msg = e.getMessage() == null ? file.getFileName() + ": cannot be read" : e.getMessage();
            throw new IOException(msg.replace(file.toString(), file.getFileName().toString()), e);
        }
    }

    public static Tensor decode(byte[] bytes, String name) throws IOException {
        return decode(new ByteArrayInputStream(bytes), name);
    }

    public static Tensor decode(InputStream in, String name) throws IOException {
        BufferedImage img;
        try {
            img = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + ": the file is damaged or not a supported image (" + e.getMessage() + ")", e);
        }
        if (img == null) throw new IOException(name + ": not a PNG, JPEG, BMP or GIF image");
        return fromImage(img, name);
    }

    /** Converts a decoded image: grey if every pixel has R = G = B, else RGB. */
    public static Tensor fromImage(BufferedImage img, String name) throws IOException {
        int w = img.getWidth(), h = img.getHeight();
        if ((long) w * h > MAX_PIXELS) throw new IOException(name + ": " + w + "×" + h + " is larger than " + MAX_PIXELS / 1_000_000 + " megapixels");
        return greyIfEqual(ImageLoader.toTensor(img, false));
    }

    /** One channel when the three are identical (a grey picture), else the RGB tensor itself. */
    static Tensor greyIfEqual(Tensor rgb) {
        if (rgb.channels() != 3) return rgb;
        int n = rgb.height() * rgb.width();
        float[] d = rgb.data();
        for (int i = 0; i < n; i++) if (d[i] != d[n + i] || d[i] != d[2 * n + i]) return rgb;
        return new Tensor(1, rgb.height(), rgb.width(), java.util.Arrays.copyOf(d, n));
    }

    /** ARGB pixels (alpha ignored) to a tensor; grey when all pixels have R = G = B. */
    public static Tensor fromArgb(int[] argb, int w, int h) {
        boolean grey = true;
        for (int p : argb) {
            int r = (p >> 16) & 255, g = (p >> 8) & 255, b = p & 255;
            if (r != g || g != b) { grey = false; break; }
        }
        int n = w * h;
        Tensor t = new Tensor(grey ? 1 : 3, h, w);
        float[] d = t.data();
        for (int i = 0; i < n; i++) {
            int p = argb[i];
            d[i] = ((p >> 16) & 255) / 255f;
            if (!grey) {
                d[n + i] = ((p >> 8) & 255) / 255f;
                d[2 * n + i] = (p & 255) / 255f;
            }
        }
        return t;
    }

    /** A copy whose longer side is at most {@code maxSide} (area averaging); the input itself if it already fits. */
    public static Tensor downscale(Tensor t, int maxSide) {
        int h = t.height(), w = t.width();
        if (Math.max(h, w) <= maxSide) return t;
        double s = (double) maxSide / Math.max(h, w);
        int nh = Math.max(1, (int) Math.round(h * s)), nw = Math.max(1, (int) Math.round(w * s));
        Tensor out = new Tensor(t.channels(), nh, nw);
        for (int c = 0; c < t.channels(); c++) {
            for (int y = 0; y < nh; y++) {
                int y0 = (int) ((long) y * h / nh), y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * h / nh));
                for (int x = 0; x < nw; x++) {
                    int x0 = (int) ((long) x * w / nw), x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * w / nw));
                    double sum = 0;
                    for (int yy = y0; yy < y1; yy++) for (int xx = x0; xx < x1; xx++) sum += t.get(c, yy, xx);
                    out.set(c, y, x, (float) (sum / ((y1 - y0) * (x1 - x0))));
                }
            }
        }
        return out;
    }

    /** Mean of the channels as a 1×H×W tensor (the input itself if it has one channel). */
    public static Tensor grey(Tensor t) {
        if (t.channels() == 1) return t;
        int n = t.height() * t.width();
        Tensor g = new Tensor(1, t.height(), t.width());
        for (int i = 0; i < n; i++) {
            float s = 0;
            for (int c = 0; c < t.channels(); c++) s += t.data()[c * n + i];
            g.data()[i] = s / t.channels();
        }
        return g;
    }

    /** Writes a tensor (values clamped to [0,1]) as PNG; used to autosave pasted images. */
    public static void writePng(Tensor t, Path file) throws IOException {
        int w = t.width(), h = t.height();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = t.channels() >= 3 ? DisplayMapping.rgb(t.data(), h, w, DisplayMapping.Mode.CLAMP)
                : DisplayMapping.plane(t.data(), 0, h, w, DisplayMapping.Mode.CLAMP, 0);
        img.setRGB(0, 0, w, h, px, 0, w);
        AtomicFiles.write(file, out -> { if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer"); });
    }
}
