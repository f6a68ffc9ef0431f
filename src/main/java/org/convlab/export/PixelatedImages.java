package org.convlab.export;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * Keeps pixel art pixelated in exports. The software renderer ignores
 * {@link ImageView#setSmooth(boolean) smooth = false} and interpolates when it enlarges an image
 * (a 16×16 tensor shown 320 px wide turns into a blur). For a snapshot, every non-smooth
 * ImageView under the exported node gets, for the moment of the snapshot, a copy of its image
 * enlarged by whole pixels (nearest neighbour) to the size it is drawn at, so the renderer has
 * nothing left to interpolate; then the original image is put back.
 */
final class PixelatedImages {
    /** Largest enlarged copy, in pixels per side (keeps memory bounded on huge views). */
    static final int MAX_SIDE = 4096;

    private PixelatedImages() { }

    /** Swaps in enlarged copies; the returned action restores the originals. */
    static Runnable sharpen(Node root, int scale) {
        List<ImageView> views = new ArrayList<>();
        collect(root, views);
        List<Runnable> undo = new ArrayList<>();
        for (ImageView v : views) {
            Image img = v.getImage();
            if (v.isSmooth() || img == null || v.getViewport() != null || img.getPixelReader() == null) continue;
            Bounds b = v.getLayoutBounds();
            int iw = (int) img.getWidth(), ih = (int) img.getHeight();
            int fx = (int) Math.floor(b.getWidth() * scale / iw), fy = (int) Math.floor(b.getHeight() * scale / ih);
            if (iw <= 0 || ih <= 0 || fx < 2 && fy < 2 || iw * fx > MAX_SIDE || ih * fy > MAX_SIDE) continue;
            WritableImage big = enlarge(img.getPixelReader(), iw, ih, Math.max(1, fx), Math.max(1, fy));
            if (v.imageProperty().isBound()) continue;
            if (v.fitWidthProperty().isBound() || v.fitHeightProperty().isBound() || v.preserveRatioProperty().isBound()) {
                // a view whose size is bound keeps its size: only the enlarged copy goes in
                v.setImage(big);
                undo.add(() -> v.setImage(img));
                continue;
            }
            double fw = v.getFitWidth(), fh = v.getFitHeight();
            boolean ratio = v.isPreserveRatio();
            v.setFitWidth(b.getWidth());
            v.setFitHeight(b.getHeight());
            v.setPreserveRatio(false);
            v.setImage(big);
            undo.add(() -> {
                v.setImage(img);
                v.setPreserveRatio(ratio);
                v.setFitWidth(fw);
                v.setFitHeight(fh);
            });
        }
        return () -> undo.forEach(Runnable::run);
    }

    private static void collect(Node n, List<ImageView> out) {
        if (!n.isVisible()) return;
        if (n instanceof ImageView v) out.add(v);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collect(c, out);
    }

    static WritableImage enlarge(PixelReader r, int w, int h, int fx, int fy) {
        int[] src = new int[w * h];
        r.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), src, 0, w);
        int bw = w * fx, bh = h * fy;
        int[] dst = new int[bw * bh];
        for (int y = 0; y < bh; y++) {
            int sy = y / fy;
            for (int x = 0; x < bw; x++) dst[y * bw + x] = src[sy * w + x / fx];
        }
        WritableImage out = new WritableImage(bw, bh);
        out.getPixelWriter().setPixels(0, 0, bw, bh, PixelFormat.getIntArgbInstance(), dst, 0, bw);
        return out;
    }
}
