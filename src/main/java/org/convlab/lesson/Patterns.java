package org.convlab.lesson;

import java.util.List;
import org.convlab.engine.Tensor;

/**
 * Synthetic test images that teach well, generated in pure Java with values in [0, 1]:
 * <ul>
 *   <li>{@code dot}: one bright pixel in the middle; its output is the kernel itself (flipped
 *       by nothing, since ConvLab computes cross-correlation it appears rotated by 180°);</li>
 *   <li>{@code checkerboard}: squares of side max(2, H/8);</li>
 *   <li>{@code edges}: a bright square on black, half the image wide (vertical and horizontal edges);</li>
 *   <li>{@code gradient}: a left-to-right ramp from 0 to 1;</li>
 *   <li>{@code stripes}: vertical bars with period max(4, W/8).</li>
 * </ul>
 * With several channels, channel c is a variant so that per-channel methods visibly differ:
 * c mod 3 = 0 the pattern, 1 the pattern with its axes swapped, 2 the inverse (1 − v); every
 * further group of three is shifted right by one more pixel.
 */
public final class Patterns {
    public static final List<String> NAMES = List.of("dot", "checkerboard", "edges", "gradient", "stripes");

    private Patterns() { }

    public static Tensor generate(String name, int height, int width, int channels) {
        if (!NAMES.contains(name)) throw new IllegalArgumentException("unknown pattern '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        Tensor t = new Tensor(channels, height, width);
        for (int c = 0; c < channels; c++) {
            int shift = c / 3;
            for (int y = 0; y < height; y++) {
                for (int x0 = 0; x0 < width; x0++) {
                    int x = Math.floorMod(x0 - shift, width);
                    float v = switch (c % 3) {
                        case 1 -> value(name, x * height / width, y * width / height, height, width);
                        case 2 -> 1f - value(name, y, x, height, width);
                        default -> value(name, y, x, height, width);
                    };
                    t.set(c, y, x0, v);
                }
            }
        }
        return t;
    }

    static float value(String name, int y, int x, int h, int w) {
        return switch (name) {
            case "dot" -> y == h / 2 && x == w / 2 ? 1f : 0f;
            case "checkerboard" -> {
                int s = Math.max(2, h / 8);
                yield ((y / s) + (x / s)) % 2 == 0 ? 1f : 0f;
            }
            case "edges" -> y >= h / 4 && y < h - h / 4 && x >= w / 4 && x < w - w / 4 ? 1f : 0f;
            case "gradient" -> w == 1 ? 0.5f : (float) x / (w - 1);
            case "stripes" -> {
                int p = Math.max(4, w / 8);
                yield (x % p) < p / 2 ? 1f : 0f;
            }
            default -> 0f;
        };
    }
}
