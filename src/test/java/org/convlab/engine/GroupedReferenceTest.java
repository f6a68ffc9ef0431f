package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import org.convlab.trace.Space;
import org.convlab.trace.Trace;
import org.convlab.trace.TraceCursor;
import org.convlab.trace.TraceRecorder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Grouped convolution and channel shuffle against PyTorch ({@code conv2d(groups=G)} in float64,
 * and {@code view(G, n, H, W).transpose(0, 1)}), data made by
 * {@code src/test/resources/reference/grouped/make_grouped_reference.py}; both engine paths, the
 * trace replay, the counted multiplies against {@code F·H_out·W_out·(C/G)·K_h·K_w}.
 */
class GroupedReferenceTest {
    private static final double TOL = 2e-5;

    private static Path dir() throws Exception {
        return Path.of(GroupedReferenceTest.class.getResource("/reference/grouped/manifest.json").toURI()).getParent();
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(Files.readString(dir().resolve("manifest.json"))).getAsJsonObject().getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> check(c)));
        }
        assertTrue(tests.size() >= 5);
        return tests.stream();
    }

    private static int[] pair(JsonObject c, String k) {
        var a = c.getAsJsonArray(k);
        return new int[] {a.get(0).getAsInt(), a.get(1).getAsInt()};
    }

    private void check(JsonObject c) throws Exception {
        Path d = dir().resolve(c.get("name").getAsString());
        int groups = c.get("groups").getAsInt();
        int[] s = pair(c, "stride"), p = pair(c, "padding"), dl = pair(c, "dilation");
        ConvSpec spec = new ConvSpec(s[0], s[1], Padding.of(p[0], p[1]), dl[0], dl[1], groups);
        Tensor x = Npy.read(d.resolve("x.npy")).toTensor("x");
        Weights w = Npy.read(d.resolve("w.npy")).toWeights("w");
        float[] b = c.get("bias").getAsBoolean() ? Npy.read(d.resolve("b.npy")).toVector("b") : null;
        NpyArray y = Npy.read(d.resolve("y.npy")), ys = Npy.read(d.resolve("y_shuffled.npy"));
        ConvRequest req = new ConvRequest(Method.GROUPED, x, w, null, b, spec, 1, false);
        for (ConvResult r : List.of(Convolutions.run(req), Convolutions.runReference(req))) {
            close(y, r.output());
            close(ys, ChannelShuffle.apply(r.output(), groups));
            Cost cost = CostModel.grouped(x.channels(), x.height(), x.width(), w.filters(), w.kernelHeight(), w.kernelWidth(), spec, b != null);
            assertEquals(cost.multiplies(), r.counts().multiplies());
            assertEquals(cost.additions(), r.counts().additions());
            assertEquals((long) w.filters() * r.output().height() * r.output().width() * (x.channels() / groups)
                    * w.kernelHeight() * w.kernelWidth(), r.counts().multiplies());
        }
        Trace t = TraceRecorder.record(req);
        TraceCursor cur = new TraceCursor(t);
        cur.seek(t.size());
        assertArrayEquals(Convolutions.runReference(req).output().data(), cur.snapshot(Space.OUTPUT).data(), 0f);
        assertEquals(t.totalMultiplies(), t.size());
        // G = C is depthwise, G = 1 is standard: the same numbers, bit for bit
        if (groups == x.channels() && w.channelsPerGroup() == 1) {
            ConvResult dw = Convolutions.run(new ConvRequest(Method.DEPTHWISE, x, w, null, b, spec.withGroups(1), 1, false));
            assertArrayEquals(Convolutions.run(req).output().data(), dw.output().data(), 0f);
            assertEquals(dw.counts().multiplies(), Convolutions.run(req).counts().multiplies());
        }
        if (groups == 1) {
            ConvResult st = Convolutions.run(new ConvRequest(Method.STANDARD, x, w, null, b, spec, 1, false));
            assertArrayEquals(Convolutions.run(req).output().data(), st.output().data(), 0f);
        }
    }

    private static void close(NpyArray expected, Tensor actual) {
        assertArrayEquals(expected.shape(), new int[] {actual.channels(), actual.height(), actual.width()});
        double scale = 1;
        for (float v : expected.data()) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < actual.size(); i++) {
            assertEquals(expected.data()[i], actual.data()[i], TOL * scale, "index " + i);
        }
    }

    @Test
    void shuffleIsThePermutationOfThePaper() {
        // 2 groups of 3: channels 0 1 2 | 3 4 5 become 0 3 1 4 2 5
        int[] order = new int[6];
        for (int o = 0; o < 6; o++) order[o] = ChannelShuffle.source(o, 6, 2);
        assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5}, order);
        assertThrows(ShapeException.class, () -> ChannelShuffle.source(0, 6, 4));
    }

    @Test
    void refusesGroupsThatDoNotDivide() {
        Tensor x = new Tensor(3, 4, 4);
        ShapeException e = assertThrows(ShapeException.class, () -> Convolutions.run(
                new ConvRequest(Method.GROUPED, x, new Weights(2, 1, 3, 3), null, null, ConvSpec.DEFAULT.withGroups(2), 1, false)));
        assertTrue(e.getMessage().contains("groups"), e.getMessage());
    }

    @Test
    void bankGroupedWeightsAreTheDiagonalBlocksOfStandard() {
        KernelBank bank = KernelBank.teaching(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 4, 4, KernelBank.StandardWeights.FREE);
        assertArrayEquals(bank.standard().data(), bank.grouped(1).data(), 0f);
        Weights g2 = bank.grouped(2);
        assertArrayEquals(bank.standard().slice(3, 3), g2.slice(3, 1), 0f);
        assertArrayEquals(bank.standard().slice(1, 0), g2.slice(1, 0), 0f);
        assertThrows(ShapeException.class, () -> bank.grouped(3));
    }
}
