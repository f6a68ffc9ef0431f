package org.convlab.io;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * CMYK JPEGs (as written by Photoshop and ImageMagick, with an Adobe marker and inverted
 * samples), which the JDK's reader returns only as a raw 4-band raster: converted to RGB with the
 * naive formula {@code R = (1 − C)(1 − K)} (no colour profile), enough to teach with.
 */
final class CmykJpeg {
    private CmykJpeg() { }

    static BufferedImage toRgb(Raster r) {
        if (r.getNumBands() != 4) throw new IllegalArgumentException("a JPEG with " + r.getNumBands() + " colour channels is not supported");
        int w = r.getWidth(), h = r.getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = new int[4 * w];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(r.getMinX(), r.getMinY() + y, w, 1, px);
            for (int x = 0; x < w; x++) {
                int c = px[4 * x], m = px[4 * x + 1], ye = px[4 * x + 2], k = px[4 * x + 3]; // inverted: 255 = no ink
                row[x] = (c * k / 255) << 16 | (m * k / 255) << 8 | (ye * k / 255);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }
}
