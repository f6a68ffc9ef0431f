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

    /** A request for {@code method} on {@code input} with this bank's weights. */
    public ConvRequest request(Method method, Tensor input, ConvSpec spec, int rank) {
        if (input.channels() != channels()) {
            throw new ShapeException("the kernels are for " + channels() + " channel(s) but the image has " + input.channels());
        }
        return switch (method) {
            case STANDARD, SPATIAL_SEPARABLE, LOW_RANK -> new ConvRequest(method, input, standard, null, null, spec.withGroups(1), rank, false);
            case DEPTHWISE -> new ConvRequest(method, input, depthwise, null, null, spec, rank, false);
            case POINTWISE -> new ConvRequest(method, input, pointwise, null, null, ConvSpec.DEFAULT, rank, false);
            case DEPTHWISE_SEPARABLE -> new ConvRequest(method, input, depthwise, pointwise, null, spec, rank, false);
        };
    }
}
