package org.convlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cost --conventions} numbers, and {@code roofline}'s refusals (measuring is not unit-tested). */
class RooflineAndConventionsCliTest {
    @TempDir Path dir;

    @Test
    void conventionsJsonForTheTable3Layer() {
        CliTestSupport.Run r = CliTestSupport.run("cost", "--input", "14x14x512", "--filters", "512", "--conventions", "--bias", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject std = o.getAsJsonObject("standard"), dws = o.getAsJsonObject("depthwiseSeparable");
        assertEquals(462_422_016L, std.get("fvcore").getAsLong());
        assertEquals(462_422_016L + 512L * 196, std.get("ptflops").getAsLong());
        assertEquals(2 * 462_422_016L, std.get("torch.utils.flop_counter").getAsLong());
        assertEquals(52_283_392L, dws.get("thop").getAsLong());
        assertEquals(52_283_392L + 512L * 196, dws.get("ptflops").getAsLong());
    }

    @Test
    void conventionsTextNamesEveryTool() {
        CliTestSupport.Run r = CliTestSupport.run("cost", "--input", "112x112x32", "--filters", "64", "--conventions");
        assertEquals(0, r.code(), r.err());
        for (String s : List.of("ptflops", "fvcore", "thop", "torch.utils.flop_counter", "231,211,008", "29,302,784")) {
            assertTrue(r.out().contains(s), s + " in\n" + r.out());
        }
    }

    @Test
    void badOptionsAreOneLine() throws Exception {
        CliTestSupport.assertError(dir, List.of(), List.of("--conventions"), "cost", "--network", "mobilenet-v1", "--conventions");
        CliTestSupport.assertError(dir, List.of(), List.of("nope"), "roofline", "--layer", "nope");
        CliTestSupport.assertError(dir, List.of(), List.of("--runs"), "roofline", "--runs", "0");
    }
}
