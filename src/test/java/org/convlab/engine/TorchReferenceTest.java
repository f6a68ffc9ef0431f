package org.convlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the engine with reference outputs computed independently by PyTorch (float64) and
 * SciPy, made by {@code src/test/resources/reference/make_reference.py}. Every case runs through
 * {@link Convolutions#run} with its own method and with every other method that computes the same
 * function (standard, depthwise, pointwise, low-rank at full rank, spatial-separable for rank-1
 * kernels); counters must equal the cost formulas; SVD values must match numpy's.
 */
class TorchReferenceTest {
    /** Relative to max(1, max|expected|): float32 data, float32 accumulation of ≤ 100 terms. */
    private static final double TOL = 2e-5;

    private static Path dir() throws URISyntaxException {
        return Path.of(TorchReferenceTest.class.getResource("/reference/manifest.json").toURI()).getParent();
    }

    private static JsonArray cases() throws Exception {
        return JsonParser.parseString(Files.readString(dir().resolve("manifest.json"))).getAsJsonObject().getAsJsonArray("cases");
    }

    @Test
    void manifestCoversEveryMethodAndTheEdgeCases() throws Exception {
        Set<String> methods = new HashSet<>(), names = new HashSet<>();
        for (JsonElement e : cases()) {
            methods.add(e.getAsJsonObject().get("method").getAsString());
            names.add(e.getAsJsonObject().get("name").getAsString());
        }
        for (Method m : Method.values()) {
            if (m == Method.GROUPED) continue; // its own PyTorch cases: GroupedReferenceTest (reference/grouped/)
            assertTrue(methods.contains(m.id()), "no reference case for " + m.id());
        }
        for (String n : List.of("std_1x1_image_pad", "std_kernel_equals_input", "std_stride_gt_kernel", "std_big_padding",
                "std_same_even", "std_stride_axes_pad_axes", "dw_multiplier2_stride", "lr_full_rank")) {
            assertTrue(names.contains(n), "missing case " + n);
        }
        assertTrue(cases().size() >= 30, "only " + cases().size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : cases()) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> check(c)));
        }
        return tests.stream();
    }

    private void check(JsonObject c) throws Exception {
        Path d = dir().resolve(c.get("name").getAsString());
        JsonObject files = c.getAsJsonObject("files");
        Method method = Method.parse(c.get("method").getAsString());
        Tensor x = Npy.read(d.resolve(files.get("input").getAsString())).toTensor("input");
        NpyArray wa = Npy.read(d.resolve(files.get("weights").getAsString()));
        Weights w = wa.toWeights("weights");
        float[] bias = files.has("bias") ? Npy.read(d.resolve(files.get("bias").getAsString())).toVector("bias") : null;
        Weights pw = files.has("pointwise") ? Npy.read(d.resolve(files.get("pointwise").getAsString())).toPointwise("pw") : null;
        NpyArray expected = Npy.read(d.resolve(files.get("expected").getAsString()));
        ConvSpec spec = spec(c);
        int rank = c.has("rank") ? c.get("rank").getAsInt() : 1;

        ConvRequest req = new ConvRequest(method, x, w, pw, bias, spec, rank, true);
        ConvResult r = Convolutions.run(req);
        assertClose(expected, r.output(), method.id());
        assertCountsMatchFormula(r);
        assertArrayEquals(expected.shape(), new int[] {r.output().channels(), r.output().height(), r.output().width()});

        switch (method) {
            case DEPTHWISE_SEPARABLE -> {
                assertNotNull(r.intermediate());
                assertClose(Npy.read(d.resolve(files.get("intermediate").getAsString())), r.intermediate(), "intermediate");
            }
            case SPATIAL_SEPARABLE -> {
                assertClose(Npy.read(d.resolve(files.get("expectedScipy").getAsString())), r.output(), "vs scipy");
                alsoAs(Method.STANDARD, x, w, bias, spec, 1, expected);
                alsoAs(Method.LOW_RANK, x, w, bias, spec, 1, expected);
                assertEquals(0, r.relativeError(), 1e-6);
            }
            case LOW_RANK -> checkSvd(d, files, c, w, r, rank);
            case STANDARD -> {
                alsoAs(Method.LOW_RANK, x, w, bias, spec, Math.min(w.kernelHeight(), w.kernelWidth()), expected);
                if (w.channelsPerGroup() == 1 && spec.groups() == x.channels()) alsoAs(Method.DEPTHWISE, x, w, bias, spec, 1, expected);
                if (w.kernelHeight() == 1 && w.kernelWidth() == 1) alsoAs(Method.POINTWISE, x, w, bias, spec, 1, expected);
            }
            case DEPTHWISE -> alsoAs(Method.STANDARD, x, w, bias, spec, 1, expected);
            case POINTWISE, GROUPED -> alsoAs(Method.STANDARD, x, w, bias, spec, 1, expected);
        }
    }

    private void checkSvd(Path d, JsonObject files, JsonObject c, Weights w, ConvResult r, int rank) {
        NpyArray sv = Npy.read(d.resolve(files.get("singularValues").getAsString()));
        NpyArray kr = Npy.read(d.resolve(files.get("approximation").getAsString()));
        int n = Math.min(w.kernelHeight(), w.kernelWidth()), plane = w.kernelHeight() * w.kernelWidth();
        JsonArray perSlice = c.getAsJsonArray("relativeErrorPerSlice");
        assertEquals(w.filters() * w.channelsPerGroup(), r.factors().size());
        for (int i = 0; i < r.factors().size(); i++) {
            KernelSvd k = r.factors().get(i);
            double[] s = k.singularValues();
            for (int j = 0; j < n; j++) {
                assertEquals(sv.data()[i * n + j], s[j], 1e-6 * Math.max(1, s[0]), "singular value " + j + " of slice " + i);
            }
            assertEquals(perSlice.get(i).getAsDouble(), k.relativeError(rank), 1e-6, "relative error of slice " + i);
            float[] a = k.approximation(rank);
            for (int j = 0; j < plane; j++) assertEquals(kr.data()[i * plane + j], a[j], 1e-6, "K_r of slice " + i + " at " + j);
            // the SVD factors must rebuild the original kernel at full rank
            float[] full = k.approximation(n), orig = w.slice(i / w.channelsPerGroup(), i % w.channelsPerGroup());
            for (int j = 0; j < plane; j++) assertEquals(orig[j], full[j], 1e-6, "full-rank rebuild of slice " + i);
        }
        assertEquals(c.get("relativeError").getAsDouble(), r.relativeError(), 1e-6, "relative error of all slices");
        assertEquals(rank, r.rank());
    }

    private void alsoAs(Method m, Tensor x, Weights w, float[] bias, ConvSpec spec, int rank, NpyArray expected) {
        ConvResult r = Convolutions.run(new ConvRequest(m, x, w, null, bias, spec, rank, false));
        assertClose(expected, r.output(), "as " + m.id());
        assertCountsMatchFormula(r);
    }

    private static void assertCountsMatchFormula(ConvResult r) {
        assertEquals(r.cost().multiplies(), r.counts().multiplies(), r.method() + " multiplies: counter vs formula");
        assertEquals(r.cost().additions(), r.counts().additions(), r.method() + " additions: counter vs formula");
    }

    static void assertClose(NpyArray expected, Tensor actual, String what) {
        float[] e = expected.data(), a = actual.data();
        assertEquals(e.length, a.length, what + ": size");
        double m = 1;
        for (float v : e) m = Math.max(m, Math.abs(v));
        double worst = 0;
        int at = -1;
        for (int i = 0; i < e.length; i++) {
            double diff = Math.abs((double) e[i] - a[i]);
            if (diff > worst) { worst = diff; at = i; }
        }
        assertTrue(worst <= TOL * m, what + ": max |difference| " + worst + " at flat index " + at + " (tolerance " + TOL * m + ")");
    }

    private static ConvSpec spec(JsonObject c) {
        JsonArray s = c.getAsJsonArray("stride"), dl = c.getAsJsonArray("dilation");
        JsonElement p = c.get("padding");
        Padding pad = p.isJsonPrimitive() ? Padding.parse(p.getAsString())
                : Padding.of(p.getAsJsonArray().get(0).getAsInt(), p.getAsJsonArray().get(1).getAsInt());
        return new ConvSpec(s.get(0).getAsInt(), s.get(1).getAsInt(), pad, dl.get(0).getAsInt(), dl.get(1).getAsInt(),
                c.get("groups").getAsInt());
    }
}
