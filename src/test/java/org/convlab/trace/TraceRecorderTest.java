package org.convlab.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replaying a trace to its end gives the engine's output bit for bit (the traced loops use the
 * same order of float accumulation), and the trace's running counters end at the engine's
 * counts and the closed-form CostModel.
 */
class TraceRecorderTest {

    static Tensor random(int c, int h, int w, long seed) {
        Random r = new Random(seed);
        Tensor t = new Tensor(c, h, w);
        for (int i = 0; i < t.size(); i++) t.data()[i] = Math.round((r.nextFloat() * 2 - 1) * 100) / 100f;
        return t;
    }

    static Weights randomWeights(int f, int cg, int kh, int kw, long seed) {
        Random r = new Random(seed);
        Weights w = new Weights(f, cg, kh, kw);
        for (int i = 0; i < w.size(); i++) w.data()[i] = (float) r.nextGaussian();
        return w;
    }

    static float[] bias(int f) {
        float[] b = new float[f];
        for (int i = 0; i < f; i++) b[i] = 0.25f * (i + 1) - 0.5f;
        return b;
    }

    static Stream<Arguments> requests() {
        Tensor in = random(3, 9, 8, 1);
        ConvSpec plain = ConvSpec.DEFAULT;
        ConvSpec fancy = new ConvSpec(2, 1, Padding.of(1, 2), 1, 2, 1);
        ConvSpec same = ConvSpec.DEFAULT.withPadding(Padding.same()).withDilation(2, 1);
        Weights dw = randomWeights(3, 1, 3, 3, 2), dw2 = randomWeights(6, 1, 3, 2, 3);
        Weights pw = randomWeights(4, 3, 1, 1, 4), pw6 = randomWeights(4, 6, 1, 1, 5);
        float[] rank1 = KernelPresets.create("sobel-x", 3, 3, 0);
        Weights sep = new Weights(2, 3, 3, 3);
        for (int i = 0; i < sep.size(); i++) sep.data()[i] = rank1[i % 9] * (1 + i / 9);
        Weights full = randomWeights(2, 3, 3, 3, 6);
        Tensor in4 = random(4, 7, 7, 7);
        return Stream.of(
                Arguments.of("standard", new ConvRequest(Method.STANDARD, in, randomWeights(4, 3, 3, 3, 8), null, null, plain, 1, false)),
                Arguments.of("standard stride/pad/dilation + bias", new ConvRequest(Method.STANDARD, in, randomWeights(4, 3, 3, 3, 9), null, bias(4), fancy, 1, false)),
                Arguments.of("standard groups 2", new ConvRequest(Method.STANDARD, in4, randomWeights(4, 2, 3, 3, 10), null, bias(4), ConvSpec.DEFAULT.withPadding(Padding.of(1)).withGroups(2), 1, false)),
                Arguments.of("grouped G=2 + bias", new ConvRequest(Method.GROUPED, in4, randomWeights(6, 2, 3, 3, 11), null, bias(6), ConvSpec.DEFAULT.withPadding(Padding.of(1)).withGroups(2), 1, false)),
                Arguments.of("grouped G=4 stride 2 dilation 2", new ConvRequest(Method.GROUPED, in4, randomWeights(4, 1, 3, 3, 12), null, null, new ConvSpec(2, 2, Padding.of(2), 2, 2, 4), 1, false)),
                Arguments.of("depthwise", new ConvRequest(Method.DEPTHWISE, in, dw, null, bias(3), fancy, 1, false)),
                Arguments.of("depthwise multiplier 2", new ConvRequest(Method.DEPTHWISE, in, dw2, null, null, same, 1, false)),
                Arguments.of("pointwise", new ConvRequest(Method.POINTWISE, in, pw, null, bias(4), plain, 1, false)),
                Arguments.of("depthwise-separable", new ConvRequest(Method.DEPTHWISE_SEPARABLE, in, dw, pw, bias(4), fancy, 1, false)),
                Arguments.of("depthwise-separable m=2", new ConvRequest(Method.DEPTHWISE_SEPARABLE, in, dw2, pw6, null, same, 1, false)),
                Arguments.of("spatial-separable", new ConvRequest(Method.SPATIAL_SEPARABLE, in, sep, null, bias(2), fancy, 1, true)),
                Arguments.of("spatial-separable same", new ConvRequest(Method.SPATIAL_SEPARABLE, in, sep, null, null, same, 1, true)),
                Arguments.of("low-rank r=2", new ConvRequest(Method.LOW_RANK, in, full, null, bias(2), fancy, 2, true)),
                Arguments.of("low-rank r=3 exact", new ConvRequest(Method.LOW_RANK, in, full, null, null, plain, 3, true)),
                Arguments.of("low-rank r=1", new ConvRequest(Method.LOW_RANK, in, full, null, null, same, 1, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void replayReproducesTheEngineExactlyAndCountsAgree(String name, ConvRequest r) {
        Trace t = TraceRecorder.record(r);
        ConvResult engine = Convolutions.runReference(r);
        TraceCursor cur = new TraceCursor(t);
        cur.seek(t.size());
        // bit-exact: the traced loops accumulate in the reference loops' order
        assertArrayEquals(engine.output().data(), cur.snapshot(Space.OUTPUT).data(), 0f, name);
        // the fast path sums in another order: equal up to float rounding
        ConvResult fast = Convolutions.run(r);
        float scale = 1f;
        for (float v : fast.output().data()) scale = Math.max(scale, Math.abs(v));
        assertTrue(fast.output().maxAbsDiff(cur.snapshot(Space.OUTPUT)) <= 1e-5f * scale, name + " vs fast path");
        assertEquals(fast.counts().multiplies(), t.totalMultiplies(), name + " fast-path multiplies");
        assertEquals(fast.counts().additions(), t.totalAdditions(), name + " fast-path additions");
        if (engine.intermediate() != null) {
            assertArrayEquals(engine.intermediate().data(), cur.snapshot(Space.INTERMEDIATE).data(), 0f, name + " intermediate");
        }
        assertEquals(engine.counts().multiplies(), t.totalMultiplies(), name + " multiplies");
        assertEquals(engine.counts().additions(), t.totalAdditions(), name + " additions");
        assertEquals(engine.cost().multiplies(), t.totalMultiplies(), name + " CostModel multiplies");
        assertEquals(engine.cost().additions(), t.totalAdditions(), name + " CostModel additions");
        assertEquals(cur.multiplies(), t.totalMultiplies());
        // one step is one multiply
        assertEquals(engine.counts().multiplies(), t.size(), name + " steps");
        // every multiply step: product = value × weight, source value = the input/intermediate cell or 0 when padded
        Tensor mid = engine.intermediate();
        for (int k = 0; k < t.size(); k++) {
            Stage st = t.stage(k);
            assertEquals(t.value(k) * t.weight(k), t.product(k), 0f);
            if (t.padded(k)) {
                assertEquals(0f, t.value(k));
            } else if (t.sourceSpace(k) == Space.INPUT) {
                assertEquals(r.input().get(t.sourceC(k), t.sourceY(k), t.sourceX(k)), t.value(k), 0f);
            } else if (mid != null) {
                assertEquals(mid.get(t.sourceC(k), t.sourceY(k), t.sourceX(k)), t.value(k), 0f);
            }
            if (st == Stage.STANDARD || st == Stage.GROUPED || st == Stage.DEPTHWISE || st == Stage.POINTWISE) {
                assertEquals(t.weightsOf(st).data()[t.weightIndex(k)], t.weight(k), 0f);
            }
        }
        // going back to the start restores the empty state
        cur.seek(0);
        for (float v : cur.values(Space.OUTPUT)) assertEquals(0f, v);
        assertFalse(cur.written(Space.OUTPUT, 0, 0, 0));
        assertEquals(0, cur.multiplies());
    }

    @Test
    void boundariesCountValuesRowsAndFilters() {
        Tensor in = random(2, 6, 5, 11);
        KernelBank bank = KernelBank.of(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 2, 3);
        Trace t = TraceRecorder.record(bank.request(Method.STANDARD, in, ConvSpec.DEFAULT.withPadding(Padding.of(1)), 1).withBias(bias(3)));
        int values = 0, rows = 0, stages = 0;
        for (int k = 0; k < t.size(); k++) {
            if (t.has(k, Trace.VALUE_END)) values++;
            if (t.has(k, Trace.ROW_END)) rows++;
            if (t.has(k, Trace.STAGE_END)) stages++;
        }
        assertEquals(3 * 6 * 5, values);
        assertEquals(3 * 6, rows);
        assertEquals(3, stages);
        assertTrue(t.has(t.size() - 1, Trace.STAGE_END));
        // one output value = 2 channels × 9 taps; the bias rides on the last one as its extra write
        int end = t.nextWith(0, Trace.VALUE_END);
        assertEquals(2 * 9 - 1, end);
        assertTrue(t.hasExtra(end) && t.extraHasBias(end));
        assertEquals(t.partial(end), t.extraBefore(end), 0f);
        assertEquals(t.partial(end) + bias(3)[0], t.extraAfter(end), 0f);
        assertEquals(2 * 9 - 1 + 1, t.additionsAfter(end));
        // padded top-left taps are marked and keep their coordinates outside the input
        assertTrue(t.padded(0));
        assertEquals(-1, t.sourceY(0));
        assertEquals(-1, t.sourceX(0));
    }

    @Test
    void separableMethodsShowAllStages() {
        Tensor in = random(1, 6, 6, 12);
        KernelBank bank = KernelBank.of(KernelPresets.create("random", 3, 3, 3), 3, 3, 1, 1);
        Trace t = TraceRecorder.record(bank.request(Method.LOW_RANK, in, ConvSpec.DEFAULT, 2).withBias(new float[] {0.5f}));
        assertEquals(Stage.COLUMN_PASS, t.stage(0));
        int firstRow = t.nextWith(t.nextWith(0, Trace.STAGE_END) + 1, 0xFF);
        assertEquals(Stage.ROW_PASS, t.stage(firstRow));
        boolean sawPairSum = false, sawBias = false;
        for (int k = 0; k < t.size(); k++) {
            if (!t.hasExtra(k)) continue;
            assertEquals(Stage.ROW_PASS, t.stage(k));
            assertEquals(Space.OUTPUT, t.extraSpace(k));
            sawPairSum |= t.extraAdditions(k) == 2 || !t.extraHasBias(k);
            sawBias |= t.extraHasBias(k);
        }
        assertTrue(sawPairSum && sawBias);
        assertEquals(t.totalMultiplies(), t.size());
        assertNotNull(t.meta().exact());
        assertEquals(2, t.meta().rank());
    }

    @Test
    void groupedTracesCarryTheDirectMethodAtBothEndsOfTheContinuum() {
        Tensor in = random(4, 6, 6, 21);
        ConvSpec pad = ConvSpec.DEFAULT.withPadding(Padding.of(1));
        Trace one = TraceRecorder.record(new ConvRequest(Method.GROUPED, in, randomWeights(3, 4, 3, 3, 22), null, bias(3), pad.withGroups(1), 1, false));
        Trace all = TraceRecorder.record(new ConvRequest(Method.GROUPED, in, randomWeights(8, 1, 3, 3, 23), null, null, pad.withGroups(4), 1, false));
        Trace mid = TraceRecorder.record(new ConvRequest(Method.GROUPED, in, randomWeights(4, 2, 3, 3, 24), null, null, pad.withGroups(2), 1, false));
        for (Trace t : new Trace[] {one, all}) {
            assertNotNull(t.meta().reference());
            assertEquals(0f, t.meta().exact().maxAbsDiff(t.meta().engine().output()));
            assertEquals(t.meta().engine().counts().multiplies(), t.meta().reference().counts().multiplies());
            assertEquals(t.size(), t.meta().reference().counts().multiplies());
        }
        // G = 1 compared with STANDARD: 3 filters × 36 pixels × 4 channels × 9 taps; G = C with DEPTHWISE, m = 2
        assertEquals(3L * 36 * 4 * 9, one.meta().reference().counts().multiplies());
        assertEquals(8L * 36 * 9, all.meta().reference().counts().multiplies());
        assertEquals(null, mid.meta().reference());
    }

    @Test
    void refusesInputsAndTracesBeyondTheBudget() {
        KernelBank bank = KernelBank.of(KernelPresets.create("box", 3, 3, 0), 3, 3, 1, 1);
        TraceBudgetException big = assertThrows(TraceBudgetException.class,
                () -> TraceRecorder.record(bank.request(Method.STANDARD, random(1, 40, 20, 1), ConvSpec.DEFAULT, 1)));
        assertTrue(big.getMessage().contains("1×40×20") && big.getMessage().contains("crop"), big.getMessage());
        TraceBudgetException steps = assertThrows(TraceBudgetException.class,
                () -> TraceRecorder.record(bank.request(Method.STANDARD, random(1, 10, 10, 1), ConvSpec.DEFAULT, 1), 100));
        assertTrue(steps.getMessage().contains("budget of 100"), steps.getMessage());
        Tensor crop = TraceRecorder.crop(random(3, 40, 40, 2), 1, 8, 5, 5, 32, 32);
        assertEquals("2×32×32", crop.shapeString());
    }

    @Test
    void largestAllowedSceneStaysSmallAndFast() {
        Tensor in = random(8, 32, 32, 13);
        KernelBank bank = KernelBank.of(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 8, 8);
        long t0 = System.nanoTime();
        Trace t = TraceRecorder.record(bank.request(Method.STANDARD, in, ConvSpec.DEFAULT.withPadding(Padding.same()), 1));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(8L * 32 * 32 * 8 * 9, t.totalMultiplies());
        assertTrue(ms < 5000, "recording took " + ms + " ms");
        Trace lr = TraceRecorder.record(bank.request(Method.LOW_RANK, in, ConvSpec.DEFAULT.withPadding(Padding.same()), 3));
        assertTrue(lr.size() < TraceRecorder.DEFAULT_BUDGET, "low-rank r=3 trace has " + lr.size() + " steps");
    }
}
