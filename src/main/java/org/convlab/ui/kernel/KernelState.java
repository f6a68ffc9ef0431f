package org.convlab.ui.kernel;

import java.util.function.UnaryOperator;
import org.convlab.engine.KernelBank;
import org.convlab.engine.Weights;

/**
 * One immutable snapshot of everything the kernel designer edits (one undo step). Arrays and
 * weights inside are never mutated after construction; every change builds a new state.
 *
 * <p>Defaults follow the designed kernel: while {@code depthwiseFollows} each channel's depthwise
 * kernel is the designed kernel; while {@code !pointwiseCustom} the mixing matrix is
 * {@link KernelBank#of}'s default; while {@code !standardCustom} the standard weights are the
 * composition {@code pw[f,c] · dw[c]}. Editing a layer makes it custom.
 */
public record KernelState(int kh, int kw, float[] kernel, Weights depthwise, Weights pointwise, Weights standard,
                          boolean depthwiseFollows, boolean pointwiseCustom, boolean standardCustom) {

    public static final int MAX_SIZE = 15;

    public int channels() { return depthwise.filters(); }
    public int filters() { return pointwise.filters(); }

    public static KernelState initial(float[] kernel, int kh, int kw, int channels, int filters) {
        KernelBank b = KernelBank.of(kernel, kh, kw, channels, filters);
        return new KernelState(kh, kw, kernel.clone(), b.depthwise(), b.pointwise(), b.standard(), true, false, false);
    }

    public KernelBank bank() {
        return new KernelBank(new Weights(1, 1, kh, kw, kernel.clone()), depthwise.copy(), pointwise.copy(), standard.copy());
    }

    /** Re-derives the dependent layers for C channels and F filters, keeping custom values where they overlap. */
    public KernelState fit(int c, int f) {
        KernelBank def = KernelBank.of(kernel, kh, kw, c, f);
        Weights dw = def.depthwise();
        if (!depthwiseFollows) copyOverlap(depthwise, dw, 1, Math.min(c, channels()));
        Weights pw = def.pointwise();
        if (pointwiseCustom) {
            for (int i = 0; i < Math.min(f, filters()); i++) {
                for (int j = 0; j < Math.min(c, channels()); j++) pw.set(i, j, 0, 0, pointwise.get(i, j, 0, 0));
            }
        }
        Weights std = KernelBank.compose(dw, pw);
        if (standardCustom) {
            for (int i = 0; i < Math.min(f, filters()); i++) {
                for (int j = 0; j < Math.min(c, channels()); j++) {
                    System.arraycopy(standard.data(), standard.index(i, j, 0, 0), std.data(), std.index(i, j, 0, 0), kh * kw);
                }
            }
        }
        return new KernelState(kh, kw, kernel, dw, pw, std, depthwiseFollows, pointwiseCustom, standardCustom);
    }

    private static void copyOverlap(Weights from, Weights to, int cg, int n) {
        int block = cg * from.kernelHeight() * from.kernelWidth();
        System.arraycopy(from.data(), 0, to.data(), 0, n * block);
    }

    /** A new designed kernel of the same size; dependent layers follow unless custom. */
    public KernelState withKernel(float[] k) {
        return new KernelState(kh, kw, k.clone(), depthwise, pointwise, standard, depthwiseFollows, pointwiseCustom, standardCustom)
                .fit(channels(), filters());
    }

    /**
     * A new size nh×nw: the designed kernel becomes {@code k}; custom depthwise and standard
     * slices are mapped by {@code sliceMap} (e.g. centred resize, or transpose).
     */
    public KernelState withShape(int nh, int nw, float[] k, UnaryOperator<float[]> sliceMap) {
        Weights dw = depthwiseFollows ? depthwise : mapSlices(depthwise, nh, nw, sliceMap);
        Weights std = standardCustom ? mapSlices(standard, nh, nw, sliceMap) : standard;
        KernelState s = new KernelState(nh, nw, k.clone(), depthwiseFollows ? new Weights(channels(), 1, nh, nw) : dw,
                pointwise, standardCustom ? std : new Weights(filters(), channels(), nh, nw), depthwiseFollows, pointwiseCustom, standardCustom);
        return s.fit(channels(), filters());
    }

    private static Weights mapSlices(Weights w, int nh, int nw, UnaryOperator<float[]> map) {
        Weights out = new Weights(w.filters(), w.channelsPerGroup(), nh, nw);
        for (int f = 0; f < w.filters(); f++) {
            for (int c = 0; c < w.channelsPerGroup(); c++) {
                float[] m = map.apply(w.slice(f, c));
                System.arraycopy(m, 0, out.data(), out.index(f, c, 0, 0), nh * nw);
            }
        }
        return out;
    }

    public KernelState withDepthwiseSlice(int c, float[] values) {
        Weights dw = depthwise.copy();
        System.arraycopy(values, 0, dw.data(), dw.index(c, 0, 0, 0), kh * kw);
        return new KernelState(kh, kw, kernel, dw, pointwise, standard, false, pointwiseCustom, standardCustom).fit(channels(), filters());
    }

    /** Back to "every channel uses the designed kernel". */
    public KernelState withDepthwiseFollowing() {
        return new KernelState(kh, kw, kernel, depthwise, pointwise, standard, true, pointwiseCustom, standardCustom).fit(channels(), filters());
    }

    /** A new F×C mixing matrix (row-major, F rows). */
    public KernelState withPointwise(float[] matrix) {
        Weights pw = new Weights(filters(), channels(), 1, 1, matrix.clone());
        return new KernelState(kh, kw, kernel, depthwise, pw, standard, depthwiseFollows, true, standardCustom).fit(channels(), filters());
    }

    public KernelState withDefaultPointwise() {
        return new KernelState(kh, kw, kernel, depthwise, pointwise, standard, depthwiseFollows, false, standardCustom).fit(channels(), filters());
    }

    public KernelState withStandardSlice(int f, int c, float[] values) {
        Weights std = standard.copy();
        System.arraycopy(values, 0, std.data(), std.index(f, c, 0, 0), kh * kw);
        return new KernelState(kh, kw, kernel, depthwise, pointwise, std, depthwiseFollows, pointwiseCustom, true);
    }

    /** Standard weights back to the composition depthwise × pointwise. */
    public KernelState recomposed() {
        return new KernelState(kh, kw, kernel, depthwise, pointwise, standard, depthwiseFollows, pointwiseCustom, false).fit(channels(), filters());
    }

    /** True when the standard weights equal pw[f,c]·dw[c] exactly (so depthwise-separable = standard). */
    public boolean standardIsComposition() {
        float[] a = KernelBank.compose(depthwise, pointwise).data(), b = standard.data();
        return java.util.Arrays.equals(a, b);
    }
}
