package org.convlab.cli;

import static org.convlab.cli.CliTestSupport.assertError;
import static org.convlab.cli.CliTestSupport.run;
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
import java.util.List;
import org.convlab.cli.CliTestSupport.Run;
import org.convlab.engine.ConvRequest;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Convolutions;
import org.convlab.engine.Counts;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.engine.Weights;
import org.convlab.io.Npy;
import org.convlab.io.NpyArray;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factor-layer} against the NumPy/PyTorch reference cases
 * ({@code reference/factor-layer/make_factor_layer.py}): the JSON's numbers, the reconstructed
 * kernel, and the written stage files run in order by the engine giving PyTorch's layer output;
 * and its errors (one line, exit 2, no folder).
 */
class FactorLayerCommandTest {
    @TempDir Path tmp;

    static Path refDir() throws Exception {
        return Path.of(FactorLayerCommandTest.class.getResource("/reference/factor-layer/manifest.json").toURI()).getParent();
    }

    static String pair(JsonElement e) {
        if (e.isJsonPrimitive()) return e.getAsString();
        return e.getAsJsonArray().get(0).getAsInt() + "," + e.getAsJsonArray().get(1).getAsInt();
    }

    @TestFactory
    List<DynamicTest> everyReferenceCase() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(Files.readString(refDir().resolve("manifest.json"))).getAsJsonArray()) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> check(c)));
        }
        return tests;
    }

    private void check(JsonObject c) throws Exception {
        String name = c.get("name").getAsString();
        Path layer = refDir().resolve("layers").resolve(c.get("layer").getAsString()), cd = refDir().resolve("cases").resolve(name);
        JsonArray ranks = c.getAsJsonArray("ranks"), in = c.getAsJsonArray("input");
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("factor-layer", "--weights", layer.resolve("w.npy").toString(),
                "--scheme", c.get("scheme").getAsString(), "--rank", ranks.get(0).getAsString(),
                "--input", in.get(0).getAsInt() + "x" + in.get(1).getAsInt(), "--stride", pair(c.get("stride")),
                "--padding", pair(c.get("padding")), "--dilation", pair(c.get("dilation")), "--out-dir", out.toString(), "--json"));
        if (ranks.size() > 1) args.addAll(List.of("--rank2", ranks.get(1).getAsString()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        JsonObject j = JsonParser.parseString(Files.readString(out.resolve("factorization.json"))).getAsJsonObject();
        assertEquals(j, JsonParser.parseString(r.out()), "--json prints the file's JSON");
        assertEquals(c.get("scheme").getAsString(), j.get("scheme").getAsString());
        assertEquals(ranks, j.getAsJsonArray("ranks"));
        assertEquals(c.get("relativeError").getAsDouble(), j.get("relativeError").getAsDouble(), 1e-6, name);
        for (String k : List.of("multiplies", "standardMultiplies", "parameters")) assertEquals(c.get(k).getAsLong(), j.get(k).getAsLong(), name + " " + k);
        int be = j.get("breakEvenRank").getAsInt();
        assertTrue(be >= 0 && be <= j.get("maxRank").getAsInt(), name);

        // the stage files, run in order by the engine, give PyTorch's layer output
        JsonArray stages = j.getAsJsonArray("stages"), refStages = c.getAsJsonArray("stages");
        assertEquals(refStages.size(), stages.size());
        Tensor x = Npy.read(layer.resolve("x.npy")).toTensor("x");
        Counts counts = new Counts();
        long sum = 0;
        for (int i = 0; i < stages.size(); i++) {
            JsonObject s = stages.get(i).getAsJsonObject(), rs = refStages.get(i).getAsJsonObject();
            assertEquals(rs.get("name"), s.get("name"));
            assertEquals("stage" + (i + 1) + "-" + rs.get("name").getAsString() + ".npy", s.get("file").getAsString());
            assertEquals(rs.get("shape"), s.get("shape"));
            assertEquals(rs.get("groups"), s.get("groups"));
            assertEquals(rs.get("stride"), s.get("stride"));
            assertEquals(rs.get("padding"), s.get("padding"));
            assertEquals(rs.get("dilation"), s.get("dilation"));
            JsonArray shape = s.getAsJsonArray("shape");
            assertEquals(shape.get(2), s.getAsJsonArray("kernel").get(0));
            assertEquals(shape.get(3), s.getAsJsonArray("kernel").get(1));
            Weights w = Npy.read(out.resolve(s.get("file").getAsString())).toWeights("stage");
            JsonArray st = s.getAsJsonArray("stride"), dl = s.getAsJsonArray("dilation");
            Padding p = s.get("padding").isJsonPrimitive() ? Padding.parse(s.get("padding").getAsString())
                    : Padding.of(s.getAsJsonArray("padding").get(0).getAsInt(), s.getAsJsonArray("padding").get(1).getAsInt());
            ConvSpec spec = new ConvSpec(st.get(0).getAsInt(), st.get(1).getAsInt(), p, dl.get(0).getAsInt(), dl.get(1).getAsInt(),
                    s.get("groups").getAsInt());
            var res = Convolutions.run(ConvRequest.of(Method.STANDARD, x, w, spec));
            counts.add(res.counts());
            assertEquals(s.get("multiplies").getAsLong(), res.counts().multiplies(), name + " stage " + (i + 1));
            sum += s.get("multiplies").getAsLong();
            x = res.output();
        }
        assertEquals(j.get("multiplies").getAsLong(), sum);
        assertEquals(j.get("multiplies").getAsLong(), counts.multiplies());
        NpyArray y = Npy.read(cd.resolve("stage" + stages.size() + "_y.npy"));
        assertArrayEquals(y.shape(), new int[] {x.channels(), x.height(), x.width()});
        for (int i = 0; i < y.data().length; i++) assertEquals(y.data()[i], x.data()[i], 1e-4, name + " output " + i);
        NpyArray rec = Npy.read(out.resolve("reconstructed.npy")), refRec = Npy.read(cd.resolve("recon.npy"));
        assertArrayEquals(refRec.shape(), rec.shape());
        for (int i = 0; i < rec.data().length; i++) assertEquals(refRec.data()[i], rec.data()[i], 2e-5, name + " reconstructed " + i);
    }

    @Test
    void summaryNamesTheStagesAndTheCost() throws Exception {
        Path w = tmp.resolve("w.npy");
        Npy.write(w, new int[] {8, 4, 3, 3}, new float[8 * 4 * 9]);
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Run r = run("factor-layer", "--weights", w.toString(), "--scheme", "depthwise-separable", "--rank", "1",
                "--padding", "1", "--input", "14x14", "--out-dir", empty.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("depthwise-separable at rank 1 (max 8, break-even 4)"), r.out());
        assertTrue(r.out().contains("1. depthwise  4×1×3×3"), r.out());
        assertTrue(r.out().contains("2. pointwise  8×4×1×1"), r.out());
        // (4·9 + 8·4)·14·14 against 8·4·9·14·14
        assertTrue(r.out().contains("multiplies 13,328 against 56,448 for the standard layer (23.6% of it)"), r.out());
        assertEquals(List.of("factorization.json", "reconstructed.npy", "stage1-depthwise.npy", "stage2-pointwise.npy"),
                CliTestSupport.listing(empty));
    }

    @Test
    void errorsLeaveNoFolder() throws Exception {
        Path w = tmp.resolve("w.npy");
        Npy.write(w, new int[] {6, 4, 3, 3}, new float[6 * 4 * 9]);
        String ws = w.toString();
        Path out = tmp.resolve("out");
        String o = out.toString();
        assertError(tmp, List.of(out), List.of("--scheme", "unknown scheme 'cp'", "tucker2"),
                "factor-layer", "--weights", ws, "--scheme", "cp", "--rank", "1", "--out-dir", o);
        assertError(tmp, List.of(out), List.of("--rank 7", "1 to 6"),
                "factor-layer", "--weights", ws, "--scheme", "filter-svd", "--rank", "7", "--out-dir", o);
        assertError(tmp, List.of(out), List.of("--rank 0"),
                "factor-layer", "--weights", ws, "--scheme", "spatial-svd", "--rank", "0", "--out-dir", o);
        assertError(tmp, List.of(out), List.of("--rank2 7", "1 to 6"),
                "factor-layer", "--weights", ws, "--scheme", "tucker2", "--rank", "2", "--rank2", "7", "--out-dir", o);
        assertError(tmp, List.of(out), List.of("--rank2", "tucker2 only"),
                "factor-layer", "--weights", ws, "--scheme", "filter-svd", "--rank", "2", "--rank2", "2", "--out-dir", o);
        assertError(tmp, List.of(out), List.of("--input", "'14'"),
                "factor-layer", "--weights", ws, "--scheme", "filter-svd", "--rank", "2", "--input", "14", "--out-dir", o);
        assertError(tmp, List.of(out), List.of("--input 2x2", "output height would be 0"),
                "factor-layer", "--weights", ws, "--scheme", "filter-svd", "--rank", "2", "--input", "2x2", "--out-dir", o);
        assertError(tmp, List.of(out), List.of("--padding same", "--stride 1"),
                "factor-layer", "--weights", ws, "--scheme", "filter-svd", "--rank", "2", "--padding", "same", "--stride", "2", "--out-dir", o);
        assertError(tmp, List.of(out), List.of("--weights", "missing.npy"),
                "factor-layer", "--weights", tmp.resolve("missing.npy").toString(), "--scheme", "filter-svd", "--rank", "1", "--out-dir", o);
        Path notFolder = tmp.resolve("nowhere").resolve("out");
        assertError(tmp, List.of(notFolder), List.of("does not exist"),
                "factor-layer", "--weights", ws, "--scheme", "filter-svd", "--rank", "1", "--out-dir", notFolder.toString());
        Path full = Files.createDirectory(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        assertError(tmp, List.of(), List.of("not empty"),
                "factor-layer", "--weights", ws, "--scheme", "filter-svd", "--rank", "1", "--out-dir", full.toString());
        assertEquals(List.of("keep.txt"), CliTestSupport.listing(full));
        assertEquals("mine", Files.readString(full.resolve("keep.txt")));
    }
}
