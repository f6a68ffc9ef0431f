package org.convlab.ui.workbench;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.convlab.engine.Tensor;
import org.convlab.io.DisplayMapping;

/**
 * Turns tensors into images through {@link DisplayMapping}. A multi-channel tensor shown
 * "all channels" is RGB when it has three channels and a non-diverging mode; otherwise its
 * channels are laid out as tiles in a grid, all on one shared scale (so the legend holds for
 * every tile).
 */
public final class TensorImages {
    public static final int GAP = 2;

    /** A rendered tensor: the image, the tile grid used and the value at full colour. */
    public record Rendered(WritableImage image, int tiles, int columns, int tileW, int tileH, float scale, float min, float max,
                           int zoom) {
        /**
         * Where the box of rows y0…y0+h−1 and columns x0…x0+w−1 of tile {@code t} lies in image
         * pixels, clipped to the tile: {x, y, width, height}, or null when nothing of it is inside.
         */
        public double[] box(int t, int y0, int x0, int h, int w) {
            if (t < 0 || t >= tiles) return null;
            int ya = Math.max(0, y0), xa = Math.max(0, x0), yb = Math.min(tileH, y0 + h), xb = Math.min(tileW, x0 + w);
            if (ya >= yb || xa >= xb) return null;
            int col = t % columns, row = t / columns;
            double ox = col * (tileW + GAP), oy = row * (tileH + GAP);
            return new double[] {(ox + xa) * zoom, (oy + ya) * zoom, (xb - xa) * (double) zoom, (yb - ya) * (double) zoom};
        }

        /** Which (channel, y, x) of the tensor an image pixel shows, or null over a gap. */
        public int[] locate(double ipx, double ipy, int firstChannel) {
            double px = ipx / zoom, py = ipy / zoom;
            int col = (int) px / (tileW + GAP), row = (int) py / (tileH + GAP);
            int x = (int) px - col * (tileW + GAP), y = (int) py - row * (tileH + GAP);
            int t = row * columns + col;
            if (px < 0 || py < 0 || x >= tileW || y >= tileH || col >= columns || t >= tiles) return null;
            return new int[] {firstChannel + t, y, x};
        }
    }

    private TensorImages() { }

    /**
     * @param channel −1 for all channels, else the one channel to show
     */
    public static Rendered render(Tensor t, DisplayMapping.Mode mode, int channel) {
        return render(t, mode, channel, false);
    }

    /** As {@link #render(Tensor, DisplayMapping.Mode, int)}; {@code tiles} lays out three channels as tiles too, never as one RGB image. */
    public static Rendered render(Tensor t, DisplayMapping.Mode mode, int channel, boolean tiles) {
        int h = t.height(), w = t.width(), n = h * w;
        float[] d = t.data();
        float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
        int from = channel >= 0 ? channel * n : 0, to = channel >= 0 ? from + n : d.length;
        for (int i = from; i < to; i++) { lo = Math.min(lo, d[i]); hi = Math.max(hi, d[i]); }
        float scale = Math.max(Math.abs(lo), Math.abs(hi));
        if (!tiles && channel < 0 && t.channels() == 3 && mode != DisplayMapping.Mode.DIVERGING) {
            int z = zoomFor(w, h);
            return new Rendered(image(zoom(DisplayMapping.rgb(d, h, w, mode), w, h, z), w * z, h * z), 1, 1, w, h, scale, lo, hi, z);
        }
        int count = channel >= 0 ? 1 : t.channels();
        int first = Math.max(channel, 0);
        // Panels sit side by side and are taller than wide: stack a few wide tiles vertically.
        int cols = count <= 3 ? (w >= h ? 1 : count) : (int) Math.ceil(Math.sqrt(count));
        int rows = (count + cols - 1) / cols;
        int iw = cols * w + (cols - 1) * GAP, ih = rows * h + (rows - 1) * GAP;
        int[] px = new int[iw * ih];
        java.util.Arrays.fill(px, 0x00000000);
        for (int k = 0; k < count; k++) {
            int[] p = mode == DisplayMapping.Mode.NORMALIZED
                    ? DisplayMapping.plane(d, (first + k) * n, h, w, mode, 0)
                    : DisplayMapping.plane(d, (first + k) * n, h, w, mode, scale);
            int ox = (k % cols) * (w + GAP), oy = (k / cols) * (h + GAP);
            for (int y = 0; y < h; y++) System.arraycopy(p, y * w, px, (oy + y) * iw + ox, w);
        }
        int z = zoomFor(iw, ih);
        return new Rendered(image(zoom(px, iw, ih, z), iw * z, ih * z), count, cols, w, h, scale, lo, hi, z);
    }

    /** Small images are enlarged by a whole factor here, so every pixel stays a crisp square on screen. */
    static int zoomFor(int w, int h) {
        return Math.max(1, Math.min(16, 480 / Math.max(w, h)));
    }

    static int[] zoom(int[] px, int w, int h, int z) {
        if (z == 1) return px;
        int zw = w * z;
        int[] out = new int[zw * h * z];
        for (int y = 0; y < h * z; y++) {
            int sy = y / z;
            for (int x = 0; x < zw; x++) out[y * zw + x] = px[sy * w + x / z];
        }
        return out;
    }

    /** A horizontal strip of the diverging map from −1 to +1 (for legends). */
    public static WritableImage divergingStrip(int width, int height) {
        int[] px = new int[width * height];
        for (int x = 0; x < width; x++) {
            int c = DisplayMapping.diverging(2.0 * x / (width - 1) - 1);
            for (int y = 0; y < height; y++) px[y * width + x] = c;
        }
        return image(px, width, height);
    }

    /** A horizontal grey ramp (legend for clamp, absolute and normalized views). */
    public static WritableImage greyStrip(int width, int height) {
        int[] px = new int[width * height];
        for (int x = 0; x < width; x++) {
            int b = Math.round(255f * x / (width - 1));
            for (int y = 0; y < height; y++) px[y * width + x] = 0xFF000000 | b << 16 | b << 8 | b;
        }
        return image(px, width, height);
    }

    public static WritableImage image(int[] argb, int w, int h) {
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return img;
    }
}
