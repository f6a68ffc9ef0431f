package org.convlab.engine;

/**
 * All the weights the six methods need for one scene, derived from one designed 2D kernel so
 * that the methods stay comparable:
 * <ul>
 *   <li>{@code kernel}: the designed kH×kW kernel (1×1×kH×kW);</li>
 *   <li>{@code depthwise}: C×1×kH×kW, one kernel per input channel (by default the designed one);</li>
 *   <li>{@code pointwise}: F×C×1×1 channel mixing (by default identity when F = C, else averaging
 *       of channel f mod C with a small share of the others);</li>
 *   <li>{@code standard}: F×C×kH×kW, by default the composition {@code pw[f,c] · dw[c]}, so that
 *       depthwise-separable and standard give the same output, which is the lesson.</li>
 * </ul>
 * Custom banks may set any of them independently (shapes are checked).
 */
public record KernelBank(Weights kernel, Weights depthwise, Weights pointwise, Weights standard) {

    public KernelBank {
        int c = depthwise.filters();
        if (kernel.filters() != 1 || kernel.channelsPerGroup() != 1) throw new ShapeException("kernel must be 1×1×kH×kW, got " + kernel.shapeString());
        if (depthwise.channelsPerGroup() != 1) throw new ShapeException("depthwise weights must be C×1×kH×kW, got " + depthwise.shapeString());
        if (pointwise.kernelHeight() != 1 || pointwise.kernelWidth() != 1 || pointwise.channelsPerGroup() != c) {
            throw new ShapeException("pointwise weights must be F×" + c + "×1×1, got " + pointwise.shapeString());
        }
        if (standard.filters() != pointwise.filters() || standard.channelsPerGroup() != c) {
            throw new ShapeException("standard weights must be " + pointwise.filters() + "×" + c + "×kH×kW, got " + standard.shapeString());
        }
    }

    public int channels() { return depthwise.filters(); }
    public int filters() { return pointwise.filters(); }

    /** The default bank for a designed kernel, C input channels and F filters. */
    public static KernelBank of(float[] kernel, int kh, int kw, int channels, int filters) {
        Weights k = new Weights(1, 1, kh, kw, kernel.clone());
        Weights dw = new Weights(channels, 1, kh, kw);
        for (int c = 0; c < channels; c++) System.arraycopy(kernel, 0, dw.data(), c * kh * kw, kh * kw);
        Weights pw = new Weights(filters, channels, 1, 1);
        for (int f = 0; f < filters; f++) {
            for (int c = 0; c < channels; c++) {
                float v;
                if (filters == channels) v = f == c ? 1f : 0f;
                else v = c == f % channels ? 0.5f + 0.5f / channels : 0.5f / channels;
                pw.set(f, c, 0, 0, v);
            }
        }
        return new KernelBank(k, dw, pw, compose(dw, pw));
    }

    /** How the standard weights of a {@link #teaching} bank are made. */
    public enum StandardWeights {
        /** Every (filter, channel) slice its own kernel: the filters differ from one another. */
        FREE("standard, free weights"),
        /** {@code pw[f,c] · dw[c]}: equal, output for output, to depthwise then pointwise. */
        COMPOSED("standard, composed from depthwise + pointwise");

        private final String label;
        StandardWeights(String label) { this.label = label; }
        public String label() { return label; }
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /**
     * A bank that shows what each method does with the channels: channel c's depthwise kernel is
     * {@link #variant variant c} of the designed kernel (for Sobel-x: Sobel-x, Sobel-y, a blur,
     * −Sobel-x, …); the pointwise matrix mixes channels visibly (1 on the "own" channel, ±0.25 to
     * ±0.75 on the others, every row different); the standard weights are free (slice (f, c) is
     * variant f + c times 1 + f/4, so no two filters are alike) or composed from depthwise and pointwise.
     */
    public static KernelBank teaching(float[] kernel, int kh, int kw, int channels, int filters, StandardWeights standard) {
        Weights k = new Weights(1, 1, kh, kw, kernel.clone());
        Weights dw = depthwise(kernel, kh, kw, channels, 1);
        Weights pw = new Weights(filters, channels, 1, 1);
        float[] mix = {0.5f, -0.25f, 0.75f, -0.5f, 0.25f, -0.75f};
        for (int f = 0; f < filters; f++) {
            for (int c = 0; c < channels; c++) {
                pw.set(f, c, 0, 0, c == f % channels ? 1f : mix[(f + 2 * c) % mix.length]);
            }
        }
        Weights std;
        if (standard == StandardWeights.COMPOSED) {
            std = compose(dw, pw);
        } else {
            std = new Weights(filters, channels, kh, kw);
            // slice (f, c) is variant f + c scaled by 1 + f/4: for a symmetric kernel several variants
            // coincide, and the scale keeps every filter different from every other one
            for (int f = 0; f < filters; f++) {
                float scale = 1f + f / 4f;
                for (int c = 0; c < channels; c++) {
                    float[] v = variant(kernel, kh, kw, c + f);
                    for (int i = 0; i < v.length; i++) v[i] *= scale;
                    System.arraycopy(v, 0, std.data(), std.index(f, c, 0, 0), kh * kw);
                }
            }
        }
        return new KernelBank(k, dw, pw, std);
    }

