package org.convlab.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;

/**
 * What one lesson step shows: everything the workbench, the animation, export and the checker
 * need, as plain values (no JavaFX). {@link SceneBuilder} turns it into engine inputs.
 *
 * @param lines 1-based line in the lesson file where each key was written ("image", "kernel",
 *              "kernel.weights", "method", "stride", …); keys inherited from an earlier step keep
 *              that step's line
 */
public record Scene(ImageRef image, KernelRef kernel, Method method, int channels, int filters,
                    int strideH, int strideW, Padding padding, int dilationH, int dilationW, int rank,
                    View view, Animation animation, Highlight highlight, Map<String, Integer> lines) {

    public Scene {
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /** Where the image comes from: a generated pattern, a sample in {@code assets/}, or a file. */
    public record ImageRef(Source source, String name, int height, int width) {
        public enum Source { PATTERN, SAMPLE, FILE }

        @Override public String toString() {
            return source.name().toLowerCase(Locale.ROOT) + " " + name + (height > 0 ? " " + height + "×" + width : "");
        }
    }

    /**
     * The designed kernel: a preset (id, size, σ or seed) or explicit {@code weights} rows, and
     * an optional F×C {@code pointwise} mixing matrix (rows = filters), and optional {@code perChannel}
     * kernels, one per input channel (the depthwise stage's own kernel for each channel).
     */
    public record KernelRef(String preset, int height, int width, double param, float[][] weights, float[][] pointwise,
                            float[][][] perChannel) {
        public KernelRef(String preset, int height, int width, double param, float[][] weights, float[][] pointwise) {
            this(preset, height, width, param, weights, pointwise, null);
        }

        public boolean isExplicit() { return weights != null; }

        @Override public String toString() {
            return (isExplicit() ? "explicit" : preset) + " " + height + "×" + width
                    + (pointwise == null ? "" : " + pointwise " + pointwise.length + "×" + pointwise[0].length);
        }
    }

    /** Which view the step opens. */
    public enum View {
        WORKBENCH, ANIMATION, RACE, COST;

        public String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /** How far an animation is played ({@code position} −1 = the end) and how it steps. */
    public record Animation(int position, Granularity granularity) {
        public static final Animation START = new Animation(0, Granularity.OUTPUT);
    }

    /** Animation step sizes, as in the animation controls. */
    public enum Granularity {
        MULTIPLY, OUTPUT, ROW, STAGE;

        public String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * What to draw attention to: {@code cells} as (row, column) pairs of the panel named by
     * {@code cellPanel}, and whole {@code panels} (input, kernel, intermediate, output, cost).
     */
    public record Highlight(String cellPanel, List<int[]> cells, List<String> panels) {
        public static final Highlight NONE = new Highlight("output", List.of(), List.of());
        public static final List<String> PANELS = List.of("input", "kernel", "intermediate", "output", "cost");
    }

    /** The same scene with another method (for exploring; lines are kept). */
    public Scene withMethod(Method m) {
        return new Scene(image, kernel, m, channels, filters, strideH, strideW, padding, dilationH, dilationW, rank, view,
                animation, highlight, lines);
    }

    /** A one-line description, e.g. "edges 32×32 · 3→4 channels · gaussian 3×3 · depthwise-separable · stride 1, padding same". */
    public String describe() {
        String img = image == null ? "no image" : image.name() + (image.height() > 0 ? " " + image.height() + "×" + image.width() : "");
        String k = kernel == null ? "no kernel" : (kernel.isExplicit() ? "custom" : kernel.preset()) + " " + kernel.height() + "×" + kernel.width();
        return img + " · " + channels + "→" + filters + " channels · " + k + " · " + method.id()
                + (method == Method.LOW_RANK ? " r=" + rank : "")
                + " · stride " + (strideH == strideW ? strideH : strideH + "," + strideW) + ", padding " + padding
                + ", dilation " + (dilationH == dilationW ? dilationH : dilationH + "," + dilationW);
    }

    /** The line of {@code key}, or of the closest enclosing key, or {@code fallback}. */
    public int lineOf(String key, int fallback) {
        String k = key;
        while (true) {
            Integer l = lines.get(k);
            if (l != null) return l;
            int dot = k.lastIndexOf('.');
            if (dot < 0) return fallback;
            k = k.substring(0, dot);
        }
    }
}
