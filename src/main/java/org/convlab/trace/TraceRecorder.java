package org.convlab.trace;

import java.util.List;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelSvd;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * Records a {@link Trace} of any method by running traced copies of the engine's reference
 * loops ({@code ReferenceConv.conv2d}, {@code SeparableReference.columnPass/rowPass} and the
 * pair summing of {@code Convolutions}): the same loop order, the same float accumulation
 * ({@code acc = p} for the first tap, then {@code acc += p}), the same counting conventions. The
 * request is first run through {@link Convolutions#run} (which validates it and gives the
 * engine's own output, counts and closed-form cost); {@code TraceRecorderTest} checks that
 * replaying every trace reproduces that output bit for bit and that the counts agree.
 *
 * <p>Bounded: the input may be at most {@value #MAX_SIDE}×{@value #MAX_SIDE} with
 * {@value #MAX_CHANNELS} channels (use {@link #crop}) and the trace at most
 * {@link #DEFAULT_BUDGET} steps; beyond that a {@link TraceBudgetException} says what to shrink.
 */
public final class TraceRecorder {
    public static final int MAX_SIDE = 32;
    public static final int MAX_CHANNELS = 8;
    public static final long DEFAULT_BUDGET = 2_000_000;

    private TraceRecorder() { }

    public static Trace record(ConvRequest r) { return record(r, DEFAULT_BUDGET); }

    public static Trace record(ConvRequest r, long budget) {
        Tensor in = r.input();
        if (in.height() > MAX_SIDE || in.width() > MAX_SIDE || in.channels() > MAX_CHANNELS) {
            throw new TraceBudgetException("an animation traces at most " + MAX_SIDE + "×" + MAX_SIDE + " pixels with "
                    + MAX_CHANNELS + " channels; the input is " + in.channels() + "×" + in.height() + "×" + in.width()
                    + ": crop it first");
        }
        ConvResult engine = Convolutions.runReference(r);
        if (engine.counts().multiplies() > budget) {
            throw new TraceBudgetException("the trace would hold " + engine.counts().multiplies() + " multiplies, more than the budget of "
                    + budget + " steps: use a smaller crop, fewer filters or a lower rank");
        }
        int cap = (int) Math.min(budget, engine.counts().multiplies() + engine.counts().additions() / 4 + 16);
        Trace.Builder b = new Trace.Builder(cap, budget);
        Tensor out = engine.output();
        int[] outShape = {out.channels(), out.height(), out.width()};
        Weights w = r.weights();
        ConvSpec spec = r.spec();
        int c = in.channels();
        return switch (r.method()) {
            case STANDARD, POINTWISE -> {
                Stage st = r.method() == Method.STANDARD ? Stage.STANDARD : Stage.POINTWISE;
                conv(b, in, Space.INPUT, w, r.bias(), spec, st, Space.OUTPUT);
                yield new Trace(meta(r, spec, engine, null, null, 0, null, null, outShape, null), b);
            }
            case DEPTHWISE -> {
                ConvSpec dw = spec.withGroups(c);
                conv(b, in, Space.INPUT, w, r.bias(), dw, Stage.DEPTHWISE, Space.OUTPUT);
                yield new Trace(meta(r, dw, engine, null, null, 0, null, null, outShape, null), b);
            }
            case DEPTHWISE_SEPARABLE -> {
                ConvSpec dw = spec.withGroups(c);
                Tensor mid = conv(b, in, Space.INPUT, w, null, dw, Stage.DEPTHWISE, Space.INTERMEDIATE);
                conv(b, mid, Space.INTERMEDIATE, r.pointwise(), r.bias(), ConvSpec.DEFAULT, Stage.POINTWISE, Space.OUTPUT);
                Tensor exact = null;
                if (w.filters() == c) {
                    Weights composed = KernelBank.compose(w, r.pointwise());
                    exact = Convolutions.runReference(new ConvRequest(Method.STANDARD, in, composed, null, r.bias(), spec.withGroups(1), 1, false)).output();
                }
                int[] midShape = {mid.channels(), mid.height(), mid.width()};
                yield new Trace(meta(r, dw, engine, null, null, 0, midShape, null, outShape, exact), b);
            }
            case SPATIAL_SEPARABLE, LOW_RANK -> {
                int rank = engine.rank();
                ConvSpec.Geometry g = spec.geometry(in.height(), in.width(), w.kernelHeight(), w.kernelWidth());
                int slices = w.filters() * w.channelsPerGroup() * rank;
                float[] cols = new float[slices * w.kernelHeight()], rows = new float[slices * w.kernelWidth()];
                separable(b, in, w, r.bias(), spec, g, engine.factors(), rank, cols, rows);
                Tensor exact = Convolutions.runReference(new ConvRequest(Method.STANDARD, in, w, null, r.bias(), spec, 1, false)).output();
                yield new Trace(meta(r, spec, engine, cols, rows, rank, new int[] {slices, g.outH(), in.width()},
                        new int[] {slices, g.outH(), g.outW()}, outShape, exact), b);
            }
        };
    }

    private static Trace.Meta meta(ConvRequest r, ConvSpec spec, ConvResult engine, float[] cols, float[] rows,
                                   int rank, int[] mid, int[] pair, int[] out, Tensor exact) {
        Weights w = r.weights();
        ConvSpec.Geometry g = spec.geometry(r.input().height(), r.input().width(), w.kernelHeight(), w.kernelWidth());
        return new Trace.Meta(r.method(), spec, g, r.input().copy(), w.copy(), r.pointwise() == null ? null : r.pointwise().copy(),
                r.bias() == null ? null : r.bias().clone(), cols, rows, rank, mid, pair, out, engine, exact);
    }

    /** Traced copy of ReferenceConv.conv2d; returns the tensor it computed. */
    static Tensor conv(Trace.Builder b, Tensor in, Space src, Weights w, float[] bias, ConvSpec spec, Stage st, Space dst) {
        ConvSpec.Geometry g = spec.geometry(in.height(), in.width(), w.kernelHeight(), w.kernelWidth());
        int f0 = w.filters(), cg = w.channelsPerGroup(), kh = w.kernelHeight(), kw = w.kernelWidth();
        int filtersPerGroup = f0 / spec.groups();
        Tensor out = new Tensor(f0, g.outH(), g.outW());
        for (int f = 0; f < f0; f++) {
            int group = f / filtersPerGroup;
            for (int i = 0; i < g.outH(); i++) {
                for (int j = 0; j < g.outW(); j++) {
                    float acc = 0;
                    boolean first = true;
                    for (int c = 0; c < cg; c++) {
                        int ic = group * cg + c;
                        for (int u = 0; u < kh; u++) {
                            int y = i * spec.strideH() - g.padTop() + u * spec.dilationH();
                            for (int v = 0; v < kw; v++) {
                                int x = j * spec.strideW() - g.padLeft() + v * spec.dilationW();
                                boolean inside = y >= 0 && y < in.height() && x >= 0 && x < in.width();
                                float xin = inside ? in.get(ic, y, x) : 0f;
                                int widx = w.index(f, c, u, v);
                                float p = xin * w.data()[widx];
                                float old = acc;
                                if (first) acc = p; else acc += p;
                                b.step(st, !inside, src, ic, y, x, widx, w.data()[widx], xin, p, dst, f, i, j, old, acc, first);
                                first = false;
                            }
                        }
                    }
                    if (bias != null) {
                        float old = acc;
                        acc += bias[f];
                        b.step(Stage.BIAS, false, Space.NONE, -1, -1, -1, f, bias[f], 1f, bias[f], dst, f, i, j, old, acc, false);
                    }
                    out.set(f, i, j, acc);
                    b.mark(Trace.VALUE_END);
                }
                b.mark(Trace.ROW_END);
            }
            b.mark(Trace.STAGE_END);
        }
        return out;
    }

    /** Traced copy of Convolutions' separable path (column pass, row pass, pair sums, bias). */
    private static void separable(Trace.Builder b, Tensor in, Weights w, float[] bias, ConvSpec spec, ConvSpec.Geometry g,
                                  List<KernelSvd> factors, int rank, float[] cols, float[] rows) {
        int fN = w.filters(), cg = w.channelsPerGroup(), perGroup = fN / spec.groups();
        int kh = w.kernelHeight(), kw = w.kernelWidth(), inW = in.width(), outH = g.outH(), outW = g.outW();
        for (int f = 0; f < fN; f++) {
            int group = f / perGroup;
            float[] acc = null;
            for (int c = 0; c < cg; c++) {
                KernelSvd k = factors.get(f * cg + c);
                for (int r = 0; r < rank; r++) {
                    int s = (f * cg + c) * rank + r;
                    float[] col = toFloat(k.column(r)), row = toFloat(k.row(r));
                    System.arraycopy(col, 0, cols, s * kh, kh);
                    System.arraycopy(row, 0, rows, s * kw, kw);
                    int ic = group * cg + c;
                    // column pass: T[i, x] = Σ_u col[u] · in[ic, i·sH − pT + u·dH, x]
                    float[] t = new float[outH * inW];
                    for (int i = 0; i < outH; i++) {
                        for (int x = 0; x < inW; x++) {
                            float a = 0;
                            for (int u = 0; u < kh; u++) {
                                int y = i * spec.strideH() - g.padTop() + u * spec.dilationH();
                                boolean inside = y >= 0 && y < in.height();
                                float v = inside ? in.get(ic, y, x) : 0f;
                                float p = v * col[u];
                                float old = a;
                                a = u == 0 ? p : a + p;
                                b.step(Stage.COLUMN_PASS, !inside, Space.INPUT, ic, y, x, s * kh + u, col[u], v, p,
                                        Space.INTERMEDIATE, s, i, x, old, a, u == 0);
                            }
                            t[i * inW + x] = a;
                            b.mark(Trace.VALUE_END);
                        }
                        b.mark(Trace.ROW_END);
                    }
                    b.mark(Trace.STAGE_END);
                    // row pass: o[i, j] = Σ_v row[v] · T[i, j·sW − pL + v·dW]; the first pair writes the accumulator itself
                    boolean firstPair = acc == null;
                    Space dst = firstPair ? Space.OUTPUT : Space.PAIR;
                    int dc = firstPair ? f : s;
                    float[] o = new float[outH * outW];
                    for (int i = 0; i < outH; i++) {
                        for (int j = 0; j < outW; j++) {
                            float a = 0;
                            for (int v = 0; v < kw; v++) {
                                int x = j * spec.strideW() - g.padLeft() + v * spec.dilationW();
                                boolean inside = x >= 0 && x < inW;
                                float val = inside ? t[i * inW + x] : 0f;
                                float p = val * row[v];
                                float old = a;
                                a = v == 0 ? p : a + p;
                                b.step(Stage.ROW_PASS, !inside, Space.INTERMEDIATE, s, i, x, s * kw + v, row[v], val, p,
                                        dst, dc, i, j, old, a, v == 0);
                            }
                            o[i * outW + j] = a;
                            b.mark(Trace.VALUE_END);
                        }
                        b.mark(Trace.ROW_END);
                    }
                    b.mark(Trace.STAGE_END);
                    if (firstPair) {
                        acc = o;
                    } else {
                        for (int p = 0; p < acc.length; p++) {
                            float old = acc[p];
                            acc[p] += o[p];
                            b.step(Stage.PAIR_SUM, false, Space.PAIR, s, p / outW, p % outW, -1, 1f, o[p], o[p],
                                    Space.OUTPUT, f, p / outW, p % outW, old, acc[p], false);
                            b.mark(Trace.VALUE_END);
                            if (p % outW == outW - 1) b.mark(Trace.ROW_END);
                        }
                        b.mark(Trace.STAGE_END);
                    }
                }
            }
            if (bias != null) {
                for (int p = 0; p < acc.length; p++) {
                    float old = acc[p];
                    acc[p] += bias[f];
                    b.step(Stage.BIAS, false, Space.NONE, -1, -1, -1, f, bias[f], 1f, bias[f],
                            Space.OUTPUT, f, p / outW, p % outW, old, acc[p], false);
                    b.mark(Trace.VALUE_END);
                    if (p % outW == outW - 1) b.mark(Trace.ROW_END);
                }
                b.mark(Trace.STAGE_END);
            }
        }
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
        return f;
    }

    /** Channels [c0, c0+cn) and the window (y0, x0, h, w) of a tensor, clipped to it. */
    public static Tensor crop(Tensor t, int c0, int cn, int y0, int x0, int h, int w) {
        int cc = Math.max(1, Math.min(cn, t.channels() - c0));
        int hh = Math.max(1, Math.min(h, t.height() - y0)), ww = Math.max(1, Math.min(w, t.width() - x0));
        Tensor out = new Tensor(cc, hh, ww);
        for (int c = 0; c < cc; c++) for (int y = 0; y < hh; y++) for (int x = 0; x < ww; x++) {
            out.set(c, y, x, t.get(c0 + c, y0 + y, x0 + x));
        }
        return out;
    }
}
