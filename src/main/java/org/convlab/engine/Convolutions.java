package org.convlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's front door: runs any {@link Method} on a {@link ConvRequest} and returns the
 * output, intermediates, counted operations and the closed-form cost beside them.
 *
 * <p>{@link #run} uses the fast paths ({@link FastConv}, {@link FastPointwise},
 * {@link FastSeparable}: padded band buffers, vectorizable row loops, both cores);
 * {@link #runReference} the plain loops ({@link ReferenceConv}, {@link SeparableReference})
 * they are tested against. Both count with the same conventions ({@link CostModel}).
 *
 * <p>Thread-safe (the fast paths use per-thread scratch buffers and the {@link Parallel} pool).
 */
public final class Convolutions {
    private Convolutions() { }

    /** Runs the request on the fast paths. */
    public static ConvResult run(ConvRequest r) {
        return run(r, true, null, null, null);
    }

    /**
     * Runs the request on the fast paths, recycling the tensors of an earlier result the caller no
     * longer needs: its output (and intermediate) are written over when they have the new shapes
     * (the new result then holds those same tensors), else new ones are made. For callers that run
     * the same shapes again and again (live previews, benchmarks): no allocation, zeroing and page
     * faults of a large array per call. {@code recycle} may be null.
     */
    public static ConvResult run(ConvRequest r, ConvResult recycle) {
        return recycle == null ? run(r, true, null, null, null) : run(r, true, null, recycle.output(), recycle.intermediate());
    }

    /** Runs the request on the plain reference loops (the oracle; slow, for tests and comparison). */
    public static ConvResult runReference(ConvRequest r) {
        return run(r, false, null, null, null);
    }

    /**
     * Runs the request on the reference loops, telling {@code observer} every multiply, addition
     * and boundary as the loops do it (how the animation's trace is recorded).
     */
    public static ConvResult runReference(ConvRequest r, ConvObserver observer) {
        return run(r, false, observer, null, null);
    }

    private static Tensor direct(boolean fast, Tensor in, Weights w, float[] bias, ConvSpec spec, Counts counts,
                                 ConvObserver obs, int stage, Tensor into) {
        if (!fast) {
            if (obs != null) obs.directStage(stage);
            return ReferenceConv.conv2d(in, w, bias, spec, counts, obs);
        }
        if (FastPointwise.applies(w, spec)) return FastPointwise.conv1x1(in, w, bias, counts, into);
        return FastConv.conv2d(in, w, bias, spec, counts, into);
    }

    private static ConvResult run(ConvRequest r, boolean fast, ConvObserver obs, Tensor into, Tensor midInto) {
        long t0 = System.nanoTime();
        Counts counts = new Counts();
        Tensor in = r.input();
        Weights w = r.weights();
        ConvSpec spec = r.spec();
        boolean bias = r.bias() != null;
        int c = in.channels();
        return switch (r.method()) {
            case STANDARD -> {
                Tensor out = direct(fast, in, w, r.bias(), spec, counts, obs, 0, into);
                Cost cost = CostModel.standard(c, in.height(), in.width(), w.filters(), w.kernelHeight(), w.kernelWidth(), spec, bias);
                yield done(r, out, null, counts, cost, List.of(), 0, t0);
            }
            case DEPTHWISE -> {
                requireDepthwise(in, w);
                ConvSpec dw = spec.withGroups(c);
                Tensor out = direct(fast, in, w, r.bias(), dw, counts, obs, 0, into);
                Cost cost = CostModel.depthwise(c, in.height(), in.width(), w.filters() / c, w.kernelHeight(), w.kernelWidth(), dw, bias);
                yield done(r, out, null, counts, cost, List.of(), 0, t0);
            }
            case POINTWISE -> {
                requirePointwise(w, "weights");
                Tensor out = direct(fast, in, w, r.bias(), spec, counts, obs, 0, into);
                Cost cost = CostModel.standard(c, in.height(), in.width(), w.filters(), 1, 1, spec, bias);
                yield done(r, out, null, counts, cost, List.of(), 0, t0);
            }
            case DEPTHWISE_SEPARABLE -> {
                requireDepthwise(in, w);
                Weights pw = r.pointwise();
                if (pw == null) throw new ShapeException("depthwise-separable needs pointwise weights (F×" + w.filters() + "×1×1)");
                requirePointwise(pw, "pointwise weights");
                if (pw.channelsPerGroup() != w.filters()) {
                    throw new ShapeException("pointwise weights " + pw.shapeString() + " expect " + pw.channelsPerGroup()
                            + " channels, but the depthwise stage makes " + w.filters());
                }
                ConvSpec dwSpec = spec.withGroups(c);
                Tensor mid = direct(fast, in, w, null, dwSpec, counts, obs, 0, midInto);
                Tensor out = direct(fast, mid, pw, r.bias(), ConvSpec.DEFAULT, counts, obs, 1, into);
                Cost cost = CostModel.depthwiseSeparable(c, in.height(), in.width(), w.filters() / c, pw.filters(),
                        w.kernelHeight(), w.kernelWidth(), dwSpec, bias);
                yield done(r, out, mid, counts, cost, List.of(), 0, t0);
            }
            case SPATIAL_SEPARABLE -> {
                List<KernelSvd> f = factor(w);
                for (int i = 0; i < f.size(); i++) {
                    KernelSvd k = f.get(i);
                    if (!k.isSeparable()) {
                        throw new ShapeException("kernel " + sliceName(w, i) + " is not separable: its numerical rank is "
                                + k.numericalRank() + " (rank-1 relative error " + String.format(java.util.Locale.ROOT, "%.3g", k.relativeError(1))
                                + "); use low-rank with --rank " + k.numericalRank() + " for an exact result or a lower rank to approximate");
                    }
                }
                yield separable(r, f, 1, counts, t0, fast, obs, into, midInto);
            }
            case LOW_RANK -> {
                List<KernelSvd> f = factor(w);
                int max = Math.min(w.kernelHeight(), w.kernelWidth());
                if (r.rank() < 1 || r.rank() > max) {
                    throw new ShapeException("rank " + r.rank() + " is out of range for a " + w.kernelHeight() + "×"
                            + w.kernelWidth() + " kernel (1 to " + max + ")");
                }
                yield separable(r, f, r.rank(), counts, t0, fast, obs, into, midInto);
            }
            case GROUPED -> {
                int groups = spec.groups();
                if (c % groups != 0 || w.filters() % groups != 0 || w.channelsPerGroup() * groups != c) {
                    throw new ShapeException("grouped convolution with " + groups + " groups needs C and F divisible by " + groups
                            + " and weights F×(C/" + groups + ")×kH×kW; got C = " + c + " and weights " + w.shapeString());
                }
                Tensor out = direct(fast, in, w, r.bias(), spec, counts, obs, 0, into);
                Cost cost = CostModel.grouped(c, in.height(), in.width(), w.filters(), w.kernelHeight(), w.kernelWidth(), spec, bias);
                yield done(r, out, null, counts, cost, List.of(), 0, t0);
            }
        };
    }

    /** SVD of every 2D slice, order (f, c). */
    public static List<KernelSvd> factor(Weights w) {
        List<KernelSvd> out = new ArrayList<>(w.filters() * w.channelsPerGroup());
        for (int f = 0; f < w.filters(); f++) {
            for (int c = 0; c < w.channelsPerGroup(); c++) {
                out.add(KernelSvd.of(w.slice(f, c), w.kernelHeight(), w.kernelWidth()));
            }
        }
        return out;
    }

    private static ConvResult separable(ConvRequest r, List<KernelSvd> factors, int rank, Counts counts, long t0,
                                        boolean fast, ConvObserver obs, Tensor into, Tensor midInto) {
        Tensor in = r.input();
        Weights w = r.weights();
        ConvSpec spec = r.spec();
        // the fast path checks the input values as it copies them (same messages)
        ConvSpec.Geometry g = fast ? Validation.checkAllButInputValues(in, w, r.bias(), spec) : Validation.check(in, w, r.bias(), spec);
        int fN = w.filters(), cg = w.channelsPerGroup(), perGroup = fN / spec.groups();
        Tensor mid = !r.keepIntermediate() ? null
                : fast ? FastConv.output(midInto, in, fN * cg * rank, g.outH(), in.width()) : new Tensor(fN * cg * rank, g.outH(), in.width());
        Cost cost = CostModel.lowRank(in.channels(), in.height(), in.width(), fN, w.kernelHeight(), w.kernelWidth(),
                spec, rank, r.bias() != null);
        if (fast) {
            Tensor out = FastSeparable.run(in, w, r.bias(), spec, g, factors, rank, mid, counts, into);
            return done(r, out, mid, counts, cost, factors, rank, t0);
        }
        Tensor out = new Tensor(fN, g.outH(), g.outW());
        int plane = g.outH() * g.outW();
        for (int f = 0; f < fN; f++) {
            int group = f / perGroup;
            float[] acc = null;
            for (int c = 0; c < cg; c++) {
                KernelSvd k = factors.get(f * cg + c);
                for (int i = 0; i < rank; i++) {
                    int s = (f * cg + c) * rank + i;
                    float[] t = SeparableReference.columnPass(in, group * cg + c, toFloat(k.column(i)), spec, g, counts, obs, s);
                    if (mid != null) System.arraycopy(t, 0, mid.data(), s * t.length, t.length);
                    float[] o = SeparableReference.rowPass(t, in.width(), toFloat(k.row(i)), spec, g, counts, obs, s);
                    if (acc == null) {
                        acc = o;
                    } else {
                        for (int p = 0; p < plane; p++) {
                            float old = acc[p];
                            acc[p] += o[p];
                            if (obs != null) obs.pairSum(s, f, p / g.outW(), p % g.outW(), o[p], old, acc[p]);
                        }
                        counts.addAdditions(plane);
                    }
                }
            }
            if (r.bias() != null) {
                for (int p = 0; p < plane; p++) {
                    float old = acc[p];
                    acc[p] += r.bias()[f];
                    if (obs != null) obs.bias(f, p / g.outW(), p % g.outW(), r.bias()[f], old, acc[p]);
                }
                counts.addAdditions(plane);
            }
            System.arraycopy(acc, 0, out.data(), f * plane, plane);
        }
        return done(r, out, mid, counts, cost, factors, rank, t0);
    }

    static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }

    private static ConvResult done(ConvRequest r, Tensor out, Tensor mid, Counts counts, Cost cost,
                                   List<KernelSvd> factors, int rank, long t0) {
        long params = r.method() == Method.SPATIAL_SEPARABLE || r.method() == Method.LOW_RANK
                ? cost.parameters()
                : r.weights().size() + (r.pointwise() == null ? 0 : r.pointwise().size()) + (r.bias() == null ? 0 : r.bias().length);
        return new ConvResult(r.method(), out, mid, counts, params, cost, factors, rank, System.nanoTime() - t0);
    }

    private static void requireDepthwise(Tensor in, Weights w) {
        if (w.channelsPerGroup() != 1 || w.filters() % in.channels() != 0) {
            throw new ShapeException("depthwise weights must be (m·C)×1×kH×kW for C = " + in.channels()
                    + " input channels, got " + w.shapeString());
        }
    }

    private static void requirePointwise(Weights w, String what) {
        if (w.kernelHeight() != 1 || w.kernelWidth() != 1) {
            throw new ShapeException(what + " must be 1×1 kernels (F×C×1×1), got " + w.shapeString());
        }
    }

    private static String sliceName(Weights w, int i) {
        return w.size() == w.kernelHeight() * w.kernelWidth() ? w.kernelHeight() + "×" + w.kernelWidth()
                : "[filter " + i / w.channelsPerGroup() + ", channel " + i % w.channelsPerGroup() + "]";
    }
}
