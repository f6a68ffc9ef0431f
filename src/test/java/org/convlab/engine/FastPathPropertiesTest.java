package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast paths behind {@link Convolutions#run} against the plain loops
 * ({@link Convolutions#runReference}, {@link ReferenceConv}) on random shapes and parameters,
 * and their counters against the closed-form {@link CostModel}.
 */
class FastPathPropertiesTest {
    private static final float EPS = Math.ulp(1f);

    /** Float error bound for dot products of {@code taps} terms with |values| ≤ 1, any summation order. */
    static float tolerance(int taps) {
        return 4 * EPS * taps * taps + 1e-6f;
    }

    static void assertClose(Tensor expected, Tensor actual, float tol, String what) {
        assertTrue(expected.sameShape(actual), what + ": shape " + actual.shapeString() + " vs " + expected.shapeString());
        float d = expected.maxAbsDiff(actual);
        assertTrue(d <= tol, what + ": max difference " + d + " > tolerance " + tol);
    }

    static void assertCounts(Cost cost, Counts counts, String what) {
        assertEquals(cost.multiplies(), counts.multiplies(), what + ": multiplies");
        assertEquals(cost.additions(), counts.additions(), what + ": additions");
    }

    @Property(tries = 150)
    void standardFastEqualsReference(@ForAll long seed) {
        RandomCase k = RandomCase.standard(seed);
        ConvRequest req = ConvRequest.of(Method.STANDARD, k.input(), k.weights(), k.spec()).withBias(k.bias());
        if (!k.fits()) {
            ShapeException fast = assertThrows(ShapeException.class, () -> Convolutions.run(req));
            ShapeException ref = assertThrows(ShapeException.class, () -> Convolutions.runReference(req));
            assertEquals(ref.getMessage(), fast.getMessage());
            assertTrue(fast.getMessage().contains("would be"), fast.getMessage());
            return;
        }
        ConvResult fast = Convolutions.run(req), ref = Convolutions.runReference(req);
        assertClose(ref.output(), fast.output(), tolerance(k.taps()), k.description());
        Tensor oracle = ReferenceConv.conv2d(k.input(), k.weights(), k.bias(), k.spec(), null);
        assertArrayEquals(oracle.data(), ref.output().data(), k.description());
        Tensor in = k.input();
        Cost cost = CostModel.standard(in.channels(), in.height(), in.width(), k.weights().filters(),
                k.weights().kernelHeight(), k.weights().kernelWidth(), k.spec(), k.bias() != null);
        assertCounts(cost, fast.counts(), k.description());
        assertCounts(cost, ref.counts(), k.description());
        assertEquals(cost, fast.cost());
    }

    @Property(tries = 100)
    void depthwiseFastEqualsReference(@ForAll long seed) {
        RandomCase k = RandomCase.depthwise(seed);
        if (!k.fits()) return; // the standard property covers the refusal
        ConvRequest req = ConvRequest.of(Method.DEPTHWISE, k.input(), k.weights(), k.spec()).withBias(k.bias());
        ConvResult fast = Convolutions.run(req), ref = Convolutions.runReference(req);
        assertClose(ref.output(), fast.output(), tolerance(k.taps()), k.description());
        Tensor in = k.input();
        Cost cost = CostModel.depthwise(in.channels(), in.height(), in.width(), k.weights().filters() / in.channels(),
                k.weights().kernelHeight(), k.weights().kernelWidth(), k.spec(), k.bias() != null);
        assertCounts(cost, fast.counts(), k.description());
        assertCounts(cost, ref.counts(), k.description());
    }

    @Property(tries = 60)
    void pointwiseFastEqualsReference(@ForAll long seed) {
        Random r = new Random(seed);
        int c = 1 + r.nextInt(9), f = 1 + r.nextInt(6), h = 1 + r.nextInt(12), w = 1 + r.nextInt(12);
        Tensor in = new Tensor(c, h, w, RandomCase.values(r, c * h * w));
        Weights pw = new Weights(f, c, 1, 1, RandomCase.values(r, f * c));
        float[] bias = r.nextBoolean() ? RandomCase.values(r, f) : null;
        ConvRequest req = ConvRequest.of(Method.POINTWISE, in, pw, ConvSpec.DEFAULT).withBias(bias);
        ConvResult fast = Convolutions.run(req), ref = Convolutions.runReference(req);
        assertClose(ref.output(), fast.output(), tolerance(c), "seed " + seed);
        assertCounts(CostModel.pointwise(c, h, w, f, bias != null), fast.counts(), "seed " + seed);
    }

    @Property(tries = 80)
    void depthwiseThenPointwiseEqualsComposedStandard(@ForAll long seed) {
        RandomCase k = RandomCase.depthwise(seed);
        if (!k.fits()) return;
        Random r = new Random(~seed);
        Tensor in = k.input();
        Weights dw = k.weights();
        int c = in.channels(), cm = dw.filters(), m = cm / c, f = 1 + r.nextInt(5);
        Weights pw = new Weights(f, cm, 1, 1, RandomCase.values(r, f * cm));
        ConvSpec spec = k.spec();
        float[] bias = k.bias() == null ? null : RandomCase.values(r, f);
        ConvResult fast = Convolutions.run(ConvRequest.of(Method.DEPTHWISE_SEPARABLE, in, dw, spec)
                .withPointwise(pw).withBias(bias));
        // composed dense kernel: W[o, ch, u, v] = Σ_q pw[o, ch·m + q] · dw[ch·m + q, u, v]
        int kh = dw.kernelHeight(), kw = dw.kernelWidth();
        Weights dense = new Weights(f, c, kh, kw);
        for (int o = 0; o < f; o++) for (int ch = 0; ch < c; ch++) for (int q = 0; q < m; q++)
            for (int u = 0; u < kh; u++) for (int v = 0; v < kw; v++) {
                dense.set(o, ch, u, v, dense.get(o, ch, u, v) + pw.get(o, ch * m + q, 0, 0) * dw.get(ch * m + q, 0, u, v));
            }
        Tensor standard = ReferenceConv.conv2d(in, dense, bias, spec.withGroups(1), null);
        assertClose(standard, fast.output(), 2 * tolerance(c * m * kh * kw), k.description());
        // the exposed intermediate is exactly the depthwise stage
        Tensor dwRef = ReferenceConv.conv2d(in, dw, null, spec.withGroups(c), null);
        assertClose(dwRef, fast.intermediate(), tolerance(kh * kw), "intermediate, " + k.description());
        Cost cost = CostModel.depthwiseSeparable(c, in.height(), in.width(), m, f, kh, kw, spec, bias != null);
        assertCounts(cost, fast.counts(), k.description());
        assertCounts(cost, Convolutions.runReference(ConvRequest.of(Method.DEPTHWISE_SEPARABLE, in, dw, spec)
                .withPointwise(pw).withBias(bias)).counts(), k.description());
    }

    @Property(tries = 100)
    void spatialSeparableEqualsStandardForRankOneKernels(@ForAll long seed) {
        RandomCase k = RandomCase.standard(seed);
        if (!k.fits()) return;
        Random r = new Random(~seed);
        Weights w = k.weights();
        int kh = w.kernelHeight(), kw = w.kernelWidth();
        Weights rank1 = new Weights(w.filters(), w.channelsPerGroup(), kh, kw);
        for (int f = 0; f < w.filters(); f++) for (int c = 0; c < w.channelsPerGroup(); c++) {
            float[] col = RandomCase.values(r, kh), row = RandomCase.values(r, kw);
            for (int u = 0; u < kh; u++) for (int v = 0; v < kw; v++) rank1.set(f, c, u, v, col[u] * row[v]);
        }
        ConvRequest req = ConvRequest.of(Method.SPATIAL_SEPARABLE, k.input(), rank1, k.spec()).withBias(k.bias())
                .keepingIntermediate();
        ConvResult fast = Convolutions.run(req), ref = Convolutions.runReference(req);
        Tensor standard = ReferenceConv.conv2d(k.input(), rank1, k.bias(), k.spec(), null);
        float tol = 4 * tolerance(k.taps());
        assertClose(standard, fast.output(), tol, k.description());
        assertClose(ref.output(), fast.output(), tol, k.description());
        assertClose(ref.intermediate(), fast.intermediate(), tolerance(kh), "intermediate, " + k.description());
        Tensor in = k.input();
        Cost cost = CostModel.spatialSeparable(in.channels(), in.height(), in.width(), w.filters(), kh, kw, k.spec(),
                k.bias() != null);
        assertCounts(cost, fast.counts(), k.description());
        assertCounts(cost, ref.counts(), k.description());
    }

    @Property(tries = 80)
    void lowRankWithFullRankEqualsStandard(@ForAll long seed) {
        RandomCase k = RandomCase.standard(seed);
        if (!k.fits()) return;
        Weights w = k.weights();
        int kh = w.kernelHeight(), kw = w.kernelWidth(), full = Math.min(kh, kw);
        ConvRequest req = ConvRequest.of(Method.LOW_RANK, k.input(), w, k.spec()).withBias(k.bias()).withRank(full);
        ConvResult fast = Convolutions.run(req);
        Tensor standard = ReferenceConv.conv2d(k.input(), w, k.bias(), k.spec(), null);
        assertClose(standard, fast.output(), 8 * tolerance(k.taps() * full), k.description());
        assertTrue(fast.relativeError() < 1e-6, "relative error " + fast.relativeError());
        Tensor in = k.input();
        for (int rank = 1; rank <= full; rank++) {
            ConvRequest rr = req.withRank(rank);
            ConvResult f = Convolutions.run(rr), ref = Convolutions.runReference(rr);
            assertClose(ref.output(), f.output(), 8 * tolerance(k.taps() * full), "rank " + rank + ", " + k.description());
            Cost cost = CostModel.lowRank(in.channels(), in.height(), in.width(), w.filters(), kh, kw, k.spec(), rank,
                    k.bias() != null);
            assertCounts(cost, f.counts(), "rank " + rank + ", " + k.description());
            assertCounts(cost, ref.counts(), "rank " + rank + ", " + k.description());
        }
    }

    /**
     * A NaN or infinity anywhere in the input (also in rows or columns no window reads, e.g. with
     * a stride larger than the kernel) is refused by the fast paths with the reference's message.
     */
    @Property(tries = 80)
    void nonFiniteInputIsRefusedLikeTheReference(@ForAll long seed) {
        RandomCase k = RandomCase.standard(seed);
        Random r = new Random(~seed);
        Tensor in = k.input().copy();
        in.data()[r.nextInt(in.size())] = r.nextBoolean() ? Float.NaN : Float.NEGATIVE_INFINITY;
        for (Method m : new Method[] {Method.STANDARD, Method.LOW_RANK}) {
            ConvRequest req = ConvRequest.of(m, in, k.weights(), k.spec()).withBias(k.bias());
            ShapeException fast = assertThrows(ShapeException.class, () -> Convolutions.run(req), k.description());
            ShapeException ref = assertThrows(ShapeException.class, () -> Convolutions.runReference(req));
            assertEquals(ref.getMessage(), fast.getMessage(), k.description());
            assertTrue(fast.getMessage().contains("non-finite"), fast.getMessage());
        }
    }

    /** The memory-bounded direct path (no shifted-row bank, rows shifted per tap) gives the same results. */
    @Property(tries = 60)
    void directPathWithoutShiftBankEqualsReference(@ForAll long seed) {
        RandomCase k = RandomCase.standard(seed);
        if (!k.fits()) return;
        long before = FastConv.shiftBankLimit;
        FastConv.shiftBankLimit = 0;
        try {
            Counts counts = new Counts();
            Tensor fast = FastConv.conv2d(k.input(), k.weights(), k.bias(), k.spec(), counts);
            Tensor ref = ReferenceConv.conv2d(k.input(), k.weights(), k.bias(), k.spec(), null);
            assertClose(ref, fast, tolerance(k.taps()), k.description());
            Tensor in = k.input();
            assertCounts(CostModel.standard(in.channels(), in.height(), in.width(), k.weights().filters(),
                    k.weights().kernelHeight(), k.weights().kernelWidth(), k.spec(), k.bias() != null), counts, k.description());
        } finally {
            FastConv.shiftBankLimit = before;
        }
    }
}
