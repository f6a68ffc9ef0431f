package org.convlab.engine;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Named 2D kernels that teach well. Ids are stable (lesson files use them):
 * identity, box, gaussian, sobel-x, sobel-y, scharr-x, scharr-y, prewitt-x, prewitt-y,
 * laplacian-4, laplacian-8, sharpen, emboss, outline, motion-blur, random, random-rank1.
 *
 * <p>Fixed-size classics (Sobel, Scharr, Prewitt, Laplacian, sharpen, emboss, outline) are 3×3
 * and refuse other sizes; identity, box, gaussian, motion-blur and the random ones take any
 * kH×kW (an even size has no single centre: identity then marks the cell just above-left).
 */
public final class KernelPresets {
    public static final List<String> IDS = List.of("identity", "box", "gaussian", "sobel-x", "sobel-y", "scharr-x",
            "scharr-y", "prewitt-x", "prewitt-y", "laplacian-4", "laplacian-8", "sharpen", "emboss", "outline",
            "motion-blur", "random", "random-rank1");

    private KernelPresets() { }

    /**
     * A preset as a row-major kH×kW array.
     *
     * @param param σ for gaussian (≤ 0 picks kH/6 per axis), the seed for random ones; ignored otherwise
     */
    public static float[] create(String id, int kh, int kw, double param) {
        if (kh < 1 || kw < 1 || kh > 15 || kw > 15) throw new ShapeException("kernel size must be 1×1 to 15×15, got " + kh + "×" + kw);
        String key = id.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "identity" -> { float[] k = new float[kh * kw]; k[((kh - 1) / 2) * kw + (kw - 1) / 2] = 1; yield k; }
            case "box" -> fill(kh * kw, 1f / (kh * kw));
            case "gaussian" -> outer(gauss(kh, param), gauss(kw, param));
            case "motion-blur" -> { float[] k = new float[kh * kw]; int n = Math.min(kh, kw);
                for (int i = 0; i < n; i++) k[(i * (kh - 1) / Math.max(1, n - 1)) * kw + i * (kw - 1) / Math.max(1, n - 1)] = 1f / n;
                yield k; }
            case "random" -> { Random r = new Random((long) param); float[] k = new float[kh * kw];
                for (int i = 0; i < k.length; i++) k[i] = Math.round((r.nextFloat() * 2 - 1) * 100) / 100f; yield k; }
            case "random-rank1" -> { Random r = new Random((long) param); float[] c = new float[kh], w = new float[kw];
                for (int i = 0; i < kh; i++) c[i] = Math.round((r.nextFloat() * 2 - 1) * 10) / 10f;
                for (int i = 0; i < kw; i++) w[i] = Math.round((r.nextFloat() * 2 - 1) * 10) / 10f;
                yield outer(c, w); }
            default -> fixed3(key, kh, kw);
        };
    }

    private static float[] fixed3(String key, int kh, int kw) {
        float[] k = switch (key) {
            case "sobel-x" -> new float[] {-1, 0, 1, -2, 0, 2, -1, 0, 1};
            case "sobel-y" -> new float[] {-1, -2, -1, 0, 0, 0, 1, 2, 1};
            case "scharr-x" -> new float[] {-3, 0, 3, -10, 0, 10, -3, 0, 3};
            case "scharr-y" -> new float[] {-3, -10, -3, 0, 0, 0, 3, 10, 3};
            case "prewitt-x" -> new float[] {-1, 0, 1, -1, 0, 1, -1, 0, 1};
            case "prewitt-y" -> new float[] {-1, -1, -1, 0, 0, 0, 1, 1, 1};
            case "laplacian-4" -> new float[] {0, 1, 0, 1, -4, 1, 0, 1, 0};
            case "laplacian-8" -> new float[] {1, 1, 1, 1, -8, 1, 1, 1, 1};
            case "sharpen" -> new float[] {0, -1, 0, -1, 5, -1, 0, -1, 0};
            case "emboss" -> new float[] {-2, -1, 0, -1, 1, 1, 0, 1, 2};
            case "outline" -> new float[] {-1, -1, -1, -1, 8, -1, -1, -1, -1};
            default -> throw new ShapeException("unknown kernel preset '" + key + "' (known: " + String.join(", ", IDS) + ")");
        };
        if (kh != 3 || kw != 3) throw new ShapeException("preset '" + key + "' is 3×3 only, asked for " + kh + "×" + kw);
        return k;
    }

    /** True for presets that exist only as 3×3. */
    public static boolean isFixedSize(String id) {
        return !List.of("identity", "box", "gaussian", "motion-blur", "random", "random-rank1").contains(id);
    }

    private static float[] gauss(int n, double sigma) {
        double s = sigma > 0 ? sigma : Math.max(n / 6.0, 0.5);
        float[] g = new float[n];
        double sum = 0, mid = (n - 1) / 2.0;
        for (int i = 0; i < n; i++) { g[i] = (float) Math.exp(-(i - mid) * (i - mid) / (2 * s * s)); sum += g[i]; }
        for (int i = 0; i < n; i++) g[i] /= (float) sum;
        return g;
    }

    private static float[] outer(float[] col, float[] row) {
        float[] k = new float[col.length * row.length];
        for (int y = 0; y < col.length; y++) for (int x = 0; x < row.length; x++) k[y * row.length + x] = col[y] * row[x];
        return k;
    }

    private static float[] fill(int n, float v) { float[] k = new float[n]; java.util.Arrays.fill(k, v); return k; }
}
