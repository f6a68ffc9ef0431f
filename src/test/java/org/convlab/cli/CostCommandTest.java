package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostCommandTest {
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ConvLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private JsonObject json() { return JsonParser.parseString(out.toString()).getAsJsonObject(); }

    @Test
    void networkJson() {
        assertEquals(0, run("cost", "--network", "mobilenet-v1", "--json"));
        assertEquals("", err.toString());
        JsonObject o = json();
        assertEquals(568_740_352L, o.getAsJsonObject("separable").get("multAdds").getAsLong());
        assertEquals(4_209_088L, o.getAsJsonObject("separable").get("parameters").getAsLong());
        assertEquals(4_867_293_184L, o.getAsJsonObject("standard").get("multAdds").getAsLong());
        assertEquals(29_281_120L, o.getAsJsonObject("standard").get("parameters").getAsLong());
        assertEquals(568_740_352.0 / 4_867_293_184.0, o.get("reductionFactor").getAsDouble(), 1e-12);
        assertEquals(29, o.getAsJsonArray("layers").size());
        JsonObject l2 = o.getAsJsonArray("layers").get(1).getAsJsonObject();
        assertEquals("dw", l2.get("type").getAsString());
        assertEquals(3_612_672L, l2.get("multAdds").getAsLong());
        assertEquals("Conv 1×1", o.getAsJsonArray("shareByType").get(0).getAsJsonObject().get("category").getAsString());
        assertTrue(out.toString().chars().allMatch(ch -> ch < 128), "non-ASCII is escaped");
    }

    @Test
    void alphaAndResolution() {
        assertEquals(0, run("cost", "--network", "mobilenet-v1", "--alpha", "0.75", "--resolution", "192", "--json"));
        JsonObject o = json();
        assertEquals(0.75, o.get("alpha").getAsDouble());
        assertEquals(192, o.get("resolution").getAsInt());
        // independent check: 0.75·(568.74M at 224) ≈ 325.40M at 224; at 192 all conv layers scale by (96/112)²
        JsonObject last = o.getAsJsonArray("layers").get(28).getAsJsonObject();
        assertEquals(768, last.getAsJsonObject("input").get("channels").getAsInt());
        assertEquals(768_000, last.get("parameters").getAsLong());
    }

    @Test
    void networkText() {
        assertEquals(0, run("cost", "--network", "mobilenet-v1"));
        String s = out.toString();
        assertTrue(s.contains("568.7 M mult-adds (568,740,352)"), s);
        assertTrue(s.contains("4,867.3 M mult-adds"), s);
        assertTrue(s.contains("Conv 1×1") && s.contains("94.86%"), s);
    }

    @Test
    void layerJson() {
        assertEquals(0, run("cost", "--input", "14x14x512", "--kernel", "3", "--filters", "512", "--json"));
        JsonObject o = json();
        assertEquals(462_422_016L, o.getAsJsonObject("standard").get("multAdds").getAsLong());
        assertEquals(2_359_296L, o.getAsJsonObject("standard").get("parameters").getAsLong());
        assertEquals(14L * 14 * 512 * 9 + 14L * 14 * 512 * 512, o.getAsJsonObject("separable").get("multAdds").getAsLong());
        assertEquals(512L * 9 + 512L * 512, o.getAsJsonObject("separable").get("parameters").getAsLong());
        // spatial-separable: F·C·(K·H_out·W_in + K·H_out·W_out)
        assertEquals(512L * 512 * (3 * 14 * 14 + 3 * 14 * 14), o.getAsJsonObject("spatialSeparable").get("multAdds").getAsLong());
        assertEquals(2 * 512L * 512 * (3 * 14 * 14 + 3 * 14 * 14), o.getAsJsonObject("lowRank").get("multAdds").getAsLong());
        assertEquals(2, o.getAsJsonObject("lowRank").get("rank").getAsInt());
        assertEquals(1.0 / 512 + 1.0 / 9, o.get("reductionFactor").getAsDouble(), 1e-15);
        assertEquals("same", o.get("padding").getAsString());
        assertTrue(o.getAsJsonObject("standard").get("formula").getAsString().startsWith("F·H_out"));
        assertTrue(o.getAsJsonObject("standard").has("additions"));
    }

    @Test
    void layerWithStridePaddingDilationGroupsRank() {
        assertEquals(0, run("cost", "--input", "15x15x8", "--kernel", "3,5", "--filters", "16", "--stride", "2", "--padding", "0",
                "--dilation", "1", "--groups", "2", "--rank", "3", "--json"));
        JsonObject o = json();
        assertEquals(7, o.getAsJsonObject("output").get("height").getAsInt());
        assertEquals(6, o.getAsJsonObject("output").get("width").getAsInt());
        assertEquals(16L * 7 * 6 * 4 * 15, o.getAsJsonObject("standard").get("multiplies").getAsLong());
        assertEquals(3, o.getAsJsonObject("lowRank").get("rank").getAsInt());
    }

    @Test
    void layerText() {
        assertEquals(0, run("cost", "--input", "14x14x512", "--filters", "512"));
        String s = out.toString();
        assertTrue(s.contains("462,422,016"), s);
        assertTrue(s.contains("1/512 + 1/9 = 0.1131"), s);
        assertTrue(s.contains("512·14·14·512·3·3"), s);
    }

    @Test
    void teachersOwnNetworkFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, "{ \"name\": \"mine\", \"input\": {\"resolution\": 8, \"channels\": 3},"
                + " \"layers\": [ {\"type\": \"conv\", \"kernel\": 3, \"filters\": 4}, {\"type\": \"fc\", \"outputs\": 2} ] }");
        assertEquals(0, run("cost", "--network", f.toString(), "--json"));
        assertEquals(8L * 8 * 4 * 27 + 8 * 8 * 4 * 2, json().getAsJsonObject("separable").get("multAdds").getAsLong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cost --network resnet50 | unknown network 'resnet50'; known networks: mobilenet-v1, mobilenet-v1-shallow",
        "cost --network mobilenet-v1 --alpha 0 | alpha must be in (0, 1], got 0.0",
        "cost --network mobilenet-v1 --alpha 1.5 | alpha must be in (0, 1], got 1.5",
        "cost --network mobilenet-v1 --alpha -1 | alpha must be in (0, 1]",
        "cost --network mobilenet-v1 --alpha abc | --alpha",
        "cost --network mobilenet-v1 --resolution 0 | resolution must be between 1 and 4096",
        "cost --network mobilenet-v1 --resolution 5000 | resolution must be between 1 and 4096, got 5000",
        "cost --network nothere/x.json | network file nothere/x.json does not exist",
        "cost --input 14x14 --filters 8 | --input must be HxWxC",
        "cost --input 14xAx3 --filters 8 | --input must be HxWxC",
        "cost --input 3x3x4 --kernel 5 --filters 8 | kernel 5×5 is larger than the 3×3 input",
        "cost --input 14x14x4 --kernel 3 | --filters F is missing",
        "cost --input 14x14x4 --kernel 3 --filters 8 --rank 4 | rank must be between 1 and",
        "cost --input 14x14x4 --kernel 3 --filters 8 --padding same --stride 2 | padding 'same' needs stride 1",
        "cost --input 14x14x4 --filters 8 --alpha 0.5 | --alpha and --resolution apply to --network",
        "cost --network mobilenet-v1 --filters 8 | apply to --input, not to --network",
        "cost | give either --network",
    })
    void badArgumentsGiveOneLineAndExit2(String args, String message) {
        assertEquals(2, run(args.trim().split(" ")));
        String e = err.toString();
        assertTrue(e.contains(message.trim()), e);
        assertEquals(1, e.strip().lines().count(), e);
        assertEquals("", out.toString());
    }

    @Test
    void help() {
        assertEquals(0, run("cost", "--help"));
        assertTrue(out.toString().contains("--network"));
        assertTrue(out.toString().contains("--rank"));
    }
}
