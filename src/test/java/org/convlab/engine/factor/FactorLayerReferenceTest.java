package org.convlab.engine.factor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Counts;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scheme against NumPy's SVD and PyTorch's conv2d
 * ({@code src/test/resources/reference/factor-layer/make_factor_layer.py}): singular values,
 * reconstructed kernel, relative error, stage shapes and settings, stage weights and stage
 * outputs (each rank component up to the sign the SVD leaves free), the layer output, and
 * multiplies counted from PyTorch's output shapes.
 */
class FactorLayerReferenceTest {
    private static final double TOL = 2e-5;

    static Path dir() throws Exception {
        return Path.of(FactorLayerReferenceTest.class.getResource("/reference/factor-layer/manifest.json").toURI()).getParent();
    }

    static JsonArray cases() throws Exception {
        return JsonParser.parseString(Files.readString(dir().resolve("manifest.json"))).getAsJsonArray();
    }

    static NpyArray npy(Path p) {
        return Npy.read(p);
    }

    static ConvSpec spec(JsonObject c) {
        JsonArray s = c.getAsJsonArray("stride"), d = c.getAsJsonArray("dilation");
        return new ConvSpec(s.get(0).getAsInt(), s.get(1).getAsInt(), padding(c.get("padding")),
                d.get(0).getAsInt(), d.get(1).getAsInt(), 1);
    }

    static Padding padding(JsonElement e) {
        if (e.isJsonPrimitive()) return Padding.parse(e.getAsString());
        return Padding.of(e.getAsJsonArray().get(0).getAsInt(), e.getAsJsonArray().get(1).getAsInt());
    }

    @Test
    void everySchemeIsCovered() throws Exception {
        Set<Scheme> seen = EnumSet.noneOf(Scheme.class);
        for (JsonElement e : cases()) seen.add(Scheme.parse(e.getAsJsonObject().get("scheme").getAsString()));
        assertEquals(EnumSet.allOf(Scheme.class), seen);
    }

    @TestFactory
    List<DynamicTest> matchesNumpyAndTorch() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : cases()) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> check(c)));
        }
        return tests;
    }

    private static void check(JsonObject c) throws Exception {
        String name = c.get("name").getAsString();
        Path layer = dir().resolve("layers").resolve(c.get("layer").getAsString());
        Path cd = dir().resolve("cases").resolve(name);
        Weights w = npy(layer.resolve("w.npy")).toWeights("w");
        Tensor x = npy(layer.resolve("x.npy")).toTensor("x");
        Scheme scheme = Scheme.parse(c.get("scheme").getAsString());
        JsonArray ranks = c.getAsJsonArray("ranks");
        int r = ranks.get(0).getAsInt(), r2 = ranks.size() > 1 ? ranks.get(1).getAsInt() : 0;
        ConvSpec spec = spec(c);
        LayerFactorization f = LayerFactorizer.factor(w, spec, scheme, r, r2);

        float[] sv = npy(cd.resolve("sv.npy")).data();
        double[] s = LayerFactorizer.singularValues(w, scheme);
        assertEquals(sv.length, s.length, name + ": number of singular values");
        for (int i = 0; i < s.length; i++) assertEquals(sv[i], s[i], 1e-5 * Math.max(1, sv[0]), name + ": s_" + i);
        assertEquals(c.get("relativeError").getAsDouble(), f.relativeError(), 1e-6, name + ": relative error");
        assertClose(npy(cd.resolve("recon.npy")).data(), f.reconstructed().data(), name + ": reconstructed kernel");

        JsonArray stages = c.getAsJsonArray("stages");
        assertEquals(stages.size(), f.stages().size(), name + ": stages");
        Counts counts = new Counts();
        List<Tensor> outs = LayerFactorizer.runStages(f, x, null, counts);
        float[] prevSigns = null;
        for (int k = 0; k < stages.size(); k++) {
            JsonObject js = stages.get(k).getAsJsonObject();
            Stage st = f.stages().get(k);
            String what = name + " stage " + (k + 1) + " " + st.name();
            assertEquals(js.get("name").getAsString(), st.name(), what);
            NpyArray refW = npy(cd.resolve("stage" + (k + 1) + "_w.npy"));
            Weights sw = st.weights();
            assertArrayEquals(refW.shape(), new int[] {sw.filters(), sw.channelsPerGroup(), sw.kernelHeight(), sw.kernelWidth()}, what);
            assertEquals(spec(js).withGroups(js.get("groups").getAsInt()), explicit(st.spec()), what + ": settings");
            NpyArray refY = npy(cd.resolve("stage" + (k + 1) + "_y.npy"));
            Tensor y = outs.get(k);
            assertArrayEquals(refY.shape(), new int[] {y.channels(), y.height(), y.width()}, what + ": output shape");
            boolean last = k == stages.size() - 1;
            float[] signs = channelSigns(refY.data(), y, last, what);
            // weights: component (o, i) carries the sign of output channel o and of its input channel
            int p = sw.kernelHeight() * sw.kernelWidth(), cg = sw.channelsPerGroup(), perGroup = sw.filters() / st.spec().groups();
            for (int o = 0; o < sw.filters(); o++) {
                for (int i = 0; i < cg; i++) {
                    int in = o / perGroup * cg + i;
                    float sign = signs[o] * (prevSigns == null ? 1 : prevSigns[in]);
                    for (int q = 0; q < p; q++) {
                        int idx = (o * cg + i) * p + q;
                        assertEquals(refW.data()[idx], sign * sw.data()[idx], TOL * Math.max(1, maxAbs(refW.data())), what + ": weight " + idx);
                    }
                }
            }
            prevSigns = signs;
        }
        assertEquals(c.get("multiplies").getAsLong(), counts.multiplies(), name + ": counted multiplies");
        assertEquals(c.get("multiplies").getAsLong(), f.multiplies(x.height(), x.width()), name + ": closed-form multiplies");
        assertEquals(c.get("standardMultiplies").getAsLong(), LayerFactorizer.standardMultiplies(w, spec, x.height(), x.width()), name);
        assertEquals(c.get("parameters").getAsLong(), f.parameters(), name + ": parameters");
    }

    /** Valid padding as explicit zeros, as the reference writes it. */
    static ConvSpec explicit(ConvSpec s) {
        return s.padding().mode() == Padding.Mode.VALID ? s.withPadding(Padding.of(0)) : s;
    }

    /** Per output channel, +1 or −1 so that the engine's channel equals PyTorch's (the last stage: +1, no freedom). */
    private static float[] channelSigns(float[] ref, Tensor y, boolean last, String what) {
        int plane = y.height() * y.width();
        double scale = Math.max(1, maxAbs(ref));
        float[] signs = new float[y.channels()];
        for (int ch = 0; ch < y.channels(); ch++) {
            double dot = 0;
            for (int i = 0; i < plane; i++) dot += (double) ref[ch * plane + i] * y.data()[ch * plane + i];
            signs[ch] = last || dot >= 0 ? 1 : -1;
            for (int i = 0; i < plane; i++) {
                float d = Math.abs(ref[ch * plane + i] - signs[ch] * y.data()[ch * plane + i]);
                assertTrue(d <= TOL * scale, what + ": channel " + ch + " differs by " + d);
            }
        }
        return signs;
    }

    static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double scale = Math.max(1, maxAbs(expected));
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], TOL * scale, what + " at " + i);
    }

    static double maxAbs(float[] a) {
        double m = 0;
        for (float v : a) m = Math.max(m, Math.abs(v));
        return m;
    }
}
