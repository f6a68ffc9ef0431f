package org.convlab.lesson;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convlab.io.ImageLoader;
import org.convlab.engine.Budget;
import org.convlab.engine.Tensor;

/**
 * Loads a scene's photo (a sample from {@code assets/} or a file beside the lesson) as a
 * C×H×W tensor with values in [0, 1]. Photos are scaled so the longer side is the scene's
 * size (default {@value #DEFAULT_SIDE} px): lessons count every multiply, small images keep
 * the numbers readable and the engine quick.
 */
public final class SceneImages {
    public static final int DEFAULT_SIDE = 96;
    static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    private SceneImages() { }

    /** The file of sample {@code name} in {@code assets}, or null if there is none. */
    public static Path findSample(Path assets, String name) {
        if (assets == null) return null;
        for (String ext : EXTENSIONS) {
            Path p = assets.resolve(name + ext);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    /** Sample names available in {@code assets} (file names without extension). */
    public static List<String> sampleNames(Path assets) {
        if (assets == null || !Files.isDirectory(assets)) return List.of();
        try (var s = Files.list(assets)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> EXTENSIONS.stream().anyMatch(e -> n.toLowerCase(java.util.Locale.ROOT).endsWith(e)))
                    .map(n -> n.substring(0, n.lastIndexOf('.'))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads and scales an image file; throws IOException naming the file when it cannot. */
    public static Tensor load(Path file, int height, int width, int channels) throws IOException {
        return load(file, file.toString(), height, width, channels);
    }

    /**
     * As {@link #load(Path, int, int, int)}, naming the file {@code name} in messages. The image
     * goes through {@link ImageLoader#decode}: pixel budget from the header, corrupt data refused.
     */
    public static Tensor load(Path file, String name, int height, int width, int channels) throws IOException {
        BufferedImage img;
        try {
            img = ImageLoader.decode(file, name);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        int w = img.getWidth(), h = img.getHeight();
        int th, tw;
        if (height > 0 && width > 0 && height != width) { th = height; tw = width; }
        else {
            int side = height > 0 ? height : DEFAULT_SIDE;
            double s = (double) side / Math.max(w, h);
            th = Math.max(1, (int) Math.round(h * s));
            tw = Math.max(1, (int) Math.round(w * s));
        }
        BufferedImage small = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, tw, th, null);
        g.dispose();
        Budget.checkTensor("scene image", channels, th, tw);
        Tensor t = new Tensor(channels, th, tw);
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                int rgb = small.getRGB(x, y);
                float r = ((rgb >> 16) & 255) / 255f, gr = ((rgb >> 8) & 255) / 255f, b = (rgb & 255) / 255f;
                for (int c = 0; c < channels; c++) {
                    float v = channels == 1 ? 0.299f * r + 0.587f * gr + 0.114f * b : switch (c % 3) {
                        case 0 -> r;
                        case 1 -> gr;
                        default -> b;
                    };
                    t.set(c, y, x, v);
                }
            }
        }
        return t;
    }
}
