package org.convlab.trace;

import java.util.List;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvObserver;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelSvd;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;

/**
 * Records a {@link Trace} of any method by listening to the engine's own reference loops
 * ({@link Convolutions#runReference(ConvRequest, ConvObserver)}: {@code ReferenceConv},
 * {@code SeparableReference} and the pair summing) through a {@link ConvObserver}: one step per
 * multiply, with the values the loop used; a bias or a pair's result added into an output value
 * rides on the multiply that completed that value (its extra write). {@code TraceRecorderTest}
 * checks that replaying every trace reproduces the engine's output bit for bit and that steps and
 * counts agree with the engine and the closed-form cost.
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

    /** True when an input of this shape can be traced at all (before counting steps). */
    public static boolean fits(Tensor in) {
        return in.height() <= MAX_SIDE && in.width() <= MAX_SIDE && in.channels() <= MAX_CHANNELS;
    }

    public static Trace record(ConvRequest r, long budget) {
        Tensor in = r.input();
        if (!fits(in)) {
            throw new TraceBudgetException("an animation traces at most " + MAX_SIDE + "×" + MAX_SIDE + " pixels with "
                    + MAX_CHANNELS + " channels; the input is " + in.channels() + "×" + in.height() + "×" + in.width()
                    + ": crop it first");
        }
        // validates the request and counts its multiplies cheaply (fast path) before anything is recorded
        long multiplies = Convolutions.run(r).counts().multiplies();
        if (multiplies > budget) {
            throw new TraceBudgetException("the trace would hold " + multiplies + " multiplies, more than the budget of "
                    + budget + " steps: use a smaller crop, fewer filters or a lower rank");
        }
        Trace.Builder b = new Trace.Builder((int) Math.min(budget, multiplies + 16), budget);
        Weights w = r.weights();
        ConvSpec spec = r.spec();
        int c = in.channels();
        Method m = r.method();
        boolean sep = m == Method.SPATIAL_SEPARABLE || m == Method.LOW_RANK;
        ConvSpec.Geometry g = spec.geometry(in.height(), in.width(), w.kernelHeight(), w.kernelWidth());
        Listener listener = new Listener(b, m, w, g, sep ? w.channelsPerGroup() * Math.max(1, r.rank()) : 1);
        ConvResult engine = Convolutions.runReference(r, listener);
        Tensor out = engine.output();
        int[] outShape = {out.channels(), out.height(), out.width()};
        return switch (m) {
            case STANDARD, POINTWISE -> new Trace(meta(r, spec, engine, null, null, 0, null, null, outShape, null), b);
            case GROUPED -> new Trace(meta(r, spec, engine, null, null, 0, null, null, outShape, groupedEnds(r, c)), b);
            case DEPTHWISE -> new Trace(meta(r, spec.withGroups(c), engine, null, null, 0, null, null, outShape, null), b);
            case DEPTHWISE_SEPARABLE -> {
                ConvSpec dw = spec.withGroups(c);
                ConvResult exact = null;
                if (w.filters() == c) {
                    Weights composed = KernelBank.compose(w, r.pointwise());
                    exact = Convolutions.runReference(new ConvRequest(Method.STANDARD, in, composed, null, r.bias(), spec.withGroups(1), 1, false));
                }
                ConvSpec.Geometry dg = dw.geometry(in.height(), in.width(), w.kernelHeight(), w.kernelWidth());
                int[] midShape = {w.filters(), dg.outH(), dg.outW()};
                yield new Trace(meta(r, dw, engine, null, null, 0, midShape, null, outShape, exact), b);
            }
            case SPATIAL_SEPARABLE, LOW_RANK -> {
                int rank = engine.rank();
                int slices = w.filters() * w.channelsPerGroup() * rank, kh = w.kernelHeight(), kw = w.kernelWidth();
                float[] cols = new float[slices * kh], rows = new float[slices * kw];
                List<KernelSvd> factors = engine.factors();
                for (int s = 0; s < slices; s++) {
                    KernelSvd k = factors.get(s / rank);
                    for (int u = 0; u < kh; u++) cols[s * kh + u] = (float) k.column(s % rank)[u];
                    for (int v = 0; v < kw; v++) rows[s * kw + v] = (float) k.row(s % rank)[v];
                }
                ConvResult exact = Convolutions.runReference(new ConvRequest(Method.STANDARD, in, w, null, r.bias(), spec, 1, false));
                yield new Trace(meta(r, spec, engine, cols, rows, rank, new int[] {slices, g.outH(), in.width()},
                        new int[] {slices, g.outH(), g.outW()}, outShape, exact), b);
            }
        };
    }

    /**
     * The two ends of the grouped continuum: with G = 1 the same weights run as a standard convolution, with
     * G = C as a depthwise one, so the screen can show the outputs and counts are equal. Null in between.
     */
    private static ConvResult groupedEnds(ConvRequest r, int channels) {
        int groups = r.spec().groups();
        Method same = groups == 1 ? Method.STANDARD : groups == channels ? Method.DEPTHWISE : null;
        if (same == null) return null;
        return Convolutions.runReference(new ConvRequest(same, r.input(), r.weights(), null, r.bias(), r.spec().withGroups(1), 1, false));
    }

    private static Trace.Meta meta(ConvRequest r, ConvSpec spec, ConvResult engine, float[] cols, float[] rows,
                                   int rank, int[] mid, int[] pair, int[] out, ConvResult exact) {
        Weights w = r.weights();
        ConvSpec.Geometry g = spec.geometry(r.input().height(), r.input().width(), w.kernelHeight(), w.kernelWidth());
        return new Trace.Meta(r.method(), spec, g, r.input().copy(), w.copy(), r.pointwise() == null ? null : r.pointwise().copy(),
                r.bias() == null ? null : r.bias().clone(), cols, rows, rank, mid, pair, out, engine, exact);
    }

    /** Turns the engine's reports into trace steps. */
    private static final class Listener implements ConvObserver {
        private final Trace.Builder b;
        private final Method method;
        private final int kh, kw, outW, perFilter;
        private final int[] lastRowStep;
        private boolean separable;
        private Stage stage = Stage.STANDARD;
        private Space src = Space.INPUT, dst = Space.OUTPUT;

        Listener(Trace.Builder b, Method method, Weights w, ConvSpec.Geometry g, int perFilter) {
            this.b = b;
            this.method = method;
            this.kh = w.kernelHeight();
            this.kw = w.kernelWidth();
            this.outW = g.outW();
            this.perFilter = perFilter;
            this.lastRowStep = new int[g.outH() * g.outW()];
        }

        @Override public void directStage(int s) {
            src = s == 0 ? Space.INPUT : Space.INTERMEDIATE;
            dst = method == Method.DEPTHWISE_SEPARABLE && s == 0 ? Space.INTERMEDIATE : Space.OUTPUT;
            stage = switch (method) {
                case STANDARD -> Stage.STANDARD;
                case GROUPED -> Stage.GROUPED;
                case POINTWISE -> Stage.POINTWISE;
                case DEPTHWISE -> Stage.DEPTHWISE;
                default -> s == 0 ? Stage.DEPTHWISE : Stage.POINTWISE;
            };
        }

        @Override public void tap(int f, int i, int j, int ic, int y, int x, boolean inside, int widx, float w, float v, float p,
                                  float before, float after, boolean first) {
            b.step(stage, !inside, src, ic, y, x, widx, w, v, p, dst, f, i, j, before, after, first);
        }

        @Override public void bias(int f, int i, int j, float bias, float before, float after) {
            int k = separable ? lastRowStep[i * outW + j] : b.n - 1;
            b.extra(k, separable ? Space.OUTPUT : dst, f, i, j, bias, before, after, true);
        }

        @Override public void columnTap(int s, int ic, int i, int x, int y, boolean inside, int u, float w, float v, float p,
                                        float before, float after) {
            separable = true;
            b.step(Stage.COLUMN_PASS, !inside, Space.INPUT, ic, y, x, s * kh + u, w, v, p, Space.INTERMEDIATE, s, i, x, before, after, u == 0);
        }

        @Override public void rowTap(int s, int i, int j, int x, boolean inside, int v, float w, float val, float p,
                                     float before, float after) {
            // the first pair of a filter writes the output sum itself; the others their own PAIR plane, summed in after
            boolean firstPair = s % perFilter == 0;
            b.step(Stage.ROW_PASS, !inside, Space.INTERMEDIATE, s, i, x, s * kw + v, w, val, p,
                    firstPair ? Space.OUTPUT : Space.PAIR, firstPair ? s / perFilter : s, i, j, before, after, v == 0);
            if (v == kw - 1) lastRowStep[i * outW + j] = b.n - 1;
        }

        @Override public void pairSum(int s, int f, int i, int j, float add, float before, float after) {
            b.extra(lastRowStep[i * outW + j], Space.OUTPUT, f, i, j, add, before, after, false);
        }

        @Override public void valueDone() { b.mark(Trace.VALUE_END); }
        @Override public void rowDone() { b.mark(Trace.ROW_END); }
        @Override public void planeDone() { b.mark(Trace.STAGE_END); }
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
