package org.convlab.ui.animation;

import java.util.List;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Tensor;

/**
 * Small teaching images for the animations, made procedurally so that every value is a
 * readable number (0, 0.5, 1 …). Channel c &gt; 0 is channel 0 turned by c·90° and dimmed a
 * little, so channels differ and per-channel sums are visible.
 */
public final class SampleImages {
    public static final List<String> IDS = List.of("square 8×8", "edge 8×8", "cross 10×10", "ring 12×12",
            "checker 16×16", "smooth 32×32");

    private SampleImages() { }

    public static Tensor create(String id, int channels) {
        if (channels < 1 || channels > 8) throw new ShapeException("channels must be 1 to 8, got " + channels);
        int n = switch (id) {
            case "square 8×8", "edge 8×8" -> 8;
            case "cross 10×10" -> 10;
            case "ring 12×12" -> 12;
            case "checker 16×16" -> 16;
            case "smooth 32×32" -> 32;
            default -> throw new ShapeException("unknown sample image '" + id + "' (known: " + String.join(", ", IDS) + ")");
        };
        Tensor t = new Tensor(channels, n, n);
        for (int c = 0; c < channels; c++) {
            float gain = 1f - 0.125f * c;
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    int yy = y, xx = x;
                    for (int r = 0; r < c % 4; r++) { int tmp = yy; yy = xx; xx = n - 1 - tmp; }
                    t.set(c, y, x, gain * base(id, n, yy, xx, c));
                }
            }
        }
        return t;
    }

    private static float base(String id, int n, int y, int x, int c) {
        return switch (id) {
            case "square 8×8" -> (y >= 2 && y <= 5 && x >= 2 && x <= 5) ? 1f : 0f;
            case "edge 8×8" -> x >= 4 ? 1f : (x == 3 ? 0.5f : 0f);
            case "cross 10×10" -> (x == 4 || x == 5 || y == 4 || y == 5) ? 1f : 0f;
            case "ring 12×12" -> {
                double r = Math.hypot(y - 5.5, x - 5.5);
                yield r > 2.5 && r < 4.6 ? 1f : 0f;
            }
            case "checker 16×16" -> ((y / 4 + x / 4) % 2 == 0) ? 1f : 0f;
            default -> (float) Math.round(50 + 50 * Math.sin((x + 3 * c) / 4.0) * Math.cos(y / 5.0)) / 100f;
        };
    }
}
