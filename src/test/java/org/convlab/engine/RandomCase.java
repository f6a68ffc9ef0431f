package org.convlab.engine;

import java.util.Random;

/**
 * A random convolution problem for the property tests, drawn from one seed: input C×H×W,
 * weights F×Cg×kH×kW (odd, even and non-square kernels), stride, padding (valid, same, explicit
 * per axis, big), dilation, groups and bias. Small shapes keep the suite fast.
 */
record RandomCase(Tensor input, Weights weights, float[] bias, ConvSpec spec, String description) {

    static float[] values(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = r.nextFloat() * 2 - 1;
        return a;
    }

    static ConvSpec randomSpec(Random r, int groups) {
        int sh = 1 + r.nextInt(3), sw = 1 + r.nextInt(3);
        int dh = 1 + r.nextInt(2), dw = 1 + r.nextInt(2);
        Padding p = switch (r.nextInt(5)) {
            case 0 -> Padding.valid();
            case 1 -> { sh = 1; sw = 1; yield Padding.same(); }
            case 2 -> Padding.of(r.nextInt(3));
            case 3 -> Padding.of(r.nextInt(3), r.nextInt(3));
            default -> Padding.of(r.nextInt(6), r.nextInt(6)); // big padding, can exceed the kernel
        };
        return new ConvSpec(sh, sw, p, dh, dw, groups);
    }

    /** A standard (grouped) convolution problem. */
    static RandomCase standard(long seed) {
        Random r = new Random(seed);
        int groups = 1 + r.nextInt(3);
        int c = groups * (1 + r.nextInt(2));
        int f = groups * (1 + r.nextInt(3));
        return make(r, seed, c, f, groups, 1 + r.nextInt(5), 1 + r.nextInt(5));
    }

    /** A depthwise problem: groups = C, F = m·C. */
    static RandomCase depthwise(long seed) {
        Random r = new Random(seed);
        int c = 1 + r.nextInt(4), m = 1 + r.nextInt(3);
        return make(r, seed, c, c * m, c, 1 + r.nextInt(5), 1 + r.nextInt(5));
    }

    static RandomCase make(Random r, long seed, int c, int f, int groups, int kh, int kw) {
        int h = 1 + r.nextInt(13), w = 1 + r.nextInt(13);
        Tensor in = new Tensor(c, h, w, values(r, c * h * w));
        Weights wt = new Weights(f, c / groups, kh, kw, values(r, f * (c / groups) * kh * kw));
        float[] bias = r.nextBoolean() ? values(r, f) : null;
        ConvSpec spec = randomSpec(r, groups);
        String d = "seed " + seed + ": input " + in.shapeString() + ", weights " + wt.shapeString() + ", " + spec
                + (bias != null ? ", bias" : "");
        return new RandomCase(in, wt, bias, spec, d);
    }

    int taps() { return weights.channelsPerGroup() * weights.kernelHeight() * weights.kernelWidth(); }

    /** True when the output size is positive (otherwise every method must refuse). */
    boolean fits() {
        try {
            spec.geometry(input.height(), input.width(), weights.kernelHeight(), weights.kernelWidth());
            return true;
        } catch (ShapeException e) {
            return false;
        }
    }
}