    /**
     * Depthwise weights with channel multiplier m: (m·C)×1×kH×kW, plane c·m + j (the j-th output of
     * input channel c) holds {@link #variant variant} c·m + j of the designed kernel, so every output
     * plane has its own kernel; with m = 1 these are the depthwise weights of {@link #teaching}.
     */
    public static Weights depthwise(float[] kernel, int kh, int kw, int channels, int m) {
        Weights dw = new Weights(channels * m, 1, kh, kw);
        for (int p = 0; p < channels * m; p++) System.arraycopy(variant(kernel, kh, kw, p), 0, dw.data(), p * kh * kw, kh * kw);
        return dw;
    }

    /** Refuses a group count that does not divide both the channels and the filters. */
    static void requireGroups(int c, int f, int groups) {
        if (groups < 1 || c % groups != 0 || f % groups != 0) {
            throw new ShapeException("groups must divide both C = " + c + " and F = " + f + ", got " + groups);
        }
    }

    /**
     * Variant i (mod 8) of a kernel: itself, its transpose (a vertical flip when not square), a box
     * blur, its negative, the negative transpose, the identity, the 180° turn, the turned transpose.
     * Every variant of a rank-1 kernel is rank 1 (spatial-separable keeps working).
     */
    public static float[] variant(float[] k, int kh, int kw, int i) {
        float[] out = new float[kh * kw];
        int v = Math.floorMod(i, 8);
        for (int y = 0; y < kh; y++) {
            for (int x = 0; x < kw; x++) {
                float t = kh == kw ? k[x * kw + y] : k[(kh - 1 - y) * kw + x];
                float r = k[(kh - 1 - y) * kw + (kw - 1 - x)];
                float rt = kh == kw ? k[(kw - 1 - x) * kw + (kh - 1 - y)] : r;
                out[y * kw + x] = switch (v) {
                    case 0 -> k[y * kw + x];
                    case 1 -> t;
                    case 2 -> 1f / (kh * kw);
                    case 3 -> -k[y * kw + x];
                    case 4 -> -t;
                    case 5 -> y == (kh - 1) / 2 && x == (kw - 1) / 2 ? 1f : 0f;
                    case 6 -> r;
                    default -> rt;
                };
            }
        }
        return out;
    }

    /**
     * The F×(C/G)×kH×kW weights of a grouped convolution with G groups: the blocks of the standard
     * weights on the diagonal (filter f of group g keeps its slices for channels g·C/G … (g+1)·C/G − 1).
     * G = 1 gives the standard weights themselves.
     */
    public Weights grouped(int groups) {
        return blockDiagonal(standard, groups);
    }

    /**
     * The diagonal blocks of dense F×C×kH×kW weights for G groups, as F×(C/G)×kH×kW grouped weights:
     * filter f of group g keeps its slices for channels g·C/G … (g+1)·C/G − 1.
     */
    public static Weights blockDiagonal(Weights standard, int groups) {
        int c = standard.channelsPerGroup(), f = standard.filters();
        requireGroups(c, f, groups);
        int cg = c / groups, perGroup = f / groups, kh = standard.kernelHeight(), kw = standard.kernelWidth();
        Weights w = new Weights(f, cg, kh, kw);
        for (int i = 0; i < f; i++) {
            int g = i / perGroup;
            for (int j = 0; j < cg; j++) {
                System.arraycopy(standard.data(), standard.index(i, g * cg + j, 0, 0), w.data(), w.index(i, j, 0, 0), kh * kw);
            }
        }
        return w;
    }

    /** The dense kernel equal to depthwise (multiplier 1) then pointwise: W[f,c] = pw[f,c] · dw[c]. */
    public static Weights compose(Weights dw, Weights pw) {
        int f0 = pw.filters(), c0 = dw.filters(), kh = dw.kernelHeight(), kw = dw.kernelWidth();
        Weights w = new Weights(f0, c0, kh, kw);
        for (int f = 0; f < f0; f++) {
            for (int c = 0; c < c0; c++) {
                float p = pw.get(f, c, 0, 0);
                for (int i = 0; i < kh * kw; i++) w.data()[w.index(f, c, 0, 0) + i] = p * dw.data()[c * kh * kw + i];
            }
        }
        return w;
    }

    /** A request for {@code method} on {@code input} with this bank's weights ({@code spec.groups()} is G for grouped). */
    public ConvRequest request(Method method, Tensor input, ConvSpec spec, int rank) {
        if (input.channels() != channels()) {
            throw new ShapeException("the kernels are for " + channels() + " channel(s) but the image has " + input.channels());
        }
        return switch (method) {
            case STANDARD, SPATIAL_SEPARABLE, LOW_RANK -> new ConvRequest(method, input, standard, null, null, spec.withGroups(1), rank, false);
            case DEPTHWISE -> new ConvRequest(method, input, depthwise, null, null, spec, rank, false);
            case POINTWISE -> new ConvRequest(method, input, pointwise, null, null, ConvSpec.DEFAULT, rank, false);
            case DEPTHWISE_SEPARABLE -> new ConvRequest(method, input, depthwise, pointwise, null, spec, rank, false);
            case GROUPED -> new ConvRequest(method, input, grouped(spec.groups()), null, null, spec, rank, false);
        };
    }
}
